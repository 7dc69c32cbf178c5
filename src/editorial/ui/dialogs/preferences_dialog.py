"""Edit ▸ Preferences: the declared options (`editorial.settings.OPTIONS`) on pages chosen
from a list (identity, house style, spelling, library, saving, appearance; see
`settings_pages.py`), each option's widget picked by its type or its own kind
(`settings_editors.py`).

An option the administrator locked in the system-wide settings is shown greyed out,
with a tooltip that says so, and is not returned by `values()`.

The dialog only edits values; keeping them is the caller's: the preferences service
writes the settings file and swaps the preferences in effect, on the database lane.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.initials import initials_of
from editorial.settings import OPTIONS
from editorial.ui.dialogs.settings_editors import make_editor, read_value, show_value
from editorial.ui.dialogs.settings_pages import LABELS, LOCKED_TIP, NOTES, Page, pages

CONTEXT = "PreferencesDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def note_label(text: str, parent: QWidget) -> QLabel:
    """A note under a field: wrapped, in the palette's quieter colour."""
    note = QLabel(text, parent)
    note.setObjectName("preferenceHint")
    note.setWordWrap(True)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a note, not a value
    return note


class PreferencesDialog(QDialog):
    """`choices`: option key → (value, label) pairs, the only values allowed (with a
    description per value in `descriptions`, shown under the list); `suggestions`: option
    key → values offered in an editable list; `locked`: options the administrator set;
    `dictionaries`: the spelling dictionaries installed (Enchant tags)."""

    def __init__(
        self,
        values: Mapping[str, Any],
        *,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        descriptions: Mapping[str, Mapping[str, str]] | None = None,
        suggestions: Mapping[str, Sequence[str]] | None = None,
        locked: Collection[str] = (),
        dictionaries: Sequence[str] = (),
        default_library: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._choices = {**self.fixed_choices(), **dict(choices or {})}
        self._descriptions = dict(descriptions or {})
        self._suggestions = dict(suggestions or {})
        self._dictionaries = list(dictionaries)
        self._default_library = default_library
        self.locked = frozenset(locked)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.page_of: dict[str, int] = {}

        self.page_list = QListWidget(self)
        self.page_list.setObjectName("settingsPages")
        self.page_list.setAccessibleName(self.tr("Pages of the preferences"))
        self.pages = QStackedWidget(self)
        for number, page in enumerate(pages()):
            self.page_list.addItem(_tr(page.title))
            self.pages.addWidget(self._page(page, number, values))
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._offer_initials()
        self.page_list.setCurrentRow(0)
        width = max(self.page_list.sizeHintForColumn(0), 100) + 24
        self.page_list.setFixedWidth(width)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.page_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(14)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(640, 440)  # room for a page; fits a 1024×700 screen
        self.resize(760, 520)

    def fixed_choices(self) -> dict[str, list[tuple[str, str]]]:
        """Choices the dialog knows itself: the colours, the window's language."""
        return {
            "theme": [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
            "interface_language": [
                ("system", self.tr("The system's")),
                ("en", self.tr("English")),
                ("ru", self.tr("Русский")),
            ]
        }

    def _page(self, page: Page, number: int, values: Mapping[str, Any]) -> QWidget:
        content = QWidget(self)
        content.setObjectName(f"{page.name}Page")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        heading = QLabel(_tr(page.title), content)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        column.addWidget(heading)
        if page.note:
            column.addWidget(note_label(_tr(page.note), content))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        for key in page.keys:
            option = OPTIONS[key]
            editor = make_editor(
                option,
                values.get(key, option.default),
                choices=self._choices,
                suggestions=self._suggestions,
                dictionaries=self._dictionaries,
                default_library=self._default_library,
                parent=content,
            )
            title = _tr(LABELS[key]) if key in LABELS else option.title
            label = QLabel(title, content)
            label.setBuddy(editor)
            editor.setAccessibleName(title.replace("&", "").rstrip(":"))
            editor.setAccessibleDescription(option.title)
            self.editors[key], self.labels[key], self.page_of[key] = editor, label, number
            form.addRow(label, editor)
            note = NOTES.get(key)
            if key in self._descriptions or note:
                hint = note_label(_tr(note) if note else "", content)
                self.hints[key] = hint
                form.addRow("", hint)
            if key in self._descriptions:
                editor.currentIndexChanged.connect(  # type: ignore[attr-defined]
                    lambda _i, key=key: self._show_description(key)
                )
                self._show_description(key)
            if key in self.locked:
                self._lock(key)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea(self)  # a long page (or large text) scrolls, never clips
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _offer_initials(self) -> None:
        """The initials field shows, greyed, those made from the name as it is typed."""
        name, initials = self.editors.get("editor_name"), self.editors.get("initials")
        if isinstance(name, QLineEdit) and isinstance(initials, QLineEdit):
            follow_name(name, initials)

    def _lock(self, key: str) -> None:
        tip = _tr(LOCKED_TIP)
        for widget in (self.editors[key], self.labels[key]):
            widget.setEnabled(False)
            widget.setToolTip(tip)
        self.editors[key].setAccessibleDescription(tip)

    def show_page(self, name: str) -> None:
        for number, page in enumerate(pages()):
            if page.name == name:
                self.page_list.setCurrentRow(number)

    def values(self) -> dict[str, Any]:
        """Every option's value as the dialog shows it, of the option's type; locked
        options are left out (they keep the administrator's value)."""
        return {
            key: read_value(editor, OPTIONS[key])
            for key, editor in self.editors.items()
            if key not in self.locked
        }

    def choose(self, key: str, value: Any) -> None:
        """Set an option's widget to `value` (as the editor would)."""
        show_value(self.editors[key], value)

    def _show_description(self, key: str) -> None:
        hint = self.hints.get(key)
        editor = self.editors.get(key)
        if hint is None or editor is None:
            return
        chosen = str(editor.currentData())  # type: ignore[attr-defined]
        description = self._descriptions.get(key, {}).get(chosen, "")
        hint.setText(description)
        hint.setVisible(bool(description))  # no empty row under a style with none


def follow_name(name: QLineEdit, initials: QLineEdit) -> None:
    """`initials` left empty shows those made from `name` as its placeholder."""

    def made(text: str) -> None:
        initials.setPlaceholderText(initials_of(text))

    name.textChanged.connect(made)
    made(name.text())
