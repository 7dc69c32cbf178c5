"""The desk's moves from the window (Desk menu), on real widgets over a real library:
enabled from the workflow table and the user's roles, notes asked in a dialog, the
history tab, read-only states, and a move refused because someone else moved first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from editorial.domain.changes import DeskChanges
from editorial.domain.story import Status
from editorial.domain.story import new_story as draft
from editorial.domain.workflow import Role
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.ui.dialogs.note_dialog import NoteDialog
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story

HEADLINE = "Council votes to close the old bridge"
BODY = (
    "The city council voted 31 to 12 on Tuesday to close the old bridge to traffic "
    "from March, after engineers found cracks in two of its piers.\n\n"
    "Repairs would take two years, the city's chief engineer said."
)


def open_status(window: MainWindow) -> Status | None:
    story = window.editor.story()
    return story.status if story is not None else None


def trigger(qtbot: QtBot, window: MainWindow, action: QAction, expected: Status) -> None:
    wait_idle(qtbot, window)  # what is offered is asked of the library
    assert action.isEnabled(), action.text()
    action.trigger()
    qtbot.waitUntil(lambda: open_status(window) is expected)
    wait_idle(qtbot, window)


def answer_note(
    qtbot: QtBot, window: MainWindow, action: QAction, note: str, picture: str = ""
) -> NoteDialog:
    wait_idle(qtbot, window)
    assert action.isEnabled(), action.text()
    action.trigger()
    dialog = window.controllers.workflow.note_dialog  # type: ignore[union-attr]
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # a note is required
    qtbot.keyClicks(dialog.text, "   ")
    assert not dialog.ok.isEnabled()  # blanks are no note
    dialog.text.setPlainText(note)
    assert dialog.ok.isEnabled()
    if picture:  # for a reviewer: artifacts/
        assert dialog.grab().save(str(artifacts_dir() / picture))
    dialog.ok.click()
    return dialog


def history_rows(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.history_panel.model
    return [
        tuple(str(model.index(row, column).data()) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


@pytest.fixture
def desk_user(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(USER_VARIABLE, "Carla Desk")
    return "Carla Desk"


def test_draft_submitted_returned_resubmitted_and_approved_from_the_window(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    window = make_window(library_path)
    a = window.commands
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, HEADLINE)
    window.editor.body.setPlainText(BODY)
    wait_idle(qtbot, window)
    assert window.status.workflow_state.text() == "Draft"
    # One person in the library has every role; a draft can be submitted or spiked only.
    assert [x.isEnabled() for x in (a.submit, a.approve, a.return_story, a.kill)] == [
        True, False, False, False,
    ]  # fmt: skip

    trigger(qtbot, window, a.submit, Status.SUBMITTED)  # saves the typed headline first
    assert a.approve.isEnabled() and a.return_story.isEnabled() and not a.submit.isEnabled()
    answer_note(qtbot, window, a.return_story, "Name the councillor who proposed it.")
    qtbot.waitUntil(lambda: open_status(window) is Status.RETURNED)
    wait_idle(qtbot, window)
    assert not window.editor.headline.isReadOnly()  # returned: the author edits again
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, " at last")
    trigger(qtbot, window, a.submit, Status.SUBMITTED)
    trigger(qtbot, window, a.approve, Status.APPROVED)

    rows = history_rows(window)  # every version kept, newest first, with what made it
    # Who by initials (the full name is in the row's tooltip); the note signed with them.
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("CD", "Approve", ""),
        ("CD", "Submit", ""),
        ("CD", "Edit", ""),  # the typing after the return, kept by the submit
        ("CD", "Return", "Name the councillor who proposed it. — CD"),
        ("CD", "Submit", ""),
        ("CD", "Edit", ""),  # typed into the new story (which was not kept): an autosave
    ]
    tip = window.history_panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert f"by {desk_user}" in tip
    versions = [int(r[4]) for r in rows]
    assert versions == sorted(versions, reverse=True)
    # Approved: read-only, with the reason over the fields and the state below.
    assert window.editor.headline.isReadOnly() and window.editor.body.isReadOnly()
    assert window.editor_pane.read_only_note.isVisible()
    assert "approved" in window.editor_pane.read_only_note.text()
    assert window.status.workflow_state.text() == "Approved"
    assert not a.save.isEnabled() and not a.approve.isEnabled() and a.return_story.isEnabled()
    with Library.open(library_path) as library:
        stored = library.get(story_id)
    assert stored.status is Status.APPROVED and stored.headline == HEADLINE + " at last"
    assert stored.body == BODY

    window.side_tabs.setCurrentWidget(window.history_panel)
    for width, height in ((1400, 860), (1024, 700)):  # for a reviewer: artifacts/
        window.resize(width, height)
        qtbot.wait(50)
        path = artifacts_dir() / f"desk-approved-{width}x{height}.png"
        assert window.grab().save(str(path))


def test_a_note_dialog_cancelled_moves_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, HEADLINE)
    trigger(qtbot, window, window.commands.submit, Status.SUBMITTED)
    window.commands.return_story.trigger()
    dialog = window.controllers.workflow.note_dialog  # type: ignore[union-attr]
    assert dialog is not None
    dialog.text.setPlainText("Never sent")
    dialog.reject()
    wait_idle(qtbot, window)
    assert open_status(window) is Status.SUBMITTED
    assert [r[2] for r in history_rows(window)] == ["Submit", "Edit"]


def test_a_reporter_cannot_approve_or_return(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    with Library.open(library_path) as library:
        service = WorkflowService(library, PreferencesHolder(Preferences()))
        service.keep_profile("Rita Reporter", frozenset({Role.REPORTER}))
        service.keep_profile("Carl Copy", frozenset({Role.COPY_EDITOR}))
        story = library.add(draft("example.org", headline=HEADLINE), by="Rita Reporter")
        assert story.id is not None
        service.submit(story.id)
    window = make_window(library_path)
    a = window.commands
    assert window.session.story_id == story.id
    qtbot.waitUntil(lambda: window.controllers.workflow.user is not None)  # type: ignore[union-attr]
    assert window.status.workflow_state.text() == "Submitted"
    assert not a.approve.isEnabled() and not a.return_story.isEnabled()
    assert not a.submit.isEnabled()  # already submitted
    assert a.trash.isEnabled()  # her own story: a reporter may spike it

    # Carl of the copy desk takes the chair (the name at the desk changed).
    monkeypatch.setenv(USER_VARIABLE, "Carl Copy")
    window.bus.publish(DeskChanges(preferences=frozenset({"editor_name"})))
    qtbot.waitUntil(lambda: a.approve.isEnabled())
    assert a.return_story.isEnabled() and not a.kill.isEnabled()


def test_a_move_refused_because_another_desk_moved_first_is_said_and_loses_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, HEADLINE)
    window.session.save_now()
    wait_idle(qtbot, window)
    with Library.open(library_path) as library:  # another window or the CLI
        WorkflowService(library, PreferencesHolder(Preferences())).submit(story_id)
    assert open_status(window) is Status.DRAFT  # this window has not heard of it yet

    window.commands.submit.trigger()
    qtbot.waitUntil(lambda: open_status(window) is Status.SUBMITTED)  # read again
    wait_idle(qtbot, window)
    assert window.banner.isVisible()
    assert "read again" in window.banner.text()
    assert window.status.workflow_state.text() == "Submitted"
    assert window.editor.headline.text() == HEADLINE
    assert not window.editor.headline.isReadOnly()  # submitted: still editable
    assert [r[2] for r in history_rows(window)] == ["Submit", "Edit"]  # one submit
    with Library.open(library_path) as library:
        stored = library.get(story_id)
    assert stored.headline == HEADLINE and stored.status is Status.SUBMITTED


def test_the_history_gives_the_time_alone_for_today_and_the_date_for_older_moves() -> None:
    import datetime as dt

    from editorial.domain.workflow import HistoryEntry
    from editorial.ui.library.history_panel import when_text

    at = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)
    entry = HistoryEntry(at, "Carla Desk", "approve", Status.SUBMITTED, "", 3)
    local = at.astimezone()
    assert when_text(entry, today=local.date()) == local.strftime("%H:%M")
    assert when_text(entry, today=local.date() + dt.timedelta(days=1)) == local.strftime(
        "%d %b %H:%M"
    )


def test_the_kill_note_says_it_is_final() -> None:
    from editorial.domain.workflow import MOVES, Action
    from editorial.ui.library.story_workflow import NOTES

    assert "final" in NOTES[Action.KILL].prompt
    # Every move that needs a note asks for it; a correction's, drafted, in its own dialog.
    noted = {m.action for m in MOVES if m.needs_note and m.source is not Status.CORRECTED}
    assert noted == {Action.RETURN, Action.KILL} and all(NOTES[a].ok_text for a in noted)


def publish_elsewhere(qtbot: QtBot, window: MainWindow, path: Path, story_id: int) -> None:
    """The publishing side marks the story published; the window hears of it on its bus
    (as the library poller tells it of changes from outside)."""
    from editorial.domain.changes import StoryChanges

    with Library.open(path) as library:
        WorkflowService(library, PreferencesHolder(Preferences())).mark_published(story_id)
    window.bus.publish(DeskChanges.of_stories(StoryChanges(updated=frozenset({story_id}))))
    qtbot.waitUntil(lambda: open_status(window) is Status.PUBLISHED)
    wait_idle(qtbot, window)


def approved_story(qtbot: QtBot, window: MainWindow) -> int:
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, HEADLINE)
    trigger(qtbot, window, window.commands.submit, Status.SUBMITTED)
    trigger(qtbot, window, window.commands.approve, Status.APPROVED)
    return story_id


def test_a_killed_story_is_final(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    window = make_window(library_path)
    a = window.commands
    story_id = approved_story(qtbot, window)
    publish_elsewhere(qtbot, window, library_path, story_id)
    answer_note(qtbot, window, a.kill, "Legal: the council disputes the report.", "kill-dialog.png")
    qtbot.waitUntil(lambda: open_status(window) is Status.KILLED)
    wait_idle(qtbot, window)
    assert window.editor.headline.isReadOnly()
    assert "killed" in window.editor_pane.read_only_note.text()
    moves = (a.submit, a.approve, a.return_story, a.correct, a.kill, a.trash, a.restore)
    assert not any(action.isEnabled() for action in moves)
    with Library.open(library_path) as library:
        assert library.get(story_id).status is Status.KILLED
