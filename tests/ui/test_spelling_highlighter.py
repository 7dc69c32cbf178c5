"""The underline painters on their own widgets: a QPlainTextEdit's highlighter and the
QLineEdit's input-method formats, and how both follow typing."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field, Finding, Severity
from editorial.ui.checks.spelling_highlighter import (
    FindingsHighlighter,
    LineEditUnderlines,
    underline_format,
)
from editorial.ui.checks.text_spans import Span
from editorial.ui.shell.theme import LIGHT
from tests.ui.checks_helpers import block_underlines

Wave = QTextCharFormat.UnderlineStyle.WaveUnderline


def span(
    start: int, end: int, code: str = "spelling", severity: Severity = Severity.WARNING
) -> Span:
    return Span(start, end, Finding(code, severity, "m", Field.BODY, start, end, 1, 1))


def test_formats_by_kind_of_finding(qapp: object) -> None:
    spelling = underline_format(span(0, 1).finding)
    style = underline_format(span(0, 1, "style.word").finding)
    other = underline_format(span(0, 1, "structure.double-space", Severity.INFO).finding)
    assert spelling.underlineStyle() == Wave
    assert spelling.underlineColor() == LIGHT.colour("spelling")
    assert style.underlineStyle() == Wave and style.underlineColor() == LIGHT.colour("style")
    assert other.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert other.underlineColor() == LIGHT.colour("muted")  # the light theme's colours


def test_the_highlighter_underlines_spans_across_blocks_and_follows_edits(
    qapp: object, qtbot: QtBot
) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Hello wrold\n\nsecond teh para")
    highlighter = FindingsHighlighter(edit.document())
    highlighter.set_spans([span(6, 11), span(20, 23)])
    qtbot.wait(20)  # Qt's first full pass over a newly attached document is deferred
    assert [(b, s, n) for b, s, n, _ in block_underlines(edit)] == [(0, 6, 5), (2, 7, 3)]

    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Oh ")  # drawn at once where the word now is
    assert [(b, s, n) for b, s, n, _ in block_underlines(edit)] == [(0, 9, 5), (2, 7, 3)]
    cursor.setPosition(11)
    cursor.insertText("x")  # inside "wrold": that underline goes
    assert [(b, s, n) for b, s, n, _ in block_underlines(edit)] == [(2, 7, 3)]
    assert [(s.start, s.end) for s in highlighter.spans] == [(24, 27)]

    highlighter.set_spans([])
    assert block_underlines(edit) == []


def test_the_line_edit_underlines_keep_cursor_selection_and_undo(
    qapp: object, qtbot: QtBot
) -> None:
    line = QLineEdit("Talks to resme in Ankara")
    qtbot.addWidget(line)
    line.show()
    line.setSelection(0, 5)
    undo_before = line.isUndoAvailable()
    edited: list[str] = []
    line.textEdited.connect(edited.append)
    underlines = LineEditUnderlines(line)
    underlines.set_spans([span(9, 14)])
    assert [(start, end) for start, end, _ in underlines.applied] == [(9, 14)]
    assert line.selectedText() == "Talks" and line.isUndoAvailable() == undo_before
    assert line.text() == "Talks to resme in Ankara" and edited == []

    line.setCursorPosition(0)
    line.insert("New ")
    assert [(s.start, s.end) for s in underlines.spans] == [(13, 18)]
    assert [(start, end) for start, end, _ in underlines.applied] == [(13, 18)]
    line.setCursorPosition(15)
    line.insert("u")  # typed into the word: no underline until the next check
    assert underlines.spans == [] and underlines.applied == []


def test_a_read_only_line_draws_nothing_and_composing_is_not_interrupted(
    qapp: object, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    line = QLineEdit("resme")
    qtbot.addWidget(line)
    line.setReadOnly(True)
    underlines = LineEditUnderlines(line)
    underlines.set_spans([span(0, 5)])
    assert underlines.applied == []

    line.setReadOnly(False)
    QCoreApplication.sendEvent(line, QInputMethodEvent("にほ", []))  # an IME is composing
    underlines.set_spans([span(0, 5)])
    assert underlines.applied == []  # left alone until the composition ends
    QCoreApplication.sendEvent(line, QInputMethodEvent("", []))
    underlines.set_spans([span(0, 5)])
    assert [(s, e) for s, e, _ in underlines.applied] == [(0, 5)]


def test_whole_document_replacements_drop_every_underline(qapp: object, qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("teh one")
    highlighter = FindingsHighlighter(edit.document())
    highlighter.set_spans([span(0, 3)])
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("fresh text")
    assert highlighter.spans == []
