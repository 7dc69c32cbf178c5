"""A plain-text field whose pastes pass through a hook: the body, lede and note of the
story editor, whose hooks (in `web_copy_paste.py`) refuse a paste larger than a story or
read pasted web copy. Kept apart from the hooks so that the editor, which makes these
fields, and the hooks, which are given the editor, need not import each other."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit, QWidget


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
