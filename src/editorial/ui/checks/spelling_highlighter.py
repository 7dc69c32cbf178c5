"""Underlines under what the checks found: misspellings in red waves, house style in blue
waves, anything else (double spaces, doubled words, an unbalanced quote) a quiet dotted
line.

`FindingsHighlighter` serves the lede and the body (QPlainTextEdit documents);
`LineEditUnderlines` the one-line headline, which has no document: a QLineEdit draws the
formats of an input-method event, so the underlines are handed over that way (as
spell-checking line edits commonly do).

Both keep their spans in step with typing (`text_spans.shift_spans`), so an underline
stays on its word between one check and the next and vanishes from a word being edited.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit

from editorial.domain.findings import Finding, Severity
from editorial.ui.checks.text_spans import Span, shift_spans, text_edit
from editorial.ui.shell.theme import current_theme

# The theme's colour (ui/shell/theme.py) of each kind of underline.
NOTE_COLOURS = {
    Severity.ERROR: "spelling",
    Severity.WARNING: "severity-warning",
    Severity.INFO: "muted",
}
REHIGHLIGHT_ALL_ABOVE = 150  # changed blocks beyond which one full pass is cheaper

Underline = QTextCharFormat.UnderlineStyle
SHORT_SPAN = 2  # characters: a line under one is a few pixels, so it is tinted too
SHORT_SPAN_ALPHA = 70


def underline_format(finding: Finding, length: int | None = None) -> QTextCharFormat:
    """How a finding is drawn under its words; a span of `length` SHORT_SPAN or fewer
    characters (a stray period, a double space) also gets a tint of the line's colour."""
    fmt = QTextCharFormat()
    theme = current_theme()
    if finding.code == "spelling":
        fmt.setUnderlineStyle(Underline.WaveUnderline)
        fmt.setUnderlineColor(theme.colour("spelling"))
    elif finding.code.startswith("style."):
        fmt.setUnderlineStyle(Underline.WaveUnderline)
        fmt.setUnderlineColor(theme.colour("style"))
    else:
        fmt.setUnderlineStyle(Underline.DotLine)
        fmt.setUnderlineColor(theme.colour(NOTE_COLOURS[finding.severity]))
    if length is not None and length <= SHORT_SPAN:
        tint = QColor(fmt.underlineColor())
        tint.setAlpha(SHORT_SPAN_ALPHA)
        fmt.setBackground(tint)
        fmt.setUnderlineStyle(Underline.SingleUnderline)
    fmt.setToolTip(finding.message)
    return fmt


class FindingsHighlighter(QSyntaxHighlighter):
    """Underlines the spans of one document. Positions are the document's (UTF-16)."""

    def __init__(self, document: QTextDocument) -> None:
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._longest = 0
        super().__init__(document)
        # Ours must hear of an edit before QSyntaxHighlighter's own handler redraws the
        # edited block, or that block is underlined at the old positions: so the
        # document is detached, ours connected, and the document attached again.
        self.setDocument(None)
        document.contentsChange.connect(self._follow_edit)
        self.setDocument(document)

    @property
    def spans(self) -> list[Span]:
        return list(self._spans)

    def set_spans(self, spans: list[Span]) -> None:
        """Show these spans; only the blocks whose underlines change are redrawn."""
        old, new = set(self._spans), set(spans)
        self._store(spans)
        changed = old ^ new
        document = self.document()
        if document is None or not changed:
            return
        blocks: dict[int, QTextBlock] = {}
        for span in changed:
            block = document.findBlock(span.start)
            while block.isValid() and block.position() < max(span.end, span.start + 1):
                blocks[block.blockNumber()] = block
                block = block.next()
            if len(blocks) > REHIGHLIGHT_ALL_ABOVE:
                self.rehighlight()
                return
        for block in blocks.values():
            self.rehighlightBlock(block)

    def remove(self, keep: object) -> None:
        """Drop the spans for which `keep(span)` is false (a word added or ignored)."""
        self.set_spans([span for span in self._spans if keep(span)])  # type: ignore[operator]

    def _store(self, spans: list[Span]) -> None:
        self._spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._starts = [span.start for span in self._spans]
        self._longest = max((span.end - span.start for span in self._spans), default=0)

    def _follow_edit(self, position: int, removed: int, added: int) -> None:
        if not self._spans:
            return
        document = self.document()
        inserted = ""
        if document is not None and 0 < added <= 8:
            inserted = "".join(document.characterAt(position + i) for i in range(added))
        self._store(shift_spans(self._spans, position, removed, added, inserted))

    def highlightBlock(self, text: str) -> None:
        if not self._spans:
            return
        block = self.currentBlock()
        first, length = block.position(), block.length() - 1
        index = bisect.bisect_left(self._starts, first - self._longest)
        while index < len(self._spans) and self._spans[index].start < first + length:
            span = self._spans[index]
            index += 1
            start, end = max(span.start, first), min(span.end, first + length)
            if end > start:
                self.setFormat(
                    start - first,
                    end - start,
                    underline_format(span.finding, span.end - span.start),
                )


class LineEditUnderlines(QObject):
    """Underlines in a QLineEdit. Its text layout draws the formats of the last
    input-method event it was sent; an event with no text changes nothing but them.
    While the editor is composing with an input method, nothing is sent (it would end
    the composition)."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self._line = line
        self._spans: list[Span] = []
        self._text = line.text()
        self._composing = False
        self._sending = False
        self.applied: list[tuple[int, int, QTextCharFormat]] = []  # what the line draws
        line.textChanged.connect(self._follow_edit)
        line.installEventFilter(self)

    @property
    def spans(self) -> list[Span]:
        return list(self._spans)

    def set_spans(self, spans: list[Span]) -> None:
        self._spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._text = self._line.text()
        self._apply()

    def remove(self, keep: object) -> None:
        self.set_spans([span for span in self._spans if keep(span)])  # type: ignore[operator]

    def _follow_edit(self, text: str) -> None:
        position, removed, added, inserted = text_edit(self._text, text)
        self._text = text
        if self._spans or self.applied:
            self._spans = shift_spans(self._spans, position, removed, added, inserted)
            self._apply()

    def _apply(self) -> None:
        if self._composing:
            return
        cursor = self._line.cursorPosition()
        formats = [
            (span.start, span.end, underline_format(span.finding, span.end - span.start))
            for span in self._spans
        ]
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, fmt
            )
            for start, end, fmt in formats
        ]
        self._sending = True
        try:
            QCoreApplication.sendEvent(self._line, QInputMethodEvent("", attributes))
        finally:
            self._sending = False
        # A read-only line refuses input-method events: then it draws nothing.
        self.applied = [] if self._line.isReadOnly() else formats

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._line
            and event.type() == QEvent.Type.InputMethod
            and not self._sending
            and isinstance(event, QInputMethodEvent)
        ):
            self._composing = bool(event.preeditString())
        return False
