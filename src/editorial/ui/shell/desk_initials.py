"""Who is who by initials: the desk's profiles and the editor's own choice, read on the
database lane once the desk is open and again when either changes, and handed to the
views that name people where a line is short (the History tab's "Who", the desk view's
story lines). Until it is read, and for anyone not in it, initials are made from the
name. (The notes an editor writes are signed by `StoryWorkflow`.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.initials import InitialsBook

if TYPE_CHECKING:
    from editorial.domain.changes import DeskChanges
    from editorial.services.workflow import WorkflowService
    from editorial.ui.desk.desk_model import DeskBoardModel
    from editorial.ui.library.history_panel import HistoryModel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner

# The preferences that say who the editor is and how they sign.
OWN = frozenset({"editor_name", "initials"})


class DeskInitials(QObject):
    def __init__(
        self,
        runner: TaskRunner,
        workflow: WorkflowService,
        bus: ChangeBus,
        history: HistoryModel,
        desk: DeskBoardModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workflow = workflow
        self._history = history
        self._desk = desk
        self.book = InitialsBook()
        bus.changed.connect(self.changes_published)
        self.reload()

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if changes.profiles or changes.preferences & OWN:
            self.reload()

    def reload(self) -> None:
        self._runner.database(
            self._workflow.initials_book, self._show, label="initials", receiver=self
        )

    def _show(self, book: InitialsBook) -> None:
        self.book = book
        self._history.set_initials(book.initials)
        self._desk.set_initials(book.initials)
