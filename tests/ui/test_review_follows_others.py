"""The review mode follows what others do while it is on screen: a comment another
window's copy editor adds, and an approval made by the command line in another process,
show up without leaving the review (the library's change mark is polled), and the sign-off
buttons follow the story's new state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.story import Status
from editorial.domain.workflow import Role
from editorial.services.desk import open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import COPY_EDITOR, enter_review, file_stories
from tests.ui.test_story_workflow import open_status

ROOT = Path(__file__).resolve().parents[2]
CHIEF = "Chloe Chief"
TIMEOUT_MS = 15_000


def cli(library: Path, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **{USER_VARIABLE: user})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "editorial", "--library", str(library), *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip


def test_comments_and_moves_made_elsewhere_show_in_the_review(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    (story_id,) = file_stories(library_path)
    other = open_desk(str(library_path), Preferences(editor_name=CHIEF))
    try:
        other.workflow.keep_profile(CHIEF, frozenset({Role.CHIEF}))
        window = make_window(library_path)
        window.controllers.review.set_poll_interval(200)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: window.session.story_id == story_id)
        enter_review(qtbot, window)
        view = window.review_view
        assert view.comments.model.rowCount() == 0
        assert view.approve.isEnabled()

        # Another window's reader comments on a passage: it appears here.
        other.review.add_comment(story_id, "40 million euros", "Which budget line?")
        qtbot.waitUntil(lambda: view.comments.model.rowCount() == 1, timeout=TIMEOUT_MS)
        (placed,) = view.comments.model.comments
        assert (placed.comment.text, placed.comment.by) == ("Which budget line?", CHIEF)
        assert view.preview.highlighted_passages == ["40 million euros"]
        assert window.pages.currentWidget() is view  # never left the review

        # The chief approves it from the command line, in another process.
        approved = cli(library_path, CHIEF, "approve", str(story_id), "--note", "Fine.")
        assert approved.returncode == 0, approved.stderr
        qtbot.waitUntil(lambda: view.state.text().startswith("Approved"), timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: open_status(window) is Status.APPROVED, timeout=TIMEOUT_MS)
        wait_idle(qtbot, window)
        assert not view.approve.isEnabled()  # no second sign-off (return stays: allowed)
        assert window.editor.body.isReadOnly()  # approved: read-only in the editor too
        assert window.pages.currentWidget() is view
    finally:
        other.close()
