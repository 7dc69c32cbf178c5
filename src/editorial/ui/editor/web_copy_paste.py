"""Pasting a page from a news site into an empty story gives a structured story.

The paste goes into the body as it is, at once (as plain text); the reading service then
reads it off the GUI thread, by the clipboard's HTML when it has some (the article found
by the page's markup), and, when it found a story (a headline or a lede), fills the
headline, dateline, bylines and lede and puts the story's own text in the body, as one
more step on the body's undo stack. Ctrl+Z takes that step back: the other fields are
emptied again and the body holds the raw paste; a second Ctrl+Z removes the paste (the
story is empty again), and Ctrl+Shift+Z reads it again. Every line the reading left out
is listed beside the story ("Removed from the page", `removed_lines.py`), each one click
from coming back.

A paste larger than any story (`MAX_WEB_COPY_CHARS`: a page dump, a file) is refused
with a message before any of it reaches the editor: it is still on the clipboard.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from editorial.domain.language import primary_subtag
from editorial.domain.story import HEADLINE_MAX_CHARS
from editorial.ui.editor.paste_hook_edit import PasteHook, PasteHookTextEdit
from editorial.ui.editor.removed_lines import RemovedLines
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.domain.dateline import Dateline
    from editorial.domain.removed_copy import StoryReading
    from editorial.domain.story import Story
    from editorial.services.reading import ReadingService
    from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.shell.tasks import TaskRunner

__all__ = ["PasteHook", "PasteHookTextEdit", "PasteSizeGuard", "StructuredPaste"]

MIN_WEB_COPY_LINES = 3  # a headline, a lede, a paragraph: fewer is just text
LINE_PASTE_MAX = HEADLINE_MAX_CHARS  # characters pasted into a one-line field: any headline
_LINE = re.compile(r"\S[^\n]*")


def paste_limit() -> int:
    # Read where it is needed: the reader's formats package costs start-up time.
    from editorial.services.reading import web_copy_limit

    return web_copy_limit()


def too_long_message(length: int) -> str:
    return QCoreApplication.translate(
        "StructuredPaste",
        "Not pasted: the text is {length} characters long, and a story is at most {limit}. "
        "It may be a whole page or a file; the text is still on the clipboard, and "
        "File ▸ Import… reads files.",
    ).format(length=f"{length:,}", limit=f"{paste_limit():,}")


class PasteSizeGuard:
    """The hook of a field with no smart paste: only refuses a paste larger than a story."""

    def __init__(self, notify: Callable[[str, bool], None]) -> None:
        self._notify = notify

    def before_paste(self, text: str) -> bool:
        if len(text) > paste_limit():
            self._notify(too_long_message(len(text)), True)
            return False
        return True

    def after_paste(self, text: str, html: str = "") -> None:
        pass


def one_line(text: str) -> str:
    """Pasted text for a one-line field: every run of whitespace (newlines too) one space."""
    return " ".join(text.split())


class _FieldPaste:
    """The hook of the lede and the note: web copy pasted into an empty story is read as
    the body's paste is (it goes to the body, whose reading fills this field); anything
    else is refused only when larger than a story."""

    def __init__(self, smart: StructuredPaste, notify: Callable[[str, bool], None]) -> None:
        self._smart = smart
        self._guard = PasteSizeGuard(notify)

    def before_paste(self, text: str) -> bool:
        if not self._guard.before_paste(text):
            return False
        return not self._smart.redirect_to_body(text, "")

    def after_paste(self, text: str, html: str = "") -> None:
        pass


def looks_like_web_copy(text: str) -> bool:
    """Several non-empty lines: what copying a page gives (one line is just text)."""
    lines = _LINE.finditer(text)
    return all(next(lines, None) is not None for _ in range(MIN_WEB_COPY_LINES))


@dataclass
class _Reading:
    """A structured paste applied to the editor, and how to take it back."""

    story_id: int | None
    before: Story  # the fields before the reading
    after: Story  # the fields the reading gave
    after_body: str
    undo_mark: int  # the body's undo steps once the reading was applied
    undone: bool = False


class StructuredPaste(QObject):
    """Reads web copy pasted into an empty story's body (see the module's docstring)
    with the desk's reading service."""

    def __init__(
        self,
        editor: StoryEditor,
        runner: TaskRunner,
        reader: ReadingService,
        notify: Callable[[str, bool], None],
        removed_panel: RemovedLinesPanel | None = None,
    ) -> None:
        """`notify(message, is_warning)` tells the editor what happened; `removed_panel`
        lists what a reading left out."""
        super().__init__(editor)
        self.removed = RemovedLines(editor, removed_panel) if removed_panel else None
        self._editor = editor
        self._runner = runner
        self._notify = notify
        self._reader = reader
        self._was_blank = False
        self._request = 0  # number of the newest reading asked for
        self._reading: _Reading | None = None
        editor.body.paste_hook = self
        field_paste = _FieldPaste(self, notify)
        editor.lede.paste_hook = field_paste
        editor.note.paste_hook = field_paste
        for line in editor.paste_lines():
            line.paste_hook = self
        editor.body.textChanged.connect(self._body_changed)

    @property
    def pending(self) -> bool:
        return self._request > 0

    # PasteHook

    def before_paste(self, text: str) -> bool:
        if len(text) > paste_limit():
            self._notify(too_long_message(len(text)), True)
            return False
        self._was_blank = self._editor.is_blank()
        return True

    def after_paste(self, text: str, html: str = "") -> None:
        reader = self._reader
        if self._runner.is_closed:
            return
        if not (self._was_blank and looks_like_web_copy(text)):
            return
        self._request += 1
        number = self._request
        story_id = self._editor.story_id
        raw = self._editor.body.toPlainText()
        self._runner.render(
            lambda: reader.web_copy_reading(text, html),
            lambda reading: self._read(number, story_id, raw, reading),
            lambda error: self._failed(number, error),
            key="web-copy",
            receiver=self,
        )

    # LinePasteHook: the headline and the other one-line fields

    def line_paste(self, line: QLineEdit, text: str, html: str) -> str:
        """Web copy pasted into an empty story goes to the body and is read there (the
        headline is filled by the reading); anything else becomes one line, cut (and
        said so) when longer than LINE_PASTE_MAX."""
        if self.redirect_to_body(text, html):
            return ""
        flat = one_line(text)
        if len(flat) <= LINE_PASTE_MAX:
            return flat
        cut = flat[:LINE_PASTE_MAX].rsplit(" ", 1)[0] or flat[:LINE_PASTE_MAX]
        self._notify(
            QCoreApplication.translate(
                "StructuredPaste",
                "Pasted only the first {kept} of {length} characters into the field: it "
                "holds one line. The whole text is still on the clipboard.",
            ).format(kept=f"{len(cut):,}", length=f"{len(flat):,}"),
            True,
        )
        return cut

    def redirect_to_body(self, text: str, html: str) -> bool:
        """Paste web copy meant for an empty story's other field into its body, where it
        is read as a story; False (nothing done) for any other paste."""
        editor = self._editor
        if (
            self._runner.is_closed
            or editor.story_id is None
            or editor.body.isReadOnly()
            or not editor.is_blank()
            or not looks_like_web_copy(text)
        ):
            return False
        if len(text) > paste_limit():
            self._notify(too_long_message(len(text)), True)
            return True
        self._was_blank = True
        body = editor.body
        cursor = body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        body.setTextCursor(cursor)
        body.insertPlainText(text)
        body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.after_paste(text, html)
        return True

    # The reading

    def _read(self, number: int, story_id: int | None, raw: str, reading: StoryReading) -> None:
        if number != self._request:
            return
        parsed = reading.story
        self._request = 0
        editor = self._editor
        current = editor.story()
        if current is None or editor.story_id != story_id or editor.body.toPlainText() != raw:
            return  # the editor moved on meanwhile; the raw paste stays as it is
        if current.headline or current.lede:
            return
        if not (parsed.headline or parsed.lede):
            self._notify(
                self.tr("The pasted text was kept as it is: no headline or lede found."), False
            )
            return
        after = current.edited(
            headline=parsed.headline,
            bylines=parsed.bylines or current.bylines,
            dateline=_merged_dateline(current, parsed),
            lede=parsed.lede,
            language=_language(current.language, parsed.language),
        )
        editor.replace_fields(after, body=parsed.body)
        self._reading = _Reading(
            story_id,
            current,
            after,
            editor.body.toPlainText(),
            editor.body.document().availableUndoSteps(),
        )
        if self.removed is not None:
            self.removed.show(story_id, reading.removed)
        left_out = len(reading.removed)
        if left_out and not parsed.headline:
            message = self.tr(
                "The pasted web copy was read as a story: dateline and lede filled, no "
                "headline found; %n line(s) of the page listed as removed. Ctrl+Z in the "
                "body gives back the text as pasted.",
                "",
                left_out,
            )
        elif left_out:
            message = self.tr(
                "The pasted web copy was read as a story: headline, dateline and lede "
                "filled; %n line(s) of the page listed as removed. Ctrl+Z in the body gives "
                "back the text as pasted.",
                "",
                left_out,
            )
        elif not parsed.headline:
            message = self.tr(
                "The pasted web copy was read as a story: dateline and lede filled, no "
                "headline found. Ctrl+Z in the body gives back the text as pasted."
            )
        else:
            message = self.tr(
                "The pasted web copy was read as a story: headline, dateline and lede "
                "filled. Ctrl+Z in the body gives back the text as pasted."
            )
        self._notify(message, False)

    def _failed(self, number: int, error: Exception) -> None:
        if number == self._request:
            self._request = 0
            self._notify(
                self.tr("The pasted text was kept as it is: {error}").format(
                    error=error_text(error)
                ), True
            )

    def _body_changed(self) -> None:
        """Follow the body's undo stack: when the reading's step is undone, empty the
        fields it filled; when it is redone, fill them again."""
        reading = self._reading
        if reading is None:
            return
        editor = self._editor
        document = editor.body.document()
        if editor.is_loading or editor.story_id != reading.story_id:
            self._reading = None
            return
        steps = document.availableUndoSteps()
        if not reading.undone:
            if steps < reading.undo_mark:
                reading.undone = True
                editor.replace_fields(reading.before)
                if self.removed is not None:
                    self.removed.set_shown(False)
        elif steps >= reading.undo_mark and editor.body.toPlainText() == reading.after_body:
            reading.undone = False
            editor.replace_fields(reading.after)
            if self.removed is not None:
                self.removed.set_shown(True)
        elif document.availableRedoSteps() == 0:
            self._reading = None  # typed over: the reading cannot come back


def _language(current: str, guessed: str) -> str:
    """The story's own tag when the copy's script agrees with it (`en-GB` stays
    `en-GB`, not the reader's bare `en`); the reader's guess when it does not."""
    if not guessed or primary_subtag(guessed) == primary_subtag(current):
        return current
    return guessed


def _merged_dateline(current: Story, parsed: Story) -> Dateline:
    """The pasted dateline, keeping the agency the story already named when the copy
    names none."""
    dateline = parsed.dateline
    if dateline.is_empty:
        return current.dateline
    if not dateline.source and current.dateline.source:
        return replace(dateline, source=current.dateline.source)
    return dateline
