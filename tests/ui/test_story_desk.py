"""Whole-story steps in the window: switching, closing, conflicts; the text typed is
never lost on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.domain.errors import StoryNotFound
from editorial.domain.story import Story
from editorial.domain.story import new_story as new_story_in_library
from editorial.services.editing import EditingService
from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from tests.ui.conftest import WindowFactory, wait_idle, wait_open
from tests.ui.test_main_window import activate, new_story


def test_switching_stories_saves_the_one_left_first(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    first = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "First")
    second = new_story(qtbot, window)  # Ctrl+N flushes "First" before creating
    qtbot.keyClicks(window.editor.headline, "Second")
    # Straight back to the first story, before any autosave of "Second".
    window.list_panel.view.setCurrentIndex(window.model.index_of(first))
    qtbot.waitUntil(lambda: window.session.story_id == first)
    assert window.editor.headline.text() == "First"
    wait_idle(qtbot, window)
    with Library.open(library_path) as library:
        assert library.get(first).headline == "First"
        assert library.get(second).headline == "Second"
    assert [s.headline for s in window.model.summaries()] == ["Second", "First"]


def test_ctrl_w_closes_the_story_and_the_title_follows(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Closing time")
    assert window.windowTitle() == "Editorial — Closing time"
    activate(qtbot, window)
    qtbot.keyClick(window.editor.headline, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.story_id is None)
    assert window.windowTitle() == "Editorial"
    assert not window.editor.isEnabled()
    assert window.session.state is SaveState.NO_STORY
    assert window.list_panel.view.selected_id() is None
    assert [s.headline for s in window.model.summaries()] == ["Closing time"]


def test_edit_menu_undo_and_redo_reach_the_focused_field(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Undo me")
    window.editor.headline.setFocus()
    qtbot.waitUntil(window.editor.headline.hasFocus)
    window.commands.undo.trigger()
    assert window.editor.headline.text() == ""
    window.commands.redo.trigger()
    assert window.editor.headline.text() == "Undo me"


def test_quitting_without_a_close_still_saves_the_typed_text(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Session ends")
    window.save_before_quit()  # what the application's aboutToQuit does
    assert window.runner.is_closed
    with Library.open(library_path) as library:
        assert library.get(story_id).headline == "Session ends"


def test_a_window_says_the_story_is_opening_not_that_none_is_open(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """Between the listed library and its newest story shown, the editor's place says the
    story is on its way (it said 'No story open … press Ctrl+N', seen in the pictures)."""
    with Library.open(library_path) as library:
        library.add(new_story_in_library("test.example", headline="Quake"))
    window = make_window(library_path, wait=False)
    said: list[str] = []
    window.ready.connect(lambda: said.append(window.editor_pane.empty.text()))
    wait_open(qtbot, window)
    assert said == ["Opening the story…"]
    assert window.editor.isVisible() and window.editor.headline.text() == "Quake"


def test_a_newest_story_that_cannot_be_read_leaves_no_story_open_said(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with Library.open(library_path) as library:
        newest = library.add(new_story_in_library("test.example", headline="Quake")).id

    def unreadable(self: EditingService, story_id: int) -> Story:
        raise StoryNotFound(story_id)

    monkeypatch.setattr(EditingService, "get", unreadable)
    window = make_window(library_path, wait=False)
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.runner.is_idle, timeout=20_000)
    assert str(newest) in window.banner.text()  # the reason, said
    assert window.session.story_id is None
    assert window.editor_pane.empty.text().startswith("No story open")
