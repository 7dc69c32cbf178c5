"""The story's language by name: "English · en", "Русский · ru", "العربية · ar".

Each language is listed under its own name (as a reader of it calls it, from CLDR through
Babel) with its BCP 47 tag, which is what the story keeps. Typing a tag (`en-GB`, `sr-Latn`)
still works, and so does picking or typing a listed name.

A label longer than the field ("English (United Kingdom) · en-GB") shows its start, the
name, whenever the editor is not typing in it: a line edit scrolls to its cursor, which
a text set or picked leaves at the end, so the field would show "Kingdom) · en-GB" or,
narrower still, the bare tag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from editorial.domain.language import COMMON_LANGUAGES

SEPARATOR = " · "
_TRAILING_TAG = re.compile(r"(?:·|\()\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*\)?\s*$")


@lru_cache(maxsize=256)
def native_name(tag: str) -> str:
    """The language's name in itself (`Русский` for `ru`, `English (United Kingdom)` for
    `en-GB`); "" when CLDR does not know the tag."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(tag.strip(), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    name = locale.get_display_name(locale) or ""
    return name[:1].upper() + name[1:]


def language_label(tag: str) -> str:
    """`Русский · ru`; the tag alone when it has no known name."""
    tag = tag.strip()
    name = native_name(tag) if tag else ""
    return f"{name}{SEPARATOR}{tag}" if name else tag


def tag_of(text: str) -> str:
    """The tag in what the field shows or was typed: a label's tag, a listed name's tag,
    or the text itself (a typed tag)."""
    text = text.strip()
    found = _TRAILING_TAG.search(text)
    if found and (SEPARATOR.strip() in text or "(" in text):
        return found.group(1)
    folded = text.casefold()
    for tag in COMMON_LANGUAGES:
        if native_name(tag).casefold() == folded:
            return tag
    return text


class LanguageField(QComboBox):
    """An editable list of languages by name. `tag_changed(tag)` on every change of the
    text, with the tag it stands for."""

    tag_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The names come from Babel's CLDR data, which the first paint of the window does
        # not wait for: the list is filled when first needed (a story shown, the popup
        # opened, the field focused).
        self._listed = False
        self.setMinimumContentsLength(10)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "ru" finds "Русский · ru"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.editTextChanged.connect(lambda text: self.tag_changed.emit(tag_of(text)))
        # A language picked from the list (or the completer's) shows by its name too.
        self.textActivated.connect(lambda _text: self.show_start(picked=True))
        completer.activated.connect(lambda _text: self.show_start(picked=True))

    def list_languages(self) -> None:
        if self._listed:
            return
        self._listed = True
        text = self.currentText()
        blocked = self.blockSignals(True)  # filling the list is not an edit
        for tag in COMMON_LANGUAGES:
            self.addItem(language_label(tag), tag)
        self.setEditText(text)
        self.blockSignals(blocked)
        self.show_start()

    def showPopup(self) -> None:
        self.list_languages()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.list_languages()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.show_start()

    def set_tag(self, tag: str) -> None:
        """Show this tag by its name ("" empties the field)."""
        if tag:
            self.list_languages()
        self.setEditText(language_label(tag) if tag else "")
        self.show_start(picked=True)  # the window's choice, not the editor's typing

    def show_start(self, *, picked: bool = False) -> None:
        """Scroll the text back to its start, the language's name (not while the
        editor types in it)."""
        line = self.lineEdit()
        if line is not None and (picked or not line.hasFocus()):
            line.setCursorPosition(0)

    def tag(self) -> str:
        return tag_of(self.currentText())
