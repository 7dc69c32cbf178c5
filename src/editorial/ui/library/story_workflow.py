"""The desk's moves from the window: submit, approve, return, correct and kill the open
story, and which of them (with spike and restore, which `StoryDesk` makes as they also
change the listing) the menu offers.

What is offered is asked of the workflow service (`allowed_moves`): the same rule the
moves follow (the table, the user's roles, whose story it is), so nothing is offered that
the library would refuse; no workflow rule lives here. A move first puts the typed text in
the library, then runs on the database lane with the version the editor holds, so a story
someone else moved meanwhile is refused (VersionConflict) rather than moved blind; a
refused move is said in the banner and the story is read again.

Correct opens the published story's new version (after a question that says what
follows: no note is asked, as nothing has changed yet). Submitting that version shows
what changed since the version published and the correction note drafted from it
(`CorrectionDialog`), for the editor to edit before it goes to the copy desk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editorial.domain.changes import DeskChanges
from editorial.domain.diff_render import story_diff_html
from editorial.domain.story import Status, Story
from editorial.domain.story_lock import StoryLock
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.domain.workflow import Action, Actor, is_read_only
from editorial.ui.dialogs.correction_dialog import CorrectionDialog
from editorial.ui.dialogs.note_dialog import NoteDialog
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.domain_titles import status_title

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from editorial.services.editing import EditingService
    from editorial.services.revisions import CorrectionDraft, RevisionService
    from editorial.services.workflow import Moved, WorkflowService
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_actions import WindowActions

NOTICE_MS = 5000
# The moves that change the story: not offered while another window is editing it.
CHANGE_THE_STORY = frozenset(
    {Action.SUBMIT, Action.APPROVE, Action.RETURN, Action.CORRECT, Action.KILL, Action.SPIKE}
)


@dataclass(frozen=True, slots=True)
class NoteAsked:
    """How a move that needs a note asks for it."""

    title: str
    prompt: str
    ok_text: str


NOTES: dict[Action, NoteAsked] = {
    Action.RETURN: NoteAsked(
        QT_TRANSLATE_NOOP("StoryWorkflow", "Return to Author"),
        QT_TRANSLATE_NOOP(
            "StoryWorkflow",
            "What should the author change? The note goes back with the story and is kept "
            "in its history.",
        ),
        QT_TRANSLATE_NOOP("StoryWorkflow", "Return"),
    ),
    Action.KILL: NoteAsked(
        QT_TRANSLATE_NOOP("StoryWorkflow", "Kill Story"),
        QT_TRANSLATE_NOOP(
            "StoryWorkflow",
            "Why is the story withdrawn? Killing is final: the story can never be changed or "
            "restored. The reason travels as the editorial note.",
        ),
        QT_TRANSLATE_NOOP("StoryWorkflow", "Kill Story"),
    ),
}
CORRECT_EXPLAINED = QT_TRANSLATE_NOOP(
    "StoryWorkflow",
    "The published text stays as it went out. You edit a new version ({version}); when you "
    "submit it, Editorial shows what you changed since publication and drafts the "
    "correction note for you to edit.",
)
DONE = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("StoryWorkflow", "“{headline}” submitted"),
    Action.APPROVE: QT_TRANSLATE_NOOP("StoryWorkflow", "“{headline}” approved"),
    Action.RETURN: QT_TRANSLATE_NOOP("StoryWorkflow", "“{headline}” returned to its author"),
    Action.CORRECT: QT_TRANSLATE_NOOP(
        "StoryWorkflow",
        "“{headline}” opened for correction: edit it, then Submit (the note is drafted)",
    ),
    Action.KILL: QT_TRANSLATE_NOOP("StoryWorkflow", "“{headline}” killed"),
}


class StoryWorkflow(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        workflow: WorkflowService,
        revisions: RevisionService,
        editing: EditingService,
        bus: ChangeBus,
        session: StorySession,
        current: Callable[[], Story | None],
        panes: StoryPanes,
        notices: Notices,
        actions: WindowActions,
        host: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workflow = workflow
        self._revisions = revisions
        self._editing = editing
        self._bus = bus
        self._session = session
        self._current = current
        self._panes = panes
        self._notices = notices
        self._host = host
        self.user: Actor | None = None
        self.allowed: frozenset[Action] = frozenset()  # for the story shown, once known
        self.note_dialog: NoteDialog | None = None  # the one asking now, if any
        self.correction_dialog: CorrectionDialog | None = None
        self.correct_question: QMessageBox | None = None
        self._story: Story | None = None
        self.held_by = ""  # who else is editing the story shown (their soft lock), if any
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
        self._load_allowed()

    def _load_allowed(self) -> None:
        """Ask what the user may do to the story shown; nothing is offered meanwhile."""
        story = self._story
        self._set_allowed(frozenset())
        if story is None or story.id is None:
            return
        story_id, workflow = story.id, self._workflow

        def loaded(allowed: frozenset[Action]) -> None:
            if self._story is not None and self._story.id == story_id:
                self._set_allowed(allowed)

        self._runner.database(
            lambda: workflow.allowed_moves(story_id), loaded, label="moves", receiver=self
        )

    def _set_allowed(self, allowed: frozenset[Action]) -> None:
        self.allowed = allowed
        offered = allowed - CHANGE_THE_STORY if self.held_by else allowed
        for action, qaction in self._actions.items():
            qaction.setEnabled(action in offered)

    def set_held_elsewhere(self, lock: StoryLock | None) -> None:
        """Another window holds the soft lock of the story shown (None: no longer). No
        move is offered on a story someone is typing in: an approval would sign off a
        text still changing, a return or a spike would pull it from under them. The lock
        banner's Take Over (their text kept as a revision) comes first."""
        self.held_by = lock.holder.name if lock is not None else ""
        self._set_allowed(self.allowed)

    def _story_shown(self, story: Story | None) -> None:
        self._story = story
        self._load_allowed()

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        if changes.preferences or changes.staff or changes.profiles:
            self._load_user()  # the name at the desk, or their roles, may have changed
        story_id = self._session.story_id
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
            self._notices.say(
                self.tr("The story is now {state} (moved elsewhere)").format(
                    state=status_title(story.status).lower()
                )
            )

        self._runner.database(
            lambda: editing.get(story_id), loaded, label="story moved", receiver=self
        )

    # Moving

    def move(self, action: Action) -> None:
        """Make `action` on the open story, asking for its note first when it needs one."""
        story = self._story
        if story is None or story.id is None or not self._actions[action].isEnabled():
            return
        if action is Action.SUBMIT and story.status is Status.CORRECTED:
            self._session.flush(lambda saved: self._draft_correction(story.id) if saved else None)
            return
        if action is Action.CORRECT:
            self._confirm_correction(story)
            return
        asked = NOTES.get(action)
        if asked is None:
            self._flush_then_move(story.id, action, "")
            return
        headline = story.headline.strip() or self.tr("Untitled story")
        prompt = f"“{headline}”\n\n{self.tr(asked.prompt)}"  # which story: the note is about it
        dialog = self.note_dialog = NoteDialog(
            self.tr(asked.title), prompt, self.tr(asked.ok_text), self._host,
            initials=self._workflow.own_initials(),
        )  # fmt: skip
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
        headline = moved.story.headline.strip() or self.tr("The story")
        done = DONE.get(action)
        said = self.tr(done).format(headline=headline) if done else f"“{headline}” {action.value}"
        self._notices.say(said, NOTICE_MS)

    def _refused(self, story_id: int, error: Exception) -> None:
        self._notices.error(
            self.tr("{error}\nThe story has been read again as the library holds it.").format(
                error=error
            )
        )
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

    # Correcting

    def _confirm_correction(self, story: Story) -> None:
        """Correct asks no note (nothing has changed yet) but says what follows, once."""
        assert story.id is not None
        headline, story_id = story.headline.strip() or self.tr("Untitled story"), story.id
        box = self.correct_question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Correct"),
            self.tr("Correct “{headline}”?").format(headline=headline),
            QMessageBox.StandardButton.Cancel,
            self._host,
        )
        box.setInformativeText(self.tr(CORRECT_EXPLAINED).format(version=story.version + 1))
        correct = box.addButton(self.tr("Open Correction"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(correct)

        def answered(_result: int) -> None:
            self.correct_question = None
            box.deleteLater()
            if box.clickedButton() is correct:
                self._flush_then_move(story_id, Action.CORRECT, "")

        box.finished.connect(answered)
        box.open()

    # Filing a correction

    def _draft_correction(self, story_id: int | None) -> None:
        if story_id is None or self._session.story_id != story_id:
            return
        revisions = self._revisions

        def draft() -> tuple[CorrectionDraft, str]:
            drafted = revisions.correction_draft(story_id)
            return drafted, story_diff_html(drafted.diff)

        self._runner.database(
            draft,
            lambda drafted: self._ask_correction(story_id, *drafted),
            lambda error: self._notices.error(error_text(error)),
            label="draft correction",
            receiver=self,
        )

    def _ask_correction(self, story_id: int, drafted: CorrectionDraft, fragment: str) -> None:
        if self._session.story_id != story_id:
            return
        dialog = self.correction_dialog = CorrectionDialog(
            drafted.corrected.headline, drafted.published.version, fragment, drafted.note,
            self._host, initials=self._workflow.own_initials(),
        )  # fmt: skip

        def answered(result: int) -> None:
            self.correction_dialog = None
            dialog.deleteLater()
            if result == CorrectionDialog.DialogCode.Accepted:
                self._flush_then_move(story_id, Action.SUBMIT, dialog.note())

        dialog.finished.connect(answered)
        dialog.open()
