"""After a conflict left for later, the banner offers Reload: the story as the library
holds it comes into the editor, and the editor's text is kept as a revision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_conflicts import (
    change_with_the_command_line,
    conflict_view,
    revision_texts,
    stored,
    type_story,
)


def test_reload_from_the_banner_shows_their_text_and_keeps_mine(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = type_story(qtbot, window, "Talks resume", "Talks are expected next month.")
    change_with_the_command_line(tmp_path, library_path, story_id)
    window.editor.body.setPlainText("Talks are expected early next month in Geneva.")
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: window.controllers is not None
                    and window.controllers.conflicts.view is not None
                    and window.controllers.conflicts.view.isVisible())  # fmt: skip
    conflict_view(window).reject()  # Decide Later
    qtbot.waitUntil(window.banner.isVisible)
    assert "Reload" in window.banner.text()
    buttons = {b.text(): b for b in window.banner.findChildren(QPushButton) if b.isVisible()}
    assert "Reload" in buttons and "Compare and Choose…" in buttons
    buttons["Reload"].click()
    qtbot.waitUntil(lambda: window.editor.headline.text() == "Ministers agree to resume talks")
    wait_idle(qtbot, window)
    assert not window.banner.isVisible()
    assert window.editor.body.toPlainText() == "Talks are expected next month."
    assert not window.session.is_blocked
    now = stored(library_path, story_id)
    assert now.headline == "Ministers agree to resume talks"
    assert revision_texts(library_path, story_id)[-1] == (
        "conflict", "Talks resume", "Talks are expected early next month in Geneva."
    )
    # Typing saves again: the editor is on the library's version.
    window.editor.body.setPlainText("Talks are expected next month, officials said.")
    window.session.save_now()
    wait_idle(qtbot, window)
    assert stored(library_path, story_id).body == "Talks are expected next month, officials said."
