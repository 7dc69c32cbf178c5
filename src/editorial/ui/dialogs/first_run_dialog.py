"""The first start's short setup: the editor's name, the house style and where the
library lives, each of which Edit ▸ Preferences changes later. Skipping it is fine: until a name
is set, new stories have no byline (never the login's name) and the checks say so.

Offered only on this user's first start (no settings file yet) and only when
`$EDITORIAL_USER` does not already name the person at the desk (tests and CI set it).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.initials import MAX_INITIALS
from editorial.ui.dialogs.library_location_field import LibraryLocationField
from editorial.ui.dialogs.preferences_dialog import follow_name, note_label

# (key, title, description) of each house style
StyleChoice = tuple[str, str, str]


class FirstRunDialog(QDialog):
    def __init__(
        self,
        *,
        suggested_name: str,
        styles: Sequence[StyleChoice],
        style: str,
        location: str,
        default_library: str,
        locked: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Editorial"))
        self.locked = frozenset(locked)
        intro = QLabel(
            self.tr("Three things before you start. Each can be changed later in "
                    "Edit ▸ Preferences, and you can skip them now."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)

        self.name = QLineEdit(suggested_name, self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("Anna Ivanova"))
        self.name.selectAll()
        name_note = note_label(
            self.tr("It signs the stories you start and names you in each story's "
                    "history. Without it, new stories have no byline."),
            self,
        )  # fmt: skip

        self.initials = QLineEdit(self)
        self.initials.setAccessibleName(self.tr("Your initials"))
        self.initials.setMaxLength(MAX_INITIALS)
        self.initials.setToolTip(
            self.tr("They sign your notes and name you where a line is short; empty: made "
                    "from your name.")
        )  # fmt: skip
        follow_name(self.name, self.initials)

        self.house_style = QComboBox(self)
        self.house_style.setAccessibleName(self.tr("House style"))
        self._descriptions = {key: description for key, _title, description in styles}
        for key, title, _description in styles:
            self.house_style.addItem(title, key)
        index = self.house_style.findData(style)
        if index < 0:
            self.house_style.addItem(style, style)
            index = self.house_style.count() - 1
        self.house_style.setCurrentIndex(index)
        self.style_note = note_label("", self)
        self.house_style.currentIndexChanged.connect(self._describe_style)
        self._describe_style()

        self.library = LibraryLocationField(location, default_library, self)
        self.library.setAccessibleName(self.tr("Where the library lives"))
        library_note = note_label(
            self.tr("Your own file, or the desk's shared database. Another library than "
                    "this one opens at once."),
            self,
        )  # fmt: skip

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self._row(form, self.tr("Your &name:"), self.name, name_note)
        label = QLabel(self.tr("Your &initials:"), self)
        label.setBuddy(self.initials)
        form.addRow(label, self.initials)
        self._row(form, self.tr("House &style:"), self.house_style, self.style_note)
        self._row(form, self.tr("The &library:"), self.library, library_note)
        self._lock("initials", self.initials)
        self._lock("house_style", self.house_style)
        self._lock("library_location", self.library)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start.setText(self.tr("Start &Writing"))
        self.skip = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.skip.setText(self.tr("S&kip"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _row(self, form: QFormLayout, title: str, field: QWidget, note: QLabel) -> None:
        label = QLabel(title, self)
        label.setBuddy(field.focusProxy() or field)
        if isinstance(field, LibraryLocationField):
            label.setBuddy(field.on_file)
        form.addRow(label, field)
        form.addRow("", note)

    def _lock(self, key: str, field: QWidget) -> None:
        if key in self.locked:
            field.setEnabled(False)
            field.setToolTip(self.tr("Set by your administrator for everyone on this computer."))

    def _describe_style(self) -> None:
        self.style_note.setText(self._descriptions.get(str(self.house_style.currentData()), ""))

    def chosen_name(self) -> str:
        return " ".join(self.name.text().split())

    def values(self) -> dict[str, Any]:
        """The answers as preferences (locked ones left out: the administrator's stay)."""
        answers = {
            "editor_name": self.chosen_name(),
            "initials": "".join(self.initials.text().split()),
            "house_style": str(self.house_style.currentData()),
            "library_location": self.library.location(),
        }
        return {key: value for key, value in answers.items() if key not in self.locked}
