"""Who is at the desk: the People and Roles dialog (Desk menu), and on the first start
the one question of the editor's name, asked only while neither the preferences nor
`$EDITORIAL_USER` name them (so tests and CI, which set the variable, never see it).

What either changes goes on the change bus (profiles; the `editor_name` preference), and
the Desk menu offers the moves of the person and roles it now names."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.services.workflow import USER_VARIABLE
from editorial.settings import login_full_name
from editorial.ui.dialogs.name_dialog import NameDialog
from editorial.ui.dialogs.profiles_dialog import ProfilesDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from editorial.services.preferences import PreferencesChanges, PreferencesService
    from editorial.services.workflow import WorkflowService
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner

NOTICE_MS = 6000


def name_is_known(preferences: PreferencesService) -> bool:
    return bool(
        preferences.current().editor_name.strip() or os.environ.get(USER_VARIABLE, "").strip()
    )


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
        self.name_dialog: NameDialog | None = None
        action.triggered.connect(self.open_profiles)
        action.setEnabled(True)
        if not name_is_known(preferences):
            self.ask_name()

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

    def ask_name(self) -> None:
        dialog = self.name_dialog = NameDialog(login_full_name(), self._host)

        def answered(result: int) -> None:
            self.name_dialog = None
            dialog.deleteLater()
            if result == NameDialog.DialogCode.Accepted:
                self._save_name(dialog.chosen_name())

        dialog.finished.connect(answered)
        dialog.open()

    def _save_name(self, name: str) -> None:
        preferences = self._preferences

        def saved(changes: PreferencesChanges) -> None:
            self._bus.publish(changes.changes, self)
            self._notices.say(self.tr("Welcome, {name}").format(name=name), NOTICE_MS)

        self._runner.database(
            lambda: preferences.update({"editor_name": name}),
            saved,
            lambda error: self._notices.error(
                self.tr("Your name could not be saved: {error}").format(error=error)
            ),
            label="editor name",
            receiver=self,
        )
