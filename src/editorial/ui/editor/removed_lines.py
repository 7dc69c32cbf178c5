"""Putting back what the reader of a paste left out: each line of "Removed from the page"
goes back into the body, after the paragraph it followed on the page, as one step on the
body's undo stack. Ctrl+Z takes it out again and the line is listed again; Ctrl+Shift+Z
puts it back and it leaves the list. The list belongs to the story it was read for: it
is emptied when another story is shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from editorial.domain.removed_copy import RemovedLine
from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel

if TYPE_CHECKING:
    from editorial.ui.editor.story_editor import StoryEditor

_BREAK = "\n\n"


class RemovedLines(QObject):
    """Drives the panel over the editor's body."""

    def __init__(self, editor: StoryEditor, panel: RemovedLinesPanel) -> None:
        super().__init__(panel)
        self._editor = editor
        self._panel = panel
        self._story_id: int | None = None
        self._lines: tuple[RemovedLine, ...] = ()
        self._put_back: set[int] = set()  # lines put back at least once
        self._expected: tuple[int, tuple[RemovedLine, ...]] | None = None
        panel.restore_requested.connect(self.put_back)
        editor.body.textChanged.connect(self._body_changed)

    @property
    def lines(self) -> tuple[RemovedLine, ...]:
        return self._lines

    def show(self, story_id: int | None, lines: Sequence[RemovedLine]) -> None:
        self._story_id = story_id
        self._lines = tuple(lines)
        self._put_back = set()
        self._panel.show_lines(self._lines)

    def expect(self, story_id: int, lines: Sequence[RemovedLine]) -> None:
        """List `lines` once story `story_id` is shown (an imported story, opening)."""
        self._expected = (story_id, tuple(lines))
        if self._editor.story_id == story_id and not self._editor.is_loading:
            self._show_expected()

    def _show_expected(self) -> None:
        if self._expected is not None:
            story_id, lines = self._expected
            self._expected = None
            self.show(story_id, lines)

    def set_shown(self, shown: bool) -> None:
        """Hide the list while the reading itself is undone; show it when redone."""
        self._panel.setVisible(shown and bool(self._lines))

    def clear(self) -> None:
        self.show(None, ())

    def put_back(self, index: int) -> None:
        """Insert line `index` into the body where it stood, as one undoable step."""
        if not 0 <= index < len(self._lines) or self._editor.body.isReadOnly():
            return
        line = self._lines[index]
        body = self._editor.body
        text = body.toPlainText()
        position, insert = _insertion(text, line)
        cursor = QTextCursor(body.document())
        cursor.setPosition(position)
        cursor.beginEditBlock()
        cursor.insertText(insert)
        cursor.endEditBlock()
        self._put_back.add(index)
        self._panel.set_put_back(index, True)

    def _body_changed(self) -> None:
        editor = self._editor
        if self._expected is not None and editor.story_id == self._expected[0]:
            self._show_expected()
            return
        if not self._lines:
            return
        if editor.story_id != self._story_id:
            self.clear()
            return
        if not self._put_back:
            return
        paragraphs = _paragraph_counts(editor.body.toPlainText())
        for index in sorted(self._put_back):
            self._panel.set_put_back(index, paragraphs.get(self._lines[index].restored, 0) > 0)


def _insertion(text: str, line: RemovedLine) -> tuple[int, str]:
    """(position, text to insert) to put `line` back after the paragraph it followed:
    at the start of the body when it stood before it, at the end when that paragraph
    is no longer there."""
    paragraph = line.restored
    if not text.strip():
        return 0, paragraph
    if not line.after:
        return 0, paragraph + _BREAK
    start = 0
    while (found := text.find(line.after, start)) >= 0:
        end = found + len(line.after)
        at_start = found == 0 or text[found - 1] == "\n"
        at_end = end == len(text) or text[end] == "\n"
        if at_start and at_end:
            return end, _BREAK + paragraph
        start = found + 1
    return len(text.rstrip("\n")), _BREAK + paragraph


def _paragraph_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for paragraph in text.split(_BREAK):
        stripped = paragraph.strip("\n")
        counts[stripped] = counts.get(stripped, 0) + 1
    return counts
