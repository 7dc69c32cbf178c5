"""One widget per option, picked by the option's type (as Picard builds its option
pages), and the few options that need a widget of their own: the spelling dictionaries
(a checkable list of the installed ones), the editor's font (the system's, or a family),
its size and the autosave delay.

`read_value` and `show_value` are the two ways between a widget and an option's value;
the dialog knows nothing of the widgets' kinds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from editorial.domain.initials import MAX_INITIALS
from editorial.domain.language import language_name, primary_subtag, region_subtag
from editorial.settings import AUTOSAVE_SECONDS, Option
from editorial.ui.dialogs.library_location_field import LibraryLocationField
from editorial.ui.shell.visible_buttons import VisibleCheckBox, VisibleChecksDelegate

INT_RANGE = (0, 1_000_000)
FONT_SIZES = (0, 72)  # 0: the system's size
NARROW = 160  # numbers and language tags need no more


class DictionaryList(QListWidget):
    """The installed spelling dictionaries, each checked when preferred; the value is
    the checked tags in the list's order (`en_GB,ru_RU`). A tag preferred but not
    installed here stays listed, checked, so it is not lost."""

    def __init__(self, installed: Sequence[str], value: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._installed = list(installed)
        self.setItemDelegate(VisibleChecksDelegate(self))  # ticks seen on a dark theme too
        self.set_value(value)

    def set_value(self, value: str) -> None:
        chosen = [tag.strip() for tag in value.replace(";", ",").split(",") if tag.strip()]
        self.clear()
        for tag in dict.fromkeys([*self._installed, *chosen]):
            item = QListWidgetItem(dictionary_title(tag), self)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in chosen else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)

    def value(self) -> str:
        checked = [
            str(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
        return ",".join(checked)


def dictionary_title(tag: str) -> str:
    """`English, GB (en_GB)`: the language by name in the window's language."""
    shown_in = primary_subtag(QLocale().name()) or "en"
    name = language_name(tag, shown_in)
    region = region_subtag(tag)
    return f"{name}, {region} ({tag})" if region else f"{name} ({tag})"


class FontFamilyChoice(QComboBox):
    """The system's font (value "") or one of the installed families."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("The system's font"), "")
        for family in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(family):
                self.addItem(family, family)
        self.setMaxVisibleItems(16)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_value(value)

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a family not installed here: listed so it is not lost
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


def make_editor(
    option: Option,
    value: Any,
    *,
    choices: Mapping[str, Sequence[tuple[str, str]]],
    suggestions: Mapping[str, Sequence[str]],
    dictionaries: Sequence[str],
    default_library: str,
    parent: QWidget,
) -> QWidget:
    """The widget that edits `option`, showing `value`."""
    key = option.key
    if key == "spelling_languages":
        return DictionaryList(dictionaries, str(value), parent)
    if key == "library_location":
        return LibraryLocationField(str(value), default_library, parent)
    if key == "editor_font":
        return FontFamilyChoice(str(value), parent)
    if key == "editor_font_size":
        size = QSpinBox(parent)
        size.setRange(*FONT_SIZES)
        system_size = QCoreApplication.translate("PreferencesDialog", "The system's size")
        size.setSpecialValueText(system_size)
        size.setSuffix(QCoreApplication.translate("PreferencesDialog", " pt"))
        size.setValue(int(value))
        size.setMaximumWidth(NARROW * 2)  # room for "The system's size" in Russian
        return size
    if key == "autosave_seconds":
        seconds = QDoubleSpinBox(parent)
        seconds.setRange(*AUTOSAVE_SECONDS)
        seconds.setDecimals(1)
        seconds.setSingleStep(0.5)
        seconds.setSuffix(QCoreApplication.translate("PreferencesDialog", " s"))
        seconds.setValue(float(value))
        seconds.setMaximumWidth(NARROW)
        return seconds
    if key in choices:
        combo = QComboBox(parent)
        for choice, label in choices[key]:
            combo.addItem(label, choice)
        show_value(combo, value)
        return combo
    if option.type is bool:
        check = VisibleCheckBox(parent)
        check.setChecked(bool(value))
        return check
    if option.type is int:
        spin = QSpinBox(parent)
        spin.setRange(*INT_RANGE)
        spin.setValue(int(value))
        spin.setMaximumWidth(NARROW)
        return spin
    if option.type is float:
        number = QDoubleSpinBox(parent)
        number.setRange(*INT_RANGE)
        number.setValue(float(value))
        number.setMaximumWidth(NARROW)
        return number
    if key in suggestions:
        editable = QComboBox(parent)
        editable.setEditable(True)
        editable.addItems(list(suggestions[key]))
        editable.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editable.setEditText(str(value))
        editable.setMaximumWidth(NARROW)
        return editable
    line = QLineEdit(str(value), parent)
    if key == "initials":
        line.setMaxLength(MAX_INITIALS)
        line.setMaximumWidth(NARROW)
    line.setCursorPosition(0)
    return line


def read_value(editor: QWidget, option: Option) -> Any:
    """The option's value as the widget shows it, of the option's type."""
    value: Any
    if isinstance(editor, DictionaryList):
        value = editor.value()
    elif isinstance(editor, LibraryLocationField):
        value = editor.location()
    elif isinstance(editor, QComboBox) and not editor.isEditable():
        data = editor.currentData()
        value = data if data is not None else editor.currentText().strip()
    elif isinstance(editor, QComboBox):
        value = editor.currentText().strip()
    elif isinstance(editor, QCheckBox):
        value = editor.isChecked()
    elif isinstance(editor, QSpinBox | QDoubleSpinBox):
        value = editor.value()
    else:
        assert isinstance(editor, QLineEdit)
        value = editor.text().strip()
    return option.type(value)


def show_value(editor: QWidget, value: Any) -> None:
    """Set the widget to show `value` (as the editor would choose it)."""
    if isinstance(editor, DictionaryList):
        editor.set_value(str(value))
    elif isinstance(editor, LibraryLocationField):
        editor.set_location(str(value))
    elif isinstance(editor, FontFamilyChoice):
        editor.set_value(str(value))
    elif isinstance(editor, QComboBox) and not editor.isEditable():
        index = editor.findData(value)
        if index < 0:  # a value no longer offered (a style removed): listed, not lost
            editor.addItem(str(value), value)
            index = editor.count() - 1
        editor.setCurrentIndex(index)
    elif isinstance(editor, QComboBox):
        editor.setEditText(str(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(value))
