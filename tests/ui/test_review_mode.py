"""The copy desk's review mode on real widgets over a real library: entered by Ctrl+R,
the changes since filing as a word diff, any two versions compared, comments anchored to
a passage (highlighted, kept in the library, detached when the passage changes), and the
sign-off by the Desk menu's own rules and note dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.domain.story import Status
from editorial.services.workflow import USER_VARIABLE
from editorial.storage.library import Library
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import (
    COPY_EDITOR,
    REPORTER,
    add_comment,
    enter_review,
    file_stories,
    select_in_review,
)
from tests.ui.test_story_workflow import history_rows, open_status


@pytest.fixture
def copy_editor(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    return COPY_EDITOR


def test_the_review_shows_what_changed_since_filing_and_takes_comments(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    (story_id,) = file_stories(library_path)
    window = make_window(library_path)
    assert window.session.story_id == story_id
    # The copy editor's own edit to the filed copy.
    body = window.editor.body
    body.setPlainText(body.toPlainText().replace("two years", "three years"))
    enter_review(qtbot, window)  # saves the edit first
    view = window.review_view
    assert window.pages.currentWidget() is view and window.commands.review.isChecked()
    assert view.title.text().startswith("Council votes")
    assert "since it was filed" in view.changes.reason.text()
    assert '<del class="diff-del">two</del>' in view.changes.diff_html
    assert '<ins class="diff-ins">three</ins>' in view.changes.diff_html
    assert "ferry" in view.preview.toPlainText()  # the story, as published

    # Any two versions: the oldest against the filed one shows no change of text.
    changes = view.changes
    changes.older.setCurrentIndex(changes.older.count() - 1)
    changes.newer.setCurrentIndex(1)  # the filed version, just before the edit
    qtbot.waitUntil(lambda: "No changes" in changes.diff_html)
    changes.newer.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "diff-ins" in changes.diff_html)

    add_comment(qtbot, window, "40 million euros", "Source for the cost?")
    comments = view.comments.model.comments
    assert [(c.comment.text, c.comment.by, c.detached) for c in comments] == [
        ("Source for the cost?", COPY_EDITOR, False)
    ]
    assert comments[0].comment.anchor.field == "body"
    assert view.preview.highlighted_passages == ["40 million euros"]
    assert view.comments.heading.text() == "Comments (1)"
    with sqlite3.connect(library_path) as raw:  # kept in the library, beside the story
        assert raw.execute("SELECT text, by FROM review_comments").fetchall() == [
            ("Source for the cost?", COPY_EDITOR)
        ]

    # Escape: back to the editor; the passage changed there; the comment stays, detached.
    qtbot.keyClick(view.preview, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter
    assert not window.commands.review.isChecked()
    body.setPlainText(body.toPlainText().replace("40 million", "45 million"))
    enter_review(qtbot, window)
    comments = view.comments.model.comments
    assert len(comments) == 1 and comments[0].detached
    assert view.preview.highlighted_passages == []
    assert "1 detached" in view.comments.heading.text()


def test_approve_and_return_from_the_review_record_who_and_when(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    first, second = file_stories(library_path, "Bridge to close", "Ferry to run")
    window = make_window(library_path)
    qtbot.waitUntil(lambda: window.controllers.workflow.user is not None)  # type: ignore[union-attr]
    window.desk.open_story(first)
    qtbot.waitUntil(lambda: window.session.story_id == first)
    enter_review(qtbot, window)
    view = window.review_view
    assert view.approve.isEnabled() and view.return_story.isEnabled()
    view.approve.click()
    qtbot.waitUntil(lambda: open_status(window) is Status.APPROVED)
    wait_idle(qtbot, window)
    assert window.pages.currentWidget() is view  # the review follows the move
    qtbot.waitUntil(lambda: view.state.text().startswith("Approved"))
    assert not view.approve.isEnabled()  # approved: no second sign-off
    assert history_rows(window)[0][1:3] == ("CC", "Approve")  # Cody Copy, by initials

    window.controllers.review.review_story(second)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.session.story_id == second)
    qtbot.waitUntil(lambda: view.title.text() == "Ferry to run")
    view.return_story.click()
    dialog = window.controllers.workflow.note_dialog  # type: ignore[union-attr]
    assert dialog is not None and dialog.isVisible()
    dialog.text.setPlainText("Say when the ferry starts.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: open_status(window) is Status.RETURNED)
    wait_idle(qtbot, window)
    with Library.open(library_path) as library:
        entries = library.workflow.history(second)
    assert (entries[-1].by, entries[-1].action, entries[-1].note) == (
        COPY_EDITOR, "return", "Say when the ferry starts. — CC",  # signed
    )  # fmt: skip


def test_a_reporter_reviews_but_cannot_sign_off(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, REPORTER)
    file_stories(library_path)
    window = make_window(library_path)
    qtbot.waitUntil(lambda: window.controllers.workflow.user is not None)  # type: ignore[union-attr]
    enter_review(qtbot, window)
    view = window.review_view
    assert not view.approve.isEnabled() and not view.return_story.isEnabled()
    assert "No changes since it was filed" in view.changes.reason.text()
    view.back.click()
    assert window.pages.currentWidget() is window.splitter


def test_review_needs_an_open_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)  # a new library: the welcome story is open
    window.desk.close_story()
    qtbot.waitUntil(lambda: window.session.story_id is None)
    assert not window.commands.review.isEnabled()
    window.controllers.review.enter()  # type: ignore[union-attr]
    assert window.pages.currentWidget() is window.splitter


def test_a_comment_needs_a_passage_and_text_and_can_be_deleted(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    file_stories(library_path)
    window = make_window(library_path)
    enter_review(qtbot, window)
    comments = window.review_view.comments
    comments.text.setPlainText("A comment on nothing")
    assert not comments.add.isEnabled()  # no passage selected
    assert "Select a passage" in comments.passage.text()
    comments.text.clear()
    add_comment(qtbot, window, "A ferry will run", "Until when?")
    assert comments.text.toPlainText() == ""  # sent: the box is ready for the next
    assert not comments.remove.isEnabled()
    comments.view.setCurrentIndex(comments.model.index(0))
    assert comments.remove.isEnabled()
    comments.remove.click()
    qtbot.waitUntil(lambda: comments.model.rowCount() == 0)
    assert comments.empty.isVisible() and comments.heading.text() == "Comments"
    with sqlite3.connect(library_path) as raw:
        assert raw.execute("SELECT count(*) FROM review_comments").fetchone() == (0,)


def test_an_overlong_comment_is_refused_in_one_line_and_its_text_kept(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    file_stories(library_path)
    window = make_window(library_path)
    enter_review(qtbot, window)
    select_in_review(window, "A ferry will run")
    comments = window.review_view.comments
    long_text = "Why? " * 1000
    comments.text.setPlainText(long_text)
    comments.add.click()
    qtbot.waitUntil(lambda: window.banner.isVisible())
    wait_idle(qtbot, window)
    assert window.banner.text() == "A comment is at most 4000 characters."
    assert comments.text.toPlainText() == long_text  # nothing typed is lost
    assert comments.model.rowCount() == 0
