"""Edit ▸ Preferences: one row per declared option (`editorial.settings.OPTIONS`), as
Picard builds its option pages: the option's title is the label and its type picks the
widget. Options with a fixed set of values (the house style) get a list of them, and
options with usual values (the language) an editable list.

The dialog only edits values; keeping them is the caller's: the preferences service
writes the settings file and swaps the preferences in effect, on the database lane.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editorial.settings import OPTIONS, Option

INT_RANGE = (0, 1_000_000)
NARROW = 160  # numbers and language tags need no more


class PreferencesDialog(QDialog):
    """`choices`: option key → (value, label) pairs, the only values allowed (with a
    description per value in `descriptions`, shown under the list); `suggestions`: option
    key → values offered in an editable list."""

    def __init__(
        self,
        values: Mapping[str, Any],
        *,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        descriptions: Mapping[str, Mapping[str, str]] | None = None,
        suggestions: Mapping[str, Sequence[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self._choices = dict(choices or {})
        self._descriptions = dict(descriptions or {})
        self._suggestions = dict(suggestions or {})
        self.editors: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        for option in OPTIONS.values():
            editor = self._editor_for(option, values.get(option.key, option.default))
            editor.setAccessibleName(option.title)
            self.editors[option.key] = editor
            label = QLabel(option.title, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            if option.key in self._descriptions:
                hint = QLabel(self)
                hint.setObjectName("preferenceHint")
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a note, not a value
                self.hints[option.key] = hint
                form.addRow("", hint)
                self._show_hint(option.key)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def _editor_for(self, option: Option, value: Any) -> QWidget:
        if option.key in self._choices:
            combo = QComboBox(self)
            for key, label in self._choices[option.key]:
                combo.addItem(label, key)
            index = combo.findData(value)
            if index < 0:  # a style no longer installed: listed so it is not lost
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.currentIndexChanged.connect(lambda _i, key=option.key: self._show_hint(key))
            return combo
        if option.type is bool:
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check
        if option.type is int:
            spin = QSpinBox(self)
            spin.setRange(*INT_RANGE)
            spin.setValue(int(value))
            spin.setMaximumWidth(NARROW)
            return spin
        if option.type is float:
            number = QDoubleSpinBox(self)
            number.setRange(*INT_RANGE)
            number.setValue(float(value))
            number.setMaximumWidth(NARROW)
            return number
        if option.key in self._suggestions:
            editable = QComboBox(self)
            editable.setEditable(True)
            editable.addItems(list(self._suggestions[option.key]))
            editable.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editable.setEditText(str(value))
            editable.setMaximumWidth(NARROW)
            return editable
        line = QLineEdit(str(value), self)
        line.setCursorPosition(0)
        return line

    def values(self) -> dict[str, Any]:
        """Every option's value as the dialog shows it, of the option's type."""
        result: dict[str, Any] = {}
        for key, editor in self.editors.items():
            option = OPTIONS[key]
            if isinstance(editor, QComboBox):
                data = editor.currentData() if not editor.isEditable() else None
                value: Any = data if data is not None else editor.currentText().strip()
            elif isinstance(editor, QCheckBox):
                value = editor.isChecked()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                value = editor.value()
            else:
                assert isinstance(editor, QLineEdit)
                value = editor.text().strip()
            result[key] = option.type(value)
        return result

    def choose(self, key: str, value: Any) -> None:
        """Set an option's widget to `value` (as the editor would)."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox) and not editor.isEditable():
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QComboBox):
            editor.setEditText(str(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(str(value))

    def _show_hint(self, key: str) -> None:
        hint = self.hints.get(key)
        editor = self.editors.get(key)
        if hint is None or not isinstance(editor, QComboBox):
            return
        hint.setText(self._descriptions.get(key, {}).get(str(editor.currentData()), ""))
