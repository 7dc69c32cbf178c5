"""The desk's people and their roles: who may submit, approve, return, correct and kill.
Profiles are not the staff list (that one completes bylines, and names people who never
open Editorial); a library with one person gives that person every role.

Every read and write goes through the workflow service on the database lane; the dialog
shows the profiles as the service returns them after each change. Selecting a person
fills the fields, so changing someone's roles is select, tick, Save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.changes import DeskChanges
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.domain.workflow import Profile, Role
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.plural_text import counted
from editorial.ui.shell.visible_buttons import VisibleCheckBox

if TYPE_CHECKING:
    from editorial.services.workflow import WorkflowService
    from editorial.ui.shell.tasks import TaskRunner

ROLE_TITLES = {
    Role.REPORTER: QT_TRANSLATE_NOOP("ProfilesDialog", "Reporter: drafts and submits"),
    Role.COPY_EDITOR: QT_TRANSLATE_NOOP("ProfilesDialog", "Copy editor: also returns and approves"),
    Role.CHIEF: QT_TRANSLATE_NOOP("ProfilesDialog", "Chief: also corrects and kills"),
}
ROLE_NAMES = {
    Role.REPORTER: QT_TRANSLATE_NOOP("ProfilesDialog", "reporter"),
    Role.COPY_EDITOR: QT_TRANSLATE_NOOP("ProfilesDialog", "copy editor"),
    Role.CHIEF: QT_TRANSLATE_NOOP("ProfilesDialog", "chief"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfilesDialog", text)


def profile_text(profile: Profile) -> str:
    roles = ", ".join(_tr(ROLE_NAMES[role]) for role in Role if role in profile.roles)
    return QCoreApplication.translate("ProfilesDialog", "{name} ({initials}): {roles}").format(
        name=profile.name,
        initials=profile.initials,
        roles=roles or QCoreApplication.translate("ProfilesDialog", "no role"),
    )


class ProfilesDialog(QDialog):
    """`profiles_changed(DeskChanges)` after the editor kept or removed someone here."""

    profiles_changed = Signal(object)

    def __init__(
        self, workflow: WorkflowService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("People and Roles"))
        self._workflow = workflow
        self._runner = runner
        intro = QLabel(
            self.tr(
                "The people of this desk and what each may do. Anyone without a profile is a "
                "reporter; alone in a library, a person has every role."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("profiles"))
        self.people.currentItemChanged.connect(lambda item, _old: self._fill(item))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("profile name"))
        self.name.setPlaceholderText(self.tr("Anna Ivanova"))
        self.initials = QLineEdit(self)
        self.initials.setAccessibleName(self.tr("profile initials"))
        self.initials.setPlaceholderText(self.tr("from the name"))
        self.initials.setMaxLength(6)
        self.roles = {
            role: VisibleCheckBox(self.tr(title), self) for role, title in ROLE_TITLES.items()
        }
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.keep)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name.textChanged.connect(lambda _text: self._enable())
        for box in self.roles.values():
            box.toggled.connect(lambda _on: self._enable())
        self.status = QLabel(self)
        self.status.setObjectName("profilesStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Name"), self), 0, 0)
        entry.addWidget(self.name, 0, 1)
        entry.addWidget(QLabel(self.tr("Initials"), self), 1, 0)
        entry.addWidget(self.initials, 1, 1)
        entry.addWidget(QLabel(self.tr("Roles"), self), 2, 0, Qt.AlignmentFlag.AlignTop)
        boxes = QVBoxLayout()
        for box in self.roles.values():
            boxes.addWidget(box)
        entry.addLayout(boxes, 2, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(entry)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(460, 480)
        self.roles[Role.REPORTER].setChecked(True)
        self._enable()
        self.reload()

    def profiles(self) -> list[Profile]:
        return [self._profile(self.people.item(row)) for row in range(self.people.count())]

    def reload(self) -> None:
        self._run(self._workflow.profiles)

    def keep(self) -> None:
        name = self.name.text().strip()
        roles = frozenset(role for role, box in self.roles.items() if box.isChecked())
        if not name or not roles:
            return
        workflow, initials = self._workflow, self.initials.text()

        def work() -> list[Profile]:
            workflow.keep_profile(name, roles, initials)
            return workflow.profiles()

        self._run(work, self.tr("{name} saved").format(name=name), changed=True)

    def remove_selected(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        name, workflow = self._profile(item).name, self._workflow

        def work() -> list[Profile]:
            workflow.remove_profile(name)
            return workflow.profiles()

        self._run(work, self.tr("{name} removed").format(name=name), changed=True)

    def _run(
        self, work: Callable[[], list[Profile]], done: str = "", *, changed: bool = False
    ) -> None:
        def show(profiles: list[Profile]) -> None:
            self.people.clear()
            for profile in profiles:
                item = QListWidgetItem(profile_text(profile), self.people)
                item.setData(Qt.ItemDataRole.UserRole, profile)
            count = len(profiles)
            people = counted(self.tr("{count} people", "", count), count)
            self.status.setText(done or people)
            self._enable()
            if changed:
                self.profiles_changed.emit(DeskChanges(profiles=True))

        def failed(error: Exception) -> None:
            self.status.setText(self.tr("Not saved: {error}").format(error=error_text(error)))

        self._runner.database(work, show, failed, label="profiles", receiver=self)

    def _fill(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            profile = self._profile(item)
            self.name.setText(profile.name)
            self.initials.setText(profile.initials)
            for role, box in self.roles.items():
                box.setChecked(role in profile.roles)
        self._enable()

    def _profile(self, item: QListWidgetItem | None) -> Profile:
        assert item is not None
        profile = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(profile, Profile)
        return profile

    def _enable(self) -> None:
        has_role = any(box.isChecked() for box in self.roles.values())
        self.save_button.setEnabled(bool(self.name.text().strip()) and has_role)
        self.remove_button.setEnabled(self.people.currentItem() is not None)
