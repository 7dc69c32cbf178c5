"""Who is at the desk: the People and Roles dialog (Desk menu). What it changes goes on
the change bus, and the Desk menu offers the moves of the person and roles it now names.
(The editor's own name is asked on the first start: `first_run.py`.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.ui.dialogs.profiles_dialog import ProfilesDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from editorial.services.preferences import PreferencesService
    from editorial.services.workflow import WorkflowService
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner


class DeskPeople(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        workflow: WorkflowService,
        preferences: PreferencesService,
        bus: ChangeBus,
        notices: Notices,
        action: QAction,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self._runner = runner
        self._workflow = workflow
        self._preferences = preferences
        self._bus = bus
        self._notices = notices
        self._host = host
        self.profiles_dialog: ProfilesDialog | None = None
        action.triggered.connect(self.open_profiles)
        action.setEnabled(True)

    def open_profiles(self) -> None:
        if self.profiles_dialog is not None:
            self.profiles_dialog.raise_()
            return
        dialog = self.profiles_dialog = ProfilesDialog(self._workflow, self._runner, self._host)
        dialog.profiles_changed.connect(lambda changes: self._bus.publish(changes, dialog))

        def closed(_result: int) -> None:
            if self.profiles_dialog is dialog:
                self.profiles_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
