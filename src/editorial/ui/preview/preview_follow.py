"""The preview follows the part being edited: a short pause after the cursor moves in
the headline, the lede or the body, the preview scrolls to the paragraph it is in.

The paragraph is found on the page by its first words (Markdown marks and link targets
left out), so a rendering with a dateline before it, emphasis or links still matches;
a paragraph the page does not show (yet) leaves the page where it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.preview.preview import PreviewPane

FOLLOW_MS = 300
WORDS = (6, 3)  # how many of a paragraph's first words are looked for, in turn
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_MARKS = re.compile(r"[*_`#>\[\]|~]+|^\s*(?:[-+]|\d+\.)\s+", re.MULTILINE)


def paragraph_at(text: str, position: int) -> str:
    """The blank-line separated paragraph of `text` holding `position`."""
    position = max(0, min(position, len(text)))
    start = text.rfind("\n\n", 0, position)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", position)
    return text[start : len(text) if end < 0 else end].strip()


def plain_words(markdown: str) -> list[str]:
    """The words a paragraph shows once rendered: no marks, no link targets."""
    return _MARKS.sub(" ", _LINK_TARGET.sub("]", markdown)).split()


class PreviewFollower(QObject):
    """Scrolls `preview` to what the cursor is in, FOLLOW_MS after it stops moving."""

    def __init__(self, editor: StoryEditor, preview: PreviewPane) -> None:
        super().__init__(preview)
        self._editor = editor
        self._preview = preview
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)
        self._followed = False
        editor.headline.cursorPositionChanged.connect(self._moved)
        editor.lede.cursorPositionChanged.connect(self._moved)
        editor.body.cursorPositionChanged.connect(self._moved)
        # A new rendering of what is being typed: follow it to the paragraph again.
        preview.rendered.connect(lambda _html: self._timer.start() if self._followed else None)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _moved(self) -> None:
        if not self._editor.is_loading:
            self._timer.start()

    def follow(self) -> bool:
        """Scroll the preview to the part with the cursor now; False when there was
        nothing to follow (no field being edited, or not on the page)."""
        editor = self._editor
        if editor.headline.hasFocus():
            self._preview.scroll_to_top()
            self._followed = True
            return True
        for field in (editor.lede, editor.body):
            if field.hasFocus():
                text = field.toPlainText()
                position = field.textCursor().position()
                self._followed = self._scroll_to(paragraph_at(text, position))
                return self._followed
        self._followed = False
        return False

    def _scroll_to(self, paragraph: str) -> bool:
        words = plain_words(paragraph)
        for count in WORDS:
            if len(words) >= count and self._preview.scroll_to_text(" ".join(words[:count])):
                return True
        return False
