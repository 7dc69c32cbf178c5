"""Find in the story: a bar under the editor that searches the headline, the lede and the
body in reading order (Enter next, Shift+Enter previous, Esc closes). Find & Replace
(Ctrl+H) shows a second row: Replace changes the match selected and moves to the next,
Replace All changes every match at once (one undo step in each field); a read-only field
is never changed.

Matches are found on the fields' plain text, case-insensitively, and selected in the field
that holds them; positions are converted to the UTF-16 offsets Qt counts in, so a story
with emoji or other characters beyond the BMP still selects the right words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editorial.ui.shell.theme import current_theme

SearchTarget = QLineEdit | QPlainTextEdit


def utf16_offset(text: str, index: int) -> int:
    """Qt's position for Python's index `index` into `text`."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def target_text(target: SearchTarget) -> str:
    return target.text() if isinstance(target, QLineEdit) else target.toPlainText()


def find_matches(texts: Sequence[str], needle: str) -> list[tuple[int, int, int]]:
    """Every (field, start, end) where `needle` occurs, ignoring case, in reading order."""
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [
        (field, match.start(), match.end())
        for field, text in enumerate(texts)
        for match in pattern.finditer(text)
    ]


def _replace_range(target: SearchTarget, first: int, last: int, text: str) -> None:
    """Put `text` in place of Qt positions first..last, as the editor's own edit (one
    undo step, announced as typing is)."""
    if isinstance(target, QLineEdit):
        target.setSelection(first, last - first)
        target.insert(text)
        return
    cursor = QTextCursor(target.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(text)
    cursor.endEditBlock()
    target.setTextCursor(cursor)


def _deselect(target: SearchTarget) -> None:
    if isinstance(target, QLineEdit):
        target.deselect()
    else:
        cursor = target.textCursor()
        cursor.clearSelection()
        target.setTextCursor(cursor)


class FindBar(QWidget):
    closed = Signal()

    def __init__(
        self, targets: Callable[[], Sequence[SearchTarget]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._targets = targets
        self._matches: list[tuple[int, int, int]] = []
        self._current: int | None = None
        self._marked: QPlainTextEdit | None = None
        self._selected: SearchTarget | None = None

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in story"))
        self.field.setAccessibleName(self.tr("find in story"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._needle_changed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        previous = self._button(
            "↑", self.tr("Previous match (Shift+Enter)"), lambda: self.find_next(True)
        )
        following = self._button("↓", self.tr("Next match (Enter)"), lambda: self.find_next(False))
        close = self._button("✕", self.tr("Close (Esc)"), self.close_bar)

        self.replacement = QLineEdit(self)
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.replacement.setAccessibleName(self.tr("replace with"))
        self.replacement.installEventFilter(self)
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_button.setToolTip(self.tr("Replace the selected match and find the next"))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self)
        self.replace_all_button.setToolTip(self.tr("Replace every match in the story"))
        self.replace_all_button.clicked.connect(self.replace_all)
        self.replace_row = QWidget(self)
        replace_layout = QHBoxLayout(self.replace_row)
        replace_layout.setContentsMargins(0, 0, 0, 0)
        replace_layout.setSpacing(4)
        replace_layout.addWidget(self.replacement, 1)
        replace_layout.addWidget(self.replace_button)
        replace_layout.addWidget(self.replace_all_button)
        self.replace_row.hide()

        find_row = QHBoxLayout()
        find_row.setSpacing(4)
        find_row.addWidget(self.field, 1)
        find_row.addWidget(self.count)
        find_row.addWidget(previous)
        find_row.addWidget(following)
        find_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_row)
        self.hide()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def open_bar(self, replace: bool = False) -> None:
        """Show the bar with the field focused; a selection in the story becomes the
        search text, as in most editors. `replace`: with the Replace row (Find & Replace);
        plain Find hides it."""
        selected = self._selected_text()
        self.replace_row.setVisible(replace)
        self.show()
        if selected:
            self.field.setText(selected)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(keep_position=True)

    def close_bar(self) -> None:
        self._unmark()
        self.hide()
        target = self._current_target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def find_next(self, backwards: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around; False when none."""
        self._search(keep_position=True)
        if not self._matches:
            return False
        if self._current is None:
            self._current = len(self._matches) - 1 if backwards else 0
        else:
            step = -1 if backwards else 1
            self._current = (self._current + step) % len(self._matches)
        self._select()
        return True

    def replace_current(self) -> bool:
        """Replace the current match (the first when none is) and select the next one;
        False when there was nothing to replace."""
        self._search(keep_position=True)
        if not self._matches:
            return False
        if self._current is None:
            self._current = 0
        field, start, end = self._matches[self._current]
        target = self._targets()[field]
        if target.isReadOnly():
            return self.find_next()
        text = target_text(target)
        first, last = utf16_offset(text, start), utf16_offset(text, end)
        _replace_range(target, first, last, self.replacement.text())
        # On from after the replacement (which may hold the text found: quake, earthquake).
        self._search(keep_position=False)
        after = (field, start + len(self.replacement.text()))
        later = [i for i, match in enumerate(self._matches) if (match[0], match[1]) >= after]
        self._current = later[0] if later else (0 if self._matches else None)
        if self._current is not None:
            self._select()
        else:
            self._unmark()
            self._show_count()
        return True

    def replace_all(self) -> int:
        """Replace every match in the fields that can be changed; returns how many."""
        needle, replacement = self.field.text(), self.replacement.text()
        if not needle:
            return 0
        self._unmark()
        replaced = 0
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        for target in self._targets():
            if target.isReadOnly():
                continue
            text = target_text(target)
            changed, count = pattern.subn(lambda _m: replacement, text)
            if count:
                _replace_range(target, 0, utf16_offset(text, len(text)), changed)
                replaced += count
        self._search(keep_position=False)
        self.count.setText(self.tr("%n replaced", "", replaced))
        return replaced

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.replacement and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.replace_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_next(backwards=shift)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _needle_changed(self) -> None:
        self._search(keep_position=True)
        if self._matches:
            if self._current is None:
                self._current = 0
            self._select()
        else:
            self._unmark()

    def _search(self, keep_position: bool) -> None:
        """Find the matches again (the story may have changed), staying at or after the
        match that was current."""
        previous = self._matches[self._current] if self._current is not None else None
        texts = [target_text(target) for target in self._targets()]
        self._matches = find_matches(texts, self.field.text())
        self._current = None
        if previous is not None and keep_position and self._matches:
            at = (previous[0], previous[1])
            later = [i for i, match in enumerate(self._matches) if (match[0], match[1]) >= at]
            self._current = later[0] if later else 0
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("No matches"))
        elif self._current is None:
            self.count.setText(self.tr("%n match(es)", "", len(self._matches)))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )

    def _select(self) -> None:
        if self._current is None:
            return
        field, start, end = self._matches[self._current]
        target = self._targets()[field]
        text = target_text(target)
        first, last = utf16_offset(text, start), utf16_offset(text, end)
        self._unmark()
        if self._selected is not None and self._selected is not target:
            _deselect(self._selected)  # one selected match at a time, across fields
        self._selected = target
        if isinstance(target, QLineEdit):
            target.setSelection(first, last - first)
        else:
            cursor = QTextCursor(target.document())
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            target.setTextCursor(cursor)
            target.ensureCursorVisible()
            self._mark(target, cursor)
        self._show_count()

    def _mark(self, target: QPlainTextEdit, cursor: QTextCursor) -> None:
        # The selection of a field without focus is drawn faintly; a marked match is
        # plain to see while the focus stays in the find field.
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(current_theme().colour("find-match"))
        selection.format = char_format
        target.setExtraSelections([selection])
        self._marked = target

    def _unmark(self) -> None:
        if self._marked is not None:
            self._marked.setExtraSelections([])
            self._marked = None

    def _current_target(self) -> SearchTarget | None:
        if self._current is None or self._current >= len(self._matches):
            return None
        targets = self._targets()
        field = self._matches[self._current][0]
        return targets[field] if field < len(targets) else None

    def _selected_text(self) -> str:
        for target in self._targets():
            if not target.hasFocus():
                continue
            if isinstance(target, QLineEdit):
                selected = target.selectedText()
            else:
                selected = target.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                return selected
        return ""
