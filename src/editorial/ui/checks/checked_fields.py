"""The three checked fields (headline, lede, body) behind one small interface, so the
checks controller treats a QLineEdit and a QPlainTextEdit alike: their text, their
underlines, selecting a span, replacing it (one undo step), and the position under a
point. Positions are the widget's own, in UTF-16 units.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from editorial.domain.findings import Field
from editorial.ui.checks.spelling_highlighter import FindingsHighlighter, LineEditUnderlines
from editorial.ui.checks.text_spans import Span, Utf16Map, leading_trim, span_at, spans_for_field


class CheckedField:
    """One field: `widget` takes the focus and the keys, `area` the mouse (the viewport of
    a text edit)."""

    field: Field
    trimmed: bool  # the story holds this field stripped
    widget: QWidget
    area: QWidget

    def text(self) -> str:
        raise NotImplementedError

    @property
    def spans(self) -> list[Span]:
        raise NotImplementedError

    def set_spans(self, spans: list[Span]) -> None:
        raise NotImplementedError

    def select(self, start: int, end: int) -> None:
        raise NotImplementedError

    def replace(self, start: int, end: int, text: str) -> None:
        raise NotImplementedError

    def position_at(self, point: QPoint) -> int:
        """The cursor position nearest to a point in `area`."""
        raise NotImplementedError

    def cursor_position(self) -> int:
        raise NotImplementedError

    def is_read_only(self) -> bool:
        raise NotImplementedError

    # Shared

    def show_findings(self, findings: object) -> None:
        self.set_spans(
            spans_for_field(findings, self.field, self.text(), trimmed=self.trimmed)  # type: ignore[arg-type]
        )

    def span_at(self, position: int) -> Span | None:
        return span_at(self.spans, position)

    def span_text(self, span: Span) -> str:
        units = Utf16Map(text := self.text())
        return text[units.from_utf16(span.start) : units.from_utf16(span.end)]

    def remove_spans(self, drop: Callable[[Span], bool]) -> None:
        kept = [span for span in self.spans if not drop(span)]
        if len(kept) != len(self.spans):
            self.set_spans(kept)

    def story_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the story's text (Python indices) → positions in this widget."""
        text = self.text()
        shift = leading_trim(text) if self.trimmed else 0
        units = Utf16Map(text)
        first = min(start + shift, len(text))
        last = min(max(end + shift, first), len(text))
        return units.to_utf16(first), units.to_utf16(last)


class PlainTextField(CheckedField):
    def __init__(self, field: Field, edit: QPlainTextEdit, *, trimmed: bool) -> None:
        self.field = field
        self.trimmed = trimmed
        self.widget = self.edit = edit
        self.area = edit.viewport()
        self.highlighter = FindingsHighlighter(edit.document())

    def text(self) -> str:
        return self.edit.toPlainText()

    @property
    def spans(self) -> list[Span]:
        return self.highlighter.spans

    def set_spans(self, spans: list[Span]) -> None:
        self.highlighter.set_spans(spans)

    def select(self, start: int, end: int) -> None:
        cursor = self.edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()

    def replace(self, start: int, end: int, text: str) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)

    def position_at(self, point: QPoint) -> int:
        return self.edit.cursorForPosition(point).position()

    def cursor_position(self) -> int:
        return self.edit.textCursor().position()

    def is_read_only(self) -> bool:
        return self.edit.isReadOnly()


class LineField(CheckedField):
    def __init__(self, field: Field, line: QLineEdit, *, trimmed: bool) -> None:
        self.field = field
        self.trimmed = trimmed
        self.widget = self.area = self.line = line
        self.underlines = LineEditUnderlines(line)

    def text(self) -> str:
        return self.line.text()

    @property
    def spans(self) -> list[Span]:
        return self.underlines.spans

    def set_spans(self, spans: list[Span]) -> None:
        self.underlines.set_spans(spans)

    def select(self, start: int, end: int) -> None:
        self.line.setSelection(start, end - start)

    def replace(self, start: int, end: int, text: str) -> None:
        # insert() over a selection is one undo step and emits textEdited, as typing does.
        self.line.setSelection(start, end - start)
        self.line.insert(text)

    def position_at(self, point: QPoint) -> int:
        return self.line.cursorPositionAt(point)

    def cursor_position(self) -> int:
        return self.line.cursorPosition()

    def is_read_only(self) -> bool:
        return self.line.isReadOnly()
