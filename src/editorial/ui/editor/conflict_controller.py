"""A save refused because the story was changed elsewhere (`VersionConflict`): the window
and the command line, two windows, two machines on one library. When another window has
taken the story over, that is a lost lock (`StoryLockKeeper.lost`); otherwise the editor
sees both texts side by side (`ConflictView`) and keeps theirs, mine, or a merge, the
other kept as a revision. "Decide Later" leaves the text in the editor, unsaved, with a
banner to come back to the choice. Any other failed save goes to `fallback`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from editorial.domain.changes import DeskChanges
from editorial.domain.errors import VersionConflict
from editorial.domain.story import Story
from editorial.domain.story_lock import StoryLock
from editorial.services.conflicts import Choice, Conflict
from editorial.ui.editor.conflict_view import ConflictView
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.services.conflicts import ConflictService
    from editorial.services.editing import Saved
    from editorial.services.story_locks import LockService
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.editor.story_lock_keeper import StoryLockKeeper
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner



class ConflictController(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        conflicts: ConflictService,
        locks: LockService,
        keeper: StoryLockKeeper,
        panes: StoryPanes,
        editor: StoryEditor,
        notices: Notices,
        bus: ChangeBus,
        fallback: Callable[[Story, Exception], None],
        host: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._conflicts = conflicts
        self._locks = locks
        self._keeper = keeper
        self._panes = panes
        self._editor = editor
        self._notices = notices
        self._bus = bus
        self._fallback = fallback
        self._host = host
        self.view: ConflictView | None = None
        self.conflict: Conflict | None = None

    def _database(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        label: str,
    ) -> None:
        """On the database lane, unless the window is closing; dropped if this is gone."""
        if not self._runner.is_closed:
            self._runner.database(work, on_success, on_failure, label=label, receiver=self)

    def save_failed(self, story: Story, error: Exception) -> None:
        if not isinstance(error, VersionConflict):
            self._fallback(story, error)
            return
        self.compare(story)

    def compare(self, story: Story | None = None) -> None:
        """Fetch the stored text and put it beside the editor's."""
        mine = self._editor.story() or story
        if mine is None or mine.id is None:
            return
        story_id, locks, conflicts = mine.id, self._locks, self._conflicts
        self._database(
            lambda: (locks.held_elsewhere(story_id), conflicts.conflict(mine)),
            lambda found: self._found(*found),
            lambda error: self._notices.error(
                self.tr("The story could not be read: {error}").format(error=error_text(error))
            ),
            label="compare texts",
        )

    def _found(self, held: StoryLock | None, conflict: Conflict) -> None:
        if conflict.mine.id != self._editor_story_id():
            return  # another story is shown now; its own session handles its saves
        if held is not None:
            self._keeper.lost(held)
            return
        self.show(conflict)

    def show(self, conflict: Conflict, note: str = "") -> None:
        self.conflict = conflict
        if self.view is None:
            self.view = ConflictView(self._host)
            self.view.chosen.connect(self._chosen)
            self.view.rejected.connect(self._later)
        self.view.set_busy(False)
        self.view.show_conflict(conflict, note)
        if not self.view.isVisible():
            self.view.open()

    def _chosen(self, choice: Choice, chosen: Story) -> None:
        conflict, view = self.conflict, self.view
        if conflict is None or view is None:
            return
        view.set_busy(True)
        service = self._conflicts
        self._database(
            lambda: service.resolve(conflict, chosen),
            lambda saved: self._resolved(conflict, chosen, saved),
            lambda error: self._refused(conflict, error),
            label="resolve conflict",
        )

    def _resolved(self, conflict: Conflict, chosen: Story, saved: Saved) -> None:
        if self.view is not None:
            self.view.set_busy(False)
            self.view.accept()
        self.conflict = None
        self._notices.clear_banner()
        self._bus.publish(DeskChanges.of_stories(saved.changes, saved.story), self)
        self._panes.show_story(saved.story)
        self._notices.say(kept_message(conflict, chosen), 0)

    def _refused(self, conflict: Conflict, error: Exception) -> None:
        if isinstance(error, VersionConflict):
            mine, service = conflict.mine, self._conflicts
            self._database(
                lambda: service.conflict(mine),
                lambda again: self.show(
                    again,
                    self.tr(
                        "The story was changed once more while you chose: this is how it "
                        "stands now."
                    ),
                ),
                label="compare texts",
            )
            return
        if self.view is not None:
            self.view.set_busy(False)
        self._notices.error(self.tr("Your choice could not be kept: {error}").format(
            error=error_text(error)
        ))

    def _later(self) -> None:
        if self.conflict is None:
            return
        self._notices.error(
            self.tr(
                "Your text has not been saved: the story was changed elsewhere. It is still "
                "in the editor. Reload shows the story as it stands and keeps your text as "
                "a revision."
            ),
            [(self.tr("Compare and Choose…"), self.compare), (self.tr("Reload"), self.reload)],
        )

    def reload(self) -> None:
        """Show the story as the library holds it; the editor's text is kept as a
        revision (the conflict resolved with their text), so nothing typed is lost."""
        conflict = self.conflict
        if conflict is None:
            return
        service, theirs = self._conflicts, conflict.theirs
        self._database(
            lambda: service.resolve(conflict, theirs),
            lambda saved: self._resolved(conflict, theirs, saved),
            lambda error: self._refused(conflict, error),
            label="reload story",
        )

    def _editor_story_id(self) -> int | None:
        shown = self._editor.story()
        return shown.id if shown is not None else None


def kept_message(conflict: Conflict, chosen: Story) -> str:
    """What the choice kept as revisions, in one line for the status bar."""
    theirs, mine = conflict.theirs, conflict.mine
    kept_theirs = not chosen.same_content(theirs)
    kept_mine = not chosen.same_content(mine) and not mine.same_content(theirs)

    if kept_theirs and kept_mine:
        return QCoreApplication.translate(
            "ConflictController",
            "Saved. Kept their text as revision {theirs} and yours as revision {mine}.",
        ).format(theirs=theirs.version, mine=theirs.version + 1)
    if kept_theirs:
        return QCoreApplication.translate(
            "ConflictController", "Saved. Kept their text as revision {theirs}."
        ).format(theirs=theirs.version)
    if kept_mine:
        return QCoreApplication.translate(
            "ConflictController", "Saved. Kept yours as revision {mine}."
        ).format(mine=theirs.version + 1)
    return QCoreApplication.translate("ConflictController", "Saved.")
