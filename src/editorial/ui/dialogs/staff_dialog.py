"""The staff list: the people the byline field completes, kept in the library.

Every read and write goes through the staff service on the database lane; the dialog
shows the list as the service returns it after each change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.byline import Byline, format_bylines_field
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.plural_text import counted

if TYPE_CHECKING:
    from editorial.services.staff import StaffChanged, StaffService
    from editorial.ui.shell.tasks import TaskRunner


class StaffDialog(QDialog):
    """`staff_changed(DeskChanges)` is emitted after the editor added or removed someone
    here."""

    staff_changed = Signal(object)

    def __init__(
        self, staff: StaffService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self._staff = staff
        self._runner = runner

        intro = QLabel(self.tr("People the byline field offers as you type their name."), self)
        intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("staff"))
        self.people.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.people.itemSelectionChanged.connect(self._selection_changed)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("staff name"))
        self.name.setPlaceholderText(self.tr("Anna Ivanova"))
        self.role = QLineEdit(self)
        self.role.setAccessibleName(self.tr("staff role"))
        self.role.setPlaceholderText(self.tr("Moscow correspondent (optional)"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name.textChanged.connect(self._name_changed)
        self.name.returnPressed.connect(self.add_person)
        self.role.returnPressed.connect(self.add_person)
        self.status = QLabel(self)
        self.status.setObjectName("staffStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        entry = QGridLayout()
        entry.setHorizontalSpacing(8)
        entry.addWidget(QLabel(self.tr("Name"), self), 0, 0)
        entry.addWidget(self.name, 0, 1)
        entry.addWidget(self.add_button, 0, 2)
        entry.addWidget(QLabel(self.tr("Role"), self), 1, 0)
        entry.addWidget(self.role, 1, 1)
        entry.addWidget(self.remove_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(entry)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(440, 420)
        self._name_changed("")
        self._selection_changed()
        self.reload()

    def names(self) -> list[str]:
        return [self._person(self.people.item(row)).name for row in range(self.people.count())]

    def reload(self) -> None:
        """Show the list as the library holds it now."""
        self._run(self._staff.people)

    def add_person(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        person = Byline(name=name, role=self.role.text().strip())
        staff = self._staff
        self._run(lambda: staff.add(person), self.tr("{name} added").format(name=name))
        self.name.clear()
        self.role.clear()
        self.name.setFocus()

    def remove_selected(self) -> None:
        names = [self._person(item).name for item in self.people.selectedItems()]
        if not names:
            return
        staff = self._staff
        removed = self.tr("{names} removed").format(names=", ".join(names))
        self._run(lambda: staff.remove(names), removed)

    def _run(self, work: Callable[[], StaffChanged | list[Byline]], done: str = "") -> None:
        """Run a read (a list) or a change (`StaffChanged`) and show the list it gives."""

        def show(result: StaffChanged | list[Byline]) -> None:
            people = result if isinstance(result, list) else result.people
            self.people.clear()
            for person in people:
                item = QListWidgetItem(format_bylines_field((person,)), self.people)
                item.setData(Qt.ItemDataRole.UserRole, person)
            count = len(people)
            self.status.setText(done or counted(self.tr("{count} people", "", count), count))
            if not isinstance(result, list):
                self.staff_changed.emit(result.changes)

        def failed(error: Exception) -> None:
            self.status.setText(
                self.tr("The staff list could not be changed: {error}").format(
                    error=error_text(error)
                )
            )

        self._runner.database(work, show, failed, label="staff", receiver=self)

    def _person(self, item: QListWidgetItem | None) -> Byline:
        assert item is not None
        person = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(person, Byline)
        return person

    def _name_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.people.selectedItems()))
