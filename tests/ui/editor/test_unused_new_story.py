"""Ctrl+N left unused leaves nothing behind: a new story nobody wrote in is removed when
another story is opened, when it is closed and when the window closes; one written in
is kept, even if emptied again."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editorial.storage.library import Library
from tests.ui.conftest import WindowFactory, close_window, wait_idle
from tests.ui.test_main_window import new_story


def stored_ids(library_path: Path) -> set[int]:
    with Library.open(library_path) as library:
        return {summary.id for summary in library.list_stories()}


def listed_ids(window: object) -> set[int]:
    model = window.model  # type: ignore[attr-defined]
    return {model.summary_at(row).id for row in range(model.rowCount())}


def test_new_stories_left_unused_are_removed_and_written_ones_kept(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    before = stored_ids(library_path)
    unused = new_story(qtbot, window)
    written = new_story(qtbot, window)  # leaving the first: it goes
    wait_idle(qtbot, window)
    assert unused not in stored_ids(library_path)
    qtbot.waitUntil(lambda: unused not in listed_ids(window))
    qtbot.keyClicks(window.editor.body, "Talks")
    window.editor.body.clear()  # written in, then emptied: still the editor's
    also_unused = new_story(qtbot, window)
    wait_idle(qtbot, window)
    assert written in stored_ids(library_path)

    window.commands.close_story.trigger()  # Close Story on an unused one
    qtbot.waitUntil(lambda: window.session.story_id is None)
    wait_idle(qtbot, window)
    assert also_unused not in stored_ids(library_path)

    last = new_story(qtbot, window)
    close_window(qtbot, window)  # quitting with an unused one open
    assert stored_ids(library_path) == before | {written}
    assert last not in stored_ids(library_path)


def test_a_new_story_with_only_a_note_or_a_headline_typed_is_kept(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    with_headline = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake")
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    with Library.open(library_path) as library:
        assert library.get(with_headline).headline == "Quake"
