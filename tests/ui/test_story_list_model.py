"""The story list model: newest first, updated in place so the selection survives."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from editorial.domain.story import Status, StorySummary
from editorial.ui.library.story_list import details_line, format_updated
from editorial.ui.library.story_list_model import UNTITLED, StoryListModel, StoryRole

T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)


def summary(story_id: int, minutes: int, headline: str = "", **changes: object) -> StorySummary:
    values: dict[str, object] = {
        "id": story_id,
        "uri": f"urn:test:{story_id}",
        "headline": headline or f"Story {story_id}",
        "slug": f"story-{story_id}",
        "status": Status.DRAFT,
        "updated_at": T0 + dt.timedelta(minutes=minutes),
    }
    values.update(changes)
    return StorySummary(**values)  # type: ignore[arg-type]


@pytest.fixture
def model(qapp: object) -> StoryListModel:
    model = StoryListModel()
    # Qt's own checker fails the test on any inconsistent signal or index.
    model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return model


def ids(model: StoryListModel) -> list[int]:
    return [s.id for s in model.summaries()]


def test_rows_show_headline_and_roles(model: StoryListModel) -> None:
    model.update([summary(2, 5, "Quake"), summary(1, 1, " ")])
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Quake"
    assert second.data(Qt.ItemDataRole.DisplayRole) == UNTITLED
    assert first.data(StoryRole.ID) == 2
    assert first.data(StoryRole.SLUG) == "story-2"
    assert first.data(StoryRole.STATUS) == "draft"


def test_update_keeps_persistent_indexes_through_reorder_insert_and_remove(
    model: StoryListModel,
) -> None:
    model.update([summary(3, 3), summary(2, 2), summary(1, 1)])
    selected = QPersistentModelIndex(model.index(2, 0))  # story 1
    model.update([summary(1, 9, "Story 1, updated"), summary(4, 8), summary(3, 3)])
    assert ids(model) == [1, 4, 3]
    assert selected.row() == 0 and selected.data(StoryRole.ID) == 1
    assert selected.data(Qt.ItemDataRole.DisplayRole) == "Story 1, updated"


def test_upsert_moves_a_saved_story_to_the_top(model: StoryListModel) -> None:
    model.update([summary(3, 3), summary(2, 2), summary(1, 1)])
    model.upsert(summary(2, 10, "Fresh"))
    assert ids(model) == [2, 3, 1]
    model.upsert(summary(7, 11))  # one the list has not seen yet
    assert ids(model) == [7, 2, 3, 1]
    model.upsert(summary(3, 12, trashed_at=T0))  # trashed: gone from the library listing
    assert ids(model) == [7, 2, 1]


def test_show_typing_changes_the_row_in_place(model: StoryListModel) -> None:
    model.update([summary(2, 2), summary(1, 1)])
    model.show_typing(1, "Typed headline", "typed-headline")
    assert ids(model) == [2, 1]
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Typed headline"


def test_details_line_puts_status_and_time_before_the_slug() -> None:
    now = T0 + dt.timedelta(hours=1)
    line = details_line(summary(1, 0))
    assert line.startswith("Draft  ·  ") and line.endswith("story-1")
    assert format_updated(T0 - dt.timedelta(days=400), now).endswith("2023")
    assert format_updated(T0, now) == T0.astimezone().strftime("%H:%M")


@pytest.mark.parametrize(
    "headline",
    [
        '<img src="/etc/hostname"> Quake & <b>aftershock</b>',
        "<qt>Rich?</qt> 2 < 3 &amp; done",
        "Plain headline",
    ],
)
def test_tooltip_shows_the_headline_as_plain_text_never_as_markup(
    model: StoryListModel, qtbot: object, headline: str
) -> None:
    """The tooltip is laid out the way QToolTip lays it out (rich text when it might
    be rich text): what a reader sees is the headline's characters, with no image."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    model.update([summary(1, 1, headline)])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    if GuiQt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    assert document.toPlainText().strip() == headline
    assert "<img" not in document.toHtml()
