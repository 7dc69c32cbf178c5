"""A library with stories on the desk, made before a window opens it, and the steps a
test takes in the review mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editorial.domain.workflow import Role
from editorial.services.desk import open_desk
from editorial.settings import Preferences
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_main_window import activate

REPORTER, COPY_EDITOR = "Rita Reporter", "Cody Copy"
HEADLINE = "Council votes to close the old bridge"
LEDE = "The city council voted 31 to 12 on Tuesday to close the old bridge to traffic."
BODY = (
    "Engineers found cracks in two of its piers last month, the city said.\n\n"
    "Repairs would take two years and cost about 40 million euros, the chief engineer "
    "said. A ferry will run in the meantime."
)


def file_stories(path: Path, *headlines: str, urgency: int = 5) -> list[int]:
    """Stories filed by the reporter (the desk staffed with her and a copy editor)."""
    desk = open_desk(str(path), Preferences(agency_domain="example.org", editor_name=REPORTER))
    try:
        desk.workflow.keep_profile(REPORTER, frozenset({Role.REPORTER}))
        desk.workflow.keep_profile(COPY_EDITOR, frozenset({Role.COPY_EDITOR}))
        ids = []
        for headline in headlines or (HEADLINE,):
            story = desk.editing.create(headline).story
            story = story.edited(lede=LEDE, body=BODY, urgency=urgency, slug="bridge")
            story = desk.editing.save(story, explicit=True).story
            assert story.id is not None
            desk.workflow.submit(story.id)
            ids.append(story.id)
        return ids
    finally:
        desk.close()


def enter_review(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+R, the Desk menu's shortcut, and wait for the review on screen."""
    activate(qtbot, window)
    target = window.focusWidget() or window
    with qtbot.waitSignal(window.controllers.review.review_shown, timeout=10_000):  # type: ignore[union-attr]
        qtbot.keyClick(target, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is window.review_view


def select_in_review(window: MainWindow, passage: str) -> None:
    """Select a passage in the review's story, as a reader drags over it."""
    preview = window.review_view.preview
    found = preview.document().find(passage)
    assert not found.isNull(), passage
    cursor = QTextCursor(found)
    preview.setTextCursor(cursor)


def add_comment(qtbot: QtBot, window: MainWindow, passage: str, text: str) -> None:
    select_in_review(window, passage)
    comments = window.review_view.comments
    before = comments.model.rowCount()
    comments.text.setPlainText(text)
    assert comments.add.isEnabled()
    comments.add.click()
    qtbot.waitUntil(lambda: comments.model.rowCount() == before + 1)
    wait_idle(qtbot, window)
