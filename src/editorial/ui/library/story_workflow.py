"""The desk's moves from the window: submit, approve, return, correct and kill the open
story (spike and restore stay with `StoryDesk`, which also changes the listing), and its
history beside the checks.

Which move is enabled is read from the domain's table (`moves_from`) and the roles the
library gives the current user (`Actor.may`): no workflow rule lives here. A move first
puts the typed text in the library, then runs on the database lane with the version the
editor holds, so a story someone else moved meanwhile is refused (VersionConflict) rather
than moved blind; a refused move is said in the banner and the story is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges
from editorial.domain.story import Story
from editorial.domain.workflow import Action, Actor, HistoryEntry, is_read_only, moves_from
from editorial.ui.dialogs.note_dialog import NoteDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from editorial.services.editing import EditingService
    from editorial.services.workflow import Moved, WorkflowService
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.history_panel import HistoryPanel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_actions import WindowActions

NOTICE_MS = 5000


@dataclass(frozen=True, slots=True)
class NoteAsked:
    """How a move that needs a note asks for it."""

    title: str
    prompt: str
    ok_text: str


NOTES: dict[Action, NoteAsked] = {
    Action.RETURN: NoteAsked(
        "Return to Author",
        "What should the author change? The note goes back with the story and is kept "
        "in its history.",
        "Return",
    ),
    Action.CORRECT: NoteAsked(
        "Correct",
        "What does the correction correct? The story opens as a new version to edit; "
        "the note is kept in its history.",
        "Correct",
    ),
    Action.KILL: NoteAsked(
        "Kill Story",
        "Why is the story withdrawn? Killing is final: the story can never be changed or "
        "restored. The reason travels as the editorial note.",
        "Kill Story",
    ),
}
DONE = {
    Action.SUBMIT: "submitted",
    Action.APPROVE: "approved",
    Action.RETURN: "returned to its author",
    Action.CORRECT: "opened for correction",
    Action.KILL: "killed",
}


class StoryWorkflow(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        workflow: WorkflowService,
        editing: EditingService,
        bus: ChangeBus,
        session: StorySession,
        current: Callable[[], Story | None],
        panes: StoryPanes,
        notices: Notices,
        actions: WindowActions,
        history: HistoryPanel,
        host: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workflow = workflow
        self._editing = editing
        self._bus = bus
        self._session = session
        self._current = current
        self._panes = panes
        self._notices = notices
        self._history = history
        self._host = host
        self.user: Actor | None = None
        self.note_dialog: NoteDialog | None = None  # the one asking now, if any
        self._story: Story | None = None
        self._actions: dict[Action, QAction] = {
            Action.SUBMIT: actions.submit,
            Action.APPROVE: actions.approve,
            Action.RETURN: actions.return_story,
            Action.CORRECT: actions.correct,
            Action.KILL: actions.kill,
            Action.SPIKE: actions.trash,
            Action.RESTORE: actions.restore,
        }
        for action in (Action.SUBMIT, Action.APPROVE, Action.RETURN, Action.CORRECT, Action.KILL):
            self._actions[action].triggered.connect(lambda _=False, a=action: self.move(a))
        panes.story_shown.connect(self._story_shown)
        bus.changed.connect(self._changes_published)
        self._load_user()

    # Who may do what

    def _load_user(self) -> None:
        self._runner.database(
            self._workflow.user, self._user_loaded, label="current user", receiver=self
        )

    def _user_loaded(self, user: Actor) -> None:
        self.user = user
        self._enable()

    def _enable(self) -> None:
        story, user = self._story, self.user
        allowed = {m.action for m in moves_from(story.status)} if story is not None else set()
        for action, qaction in self._actions.items():
            qaction.setEnabled(user is not None and action in allowed and user.may(action))

    def _story_shown(self, story: Story | None) -> None:
        self._story = story
        self._enable()
        self._load_history()

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        if changes.preferences or changes.staff:
            self._load_user()  # the name at the desk may have changed
        story_id = self._session.story_id
        if initiator is not self._session and changes.stories.touches(story_id):
            self._load_history()
        if initiator is None and story_id is not None and changes.stories.touches(story_id):
            self._follow_move_elsewhere(story_id)

    def _follow_move_elsewhere(self, story_id: int) -> None:
        """Another window or the CLI changed the open story: when that moved it (its
        state differs) and nothing typed here is waiting, show it as it now stands, so
        the moves offered are those of its state. Text changed elsewhere is left to the
        save's conflict check."""
        editing = self._editing

        def loaded(story: Story) -> None:
            shown = self._current()
            if (
                shown is None
                or shown.id != story.id
                or shown.status is story.status
                or self._session.has_unsaved_text
            ):
                return
            self._panes.show_story(story)
            self._notices.say(f"The story is now {story.status.value} (moved elsewhere)")

        self._runner.database(
            lambda: editing.get(story_id), loaded, label="story moved", receiver=self
        )

    # Moving

    def move(self, action: Action) -> None:
        """Make `action` on the open story, asking for its note first when it needs one."""
        story = self._story
        if story is None or story.id is None or not self._actions[action].isEnabled():
            return
        asked = NOTES.get(action)
        if asked is None:
            self._flush_then_move(story.id, action, "")
            return
        headline = story.headline.strip() or "Untitled story"
        prompt = f"“{headline}”\n\n{asked.prompt}"  # which story: the note is about it
        dialog = self.note_dialog = NoteDialog(asked.title, prompt, asked.ok_text, self._host)
        story_id = story.id

        def answered(result: int) -> None:
            self.note_dialog = None
            dialog.deleteLater()
            if result == NoteDialog.DialogCode.Accepted:
                self._flush_then_move(story_id, action, dialog.note())

        dialog.finished.connect(answered)
        dialog.open()

    def _flush_then_move(self, story_id: int, action: Action, note: str) -> None:
        def run(saved: bool) -> None:
            # Not saved: the save's own banner says why, and the text stays in the editor.
            current = self._current()  # its version follows the saves
            if not saved or self._session.story_id != story_id or current is None:
                return
            # Nothing typed while the move runs: the moved story replaces the editor's.
            self._panes.editor.set_read_only(True)
            self._run(story_id, action, note, current.version)

        self._session.flush(run)

    def _run(self, story_id: int, action: Action, note: str, version: int) -> None:
        workflow = self._workflow
        calls: dict[Action, Callable[[], Moved]] = {
            Action.SUBMIT: lambda: workflow.submit(story_id, version, note),
            Action.APPROVE: lambda: workflow.approve(story_id, version, note),
            Action.RETURN: lambda: workflow.return_(story_id, note, version),
            Action.CORRECT: lambda: workflow.correct(story_id, note, version),
            Action.KILL: lambda: workflow.kill(story_id, note, version),
        }
        self._runner.database(
            calls[action],
            lambda moved: self._moved(action, moved),
            lambda error: self._refused(story_id, error),
            label=action.value,
            receiver=self,
        )

    def _moved(self, action: Action, moved: Moved) -> None:
        self._bus.publish(moved.changes, self)
        if moved.story.id == self._session.story_id:
            self._panes.show_story(moved.story)
        headline = moved.story.headline.strip() or "The story"
        self._notices.say(f"“{headline}” {DONE.get(action, action.value)}", NOTICE_MS)

    def _refused(self, story_id: int, error: Exception) -> None:
        self._notices.error(f"{error}\nThe story has been read again as the library holds it.")
        if self._session.story_id != story_id:
            return
        shown = self._current()
        if shown is not None:  # as it was until the library's copy arrives
            self._panes.editor.set_read_only(is_read_only(shown.status))
        editing = self._editing

        def reloaded(story: Story) -> None:
            if story.id == self._session.story_id:
                self._panes.show_story(story)

        self._runner.database(
            lambda: editing.get(story_id), reloaded, label="reload story", receiver=self
        )

    # History

    def _load_history(self) -> None:
        story = self._story
        if story is None or story.id is None:
            self._history.show_entries(None)
            return
        story_id, workflow = story.id, self._workflow

        def loaded(entries: list[HistoryEntry]) -> None:
            if self._story is not None and self._story.id == story_id:
                self._history.show_entries(entries)

        self._runner.database(
            lambda: workflow.history(story_id), loaded, label="history", receiver=self._history
        )
