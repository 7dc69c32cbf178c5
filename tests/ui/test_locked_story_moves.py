"""A story another window is editing (its soft lock): here the status bar says it is
read-only and whose lock it is, and the Desk menu offers no move that would change it
(an approval would sign off a text still being typed); once the other window lets go,
the story opens for editing here and the moves come back. Real windows, one library."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.workflow import Action
from editorial.services.workflow import USER_VARIABLE
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import COPY_EDITOR, file_stories
from tests.ui.test_main_window import artifacts_dir
from tests.ui.test_review_follows_others import cli

EDITOR = COPY_EDITOR  # both windows: the same copy editor at two desks


def test_moves_wait_while_another_window_edits_the_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, EDITOR)
    (story_id,) = file_stories(library_path)  # filed by the reporter
    first = make_window(library_path)
    qtbot.waitUntil(lambda: first.session.story_id == story_id)
    wait_idle(qtbot, first)
    assert first.controllers is not None and first.controllers.lock_keeper.held == story_id

    second = make_window(library_path)
    assert second.controllers is not None
    second.controllers.desk.open_story(story_id)
    qtbot.waitUntil(second.editor_pane.lock_banner.isVisible)
    wait_idle(qtbot, second)
    commands, workflow = second.commands, second.controllers.workflow
    qtbot.waitUntil(lambda: Action.APPROVE in workflow.allowed)  # the rule would allow it
    assert second.status.save_state.text() == f"Read-only here: locked by {EDITOR}"
    assert not commands.approve.isEnabled()
    assert not commands.return_story.isEnabled()
    assert not commands.submit.isEnabled()
    assert not commands.trash.isEnabled()
    assert not second.review_view.approve.isEnabled()  # the review's sign-off too
    assert first.commands.approve.isEnabled()  # the holder's own window offers them
    second.resize(1024, 700)
    qtbot.wait(50)
    assert second.grab().save(str(artifacts_dir() / "locked-elsewhere-1024x700.png"))

    # The first window lets the story go: at the next beat it is this window's.
    second.controllers.lock_keeper.beat.setInterval(200)
    first.controllers.desk.close_story()
    qtbot.waitUntil(lambda: not second.editor_pane.lock_banner.isVisible(), timeout=10_000)
    wait_idle(qtbot, second)
    assert not second.editor.body.isReadOnly()
    assert second.status.save_state.text().startswith("Saved")
    assert commands.approve.isEnabled() and commands.return_story.isEnabled()


def test_the_command_line_moving_a_story_being_edited_says_so(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script is not stopped by a soft lock, but the editor at the terminal is told."""
    monkeypatch.setenv(USER_VARIABLE, EDITOR)
    (story_id,) = file_stories(library_path)
    window = make_window(library_path)
    qtbot.waitUntil(lambda: window.session.story_id == story_id)
    wait_idle(qtbot, window)
    approved = cli(library_path, EDITOR, "approve", str(story_id))
    assert approved.returncode == 0, approved.stderr
    assert approved.stderr.startswith(f"editorial: warning: Being edited by {EDITOR} on ")
    assert "approve moved the text the library holds" in approved.stderr
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    returned = cli(library_path, EDITOR, "return", str(story_id), "--note", "Shorter.")
    assert returned.returncode == 0 and returned.stderr == ""  # nobody editing: no warning
