"""Fields whose pastes pass through a hook: the body, lede and note of the story editor
(plain text) and its one-line fields, whose hooks (in `web_copy_paste.py`) refuse a paste
larger than a story, make it one line, or read pasted web copy. Kept apart from the
hooks so that the editor, which makes these fields, and the hooks, which are given the
editor, need not import each other."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget


class PasteHook(Protocol):
    def before_paste(self, text: str) -> bool:
        """False refuses the paste."""
        ...

    def after_paste(self, text: str, html: str = "") -> None:
        """`html`: the clipboard's HTML of the same paste, when it has one (a browser's
        copy of a page does)."""
        ...


class PasteHookTextEdit(QPlainTextEdit):
    """A plain-text editor (body, lede, note) whose pastes and drops of text pass
    through a hook (`paste_hook`) that may refuse them or act on them afterwards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paste_hook: PasteHook | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:
        hook = self.paste_hook
        text = source.text() if hook is not None and source.hasText() else ""
        if hook is not None and not hook.before_paste(text):
            return
        super().insertFromMimeData(source)
        if hook is not None:
            hook.after_paste(text, source.html() if source.hasHtml() else "")


class PasteHookLineEdit(QLineEdit):
    """A one-line field (headline, slug, bylines, dateline parts…) whose pastes pass
    through a hook too: Ctrl+V, the Edit menu's Paste (through `paste`), the context
    menu's Paste and a drop of text. The hook's `line_paste` says what to insert: the
    text made one line, cut when too long, or nothing (the paste went elsewhere)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paste_hook: LinePasteHook | None = None

    def paste(self) -> None:
        """QLineEdit's paste, through the hook."""
        if self.isReadOnly():
            return
        source = QGuiApplication.clipboard().mimeData()
        if source is None or not source.hasText():
            return
        self._paste_text(source.text(), source.html() if source.hasHtml() else "")

    def _paste_text(self, text: str, html: str) -> None:
        hook = self.paste_hook
        if hook is None:
            self.insert(" ".join(text.split()) if "\n" in text else text)
            return
        inserted = hook.line_paste(self, text, html)
        if inserted:
            self.insert(inserted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        super().keyPressEvent(event)

    def createStandardContextMenu(self) -> QMenu:
        menu = super().createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":  # Qt's name for the menu's Paste
                action.triggered.disconnect()
                action.triggered.connect(lambda _checked=False: self.paste())
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.mimeData()
        if self.paste_hook is None or self.isReadOnly() or not source.hasText():
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
        self._paste_text(source.text(), source.html() if source.hasHtml() else "")


class LinePasteHook(Protocol):
    def line_paste(self, line: QLineEdit, text: str, html: str) -> str:
        """What to insert in `line` for this paste ("" for nothing)."""
        ...
