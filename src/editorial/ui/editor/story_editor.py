"""The story's fields, in the order a desk fills them, from headline to editorial note.

The editor holds the story it was given (`base`: id, version, times) and the fields the
editor types into; `story()` is the base with the fields' values. `story_edited` carries
that story after every edit the user makes (never after the window fills the fields).

The headline, lede and body run in the direction of the story's language (right to left
for Arabic, Hebrew, Persian…), and the dateline reads in that language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from editorial.domain.byline import format_bylines_field, parse_bylines
from editorial.domain.language import text_direction
from editorial.domain.story import (
    DEFAULT_LANGUAGE,
    HEADLINE_MAX_CHARS,
    Story,
    content_fields,
    parse_keywords,
    slugify,
)
from editorial.ui.editor.dateline_fields import DateFormatter, DatelineFields
from editorial.ui.editor.editor_fields import fit_lines, plain_edit
from editorial.ui.editor.editor_form import lay_out_fields
from editorial.ui.editor.find_bar import SearchTarget
from editorial.ui.editor.language_field import LanguageField
from editorial.ui.editor.metadata_fields import EmbargoField, SubjectsField, UrgencyField
from editorial.ui.editor.paste_hook_edit import PasteHookLineEdit, PasteHookTextEdit
from editorial.ui.preview.preview import ZOOM_STEP


class StoryEditor(QWidget):
    story_edited = Signal(object)  # Story

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyEditor")
        self._base: Story | None = None
        self._last_shown: Story | None = None  # the fields' content last announced
        self._loading = False
        self._slug_follows_headline = True

        self.headline = PasteHookLineEdit(self)
        self.headline.setObjectName("headlineField")
        self.headline.setAccessibleName(self.tr("headline"))
        self.headline.setPlaceholderText(self.tr("Headline"))
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.headline.setFont(font)

        self.slug = PasteHookLineEdit(self)
        self.slug.setAccessibleName(self.tr("slug"))
        self.slug.setPlaceholderText(self.tr("follows the headline"))
        self.slug.textEdited.connect(self._slug_edited)
        self.language = LanguageField(self)
        self.language.setAccessibleName(self.tr("language"))
        self.language.setToolTip(
            self.tr("Language of the story: pick one by name, or type a BCP 47 tag such as en-GB")
        )

        self.bylines = PasteHookLineEdit(self)
        self.bylines.setAccessibleName(self.tr("bylines"))
        self.bylines.setPlaceholderText(self.tr("Anna Ivanova / Moscow; John Smith"))
        self.bylines.setToolTip(
            self.tr("People separated by semicolons; a role after ' / ' or in parentheses")
        )
        self.bylines.editingFinished.connect(self._tidy_bylines)
        self.dateline = DatelineFields(self)

        self.lede = plain_edit(
            self, 3, self.tr("lede"), self.tr("Standfirst: the story in a sentence or two")
        )
        self.body = PasteHookTextEdit(self)
        self.body.setObjectName("bodyField")
        self.body.setAccessibleName(self.tr("body"))
        self.body.setTabChangesFocus(True)  # Tab leaves it, as it leaves every field
        self.body.setPlaceholderText(
            self.tr("Write the story in Markdown. A blank line starts a paragraph.")
        )
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.body.document().setDocumentMargin(10)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.setMinimumHeight(160)
        self.keywords = PasteHookLineEdit(self)
        self.keywords.setAccessibleName(self.tr("keywords"))
        self.keywords.setPlaceholderText(self.tr("Comma separated: politics, Turkey"))
        self.note = plain_edit(self, 2, self.tr("editorial note"), self.tr("For the desk only"))
        self.note.setObjectName("editorialNote")
        self.note.setToolTip(self.tr("For the desk: this note is never published"))
        self.subjects = SubjectsField(self)
        self.urgency = UrgencyField(self)
        self.embargo = EmbargoField(self)

        # Zoom (View ▸ Zoom In/Out) scales the writing's fonts from these; the lede's and
        # the note's heights follow their lines.
        self._zoom = 0
        self._zoom_bases: list[tuple[QWidget, QFont, int]] = [
            (self.headline, QFont(self.headline.font()), 0),
            (self.lede, QFont(self.lede.font()), 3),
            (self.body, QFont(self.body.font()), 0),
            (self.note, QFont(self.note.font()), 2),
        ]
        self._fields = self._field_widgets()
        typed = [f.name for f in content_fields() if f.typed]
        if list(self._fields) != typed:  # a field added to Story needs its widget here
            raise TypeError(f"the story editor has widgets for {list(self._fields)}; the "
                            f"story's typed fields are {typed}, in that order")  # fmt: skip
        lay_out_fields(self, self)
        # The slug follows the headline before the edit is announced, so the story sent
        # out carries both.
        self.headline.textEdited.connect(self._headline_edited)
        for line in (self.headline, self.slug, self.bylines, self.keywords, self.subjects):
            line.textEdited.connect(self._edited)
        self.language.tag_changed.connect(self._language_changed)
        for edit in (self.lede, self.body, self.note):
            edit.textChanged.connect(self._edited)
        self.dateline.changed.connect(self._edited)
        self.urgency.changed.connect(self._edited)
        self.embargo.changed.connect(self._edited)
        self.set_story(None)

    # The story in and out

    def set_story(self, story: Story | None) -> None:
        """Show a story (None: an empty, disabled editor). Undo history starts afresh."""
        self._loading = True
        try:
            self._base = story
            shown = story or Story(uri="")
            for show, _ in self._fields.values():
                show(shown)
            self._slug_follows_headline = not shown.slug or shown.slug == slugify(shown.headline)
            for line in (self.headline, self.slug, self.bylines, self.keywords):
                line.setCursorPosition(0)  # show the start of a long headline
        finally:
            self._loading = False
        self._last_shown = self.story()
        self.setEnabled(story is not None)

    def story(self) -> Story | None:
        if self._base is None:
            return None
        return self._base.edited(**{name: read() for name, (_, read) in self._fields.items()})

    def _field_widgets(self) -> dict[str, tuple[Callable[[Story], None], Callable[[], object]]]:
        """Each field the editor types, as (show it from a story, read it back): one
        entry per typed content field of the declaration, checked when it is built."""
        return {
            "headline": (lambda s: self._show_headline(s.headline),
                         lambda: self.headline.text().strip()),
            "slug": (lambda s: self.slug.setText(s.slug), lambda: self.slug.text().strip()),
            "bylines": (lambda s: self.bylines.setText(format_bylines_field(s.bylines)),
                        lambda: parse_bylines(self.bylines.text())),
            "dateline": (lambda s: self.dateline.set_dateline(s.dateline), self.dateline.dateline),
            "lede": (lambda s: self.lede.setPlainText(s.lede),
                     lambda: self.lede.toPlainText().strip()),
            "body": (lambda s: self.body.setPlainText(s.body), self.body.toPlainText),
            "note": (lambda s: self.note.setPlainText(s.note),
                     lambda: self.note.toPlainText().strip()),
            "keywords": (lambda s: self.keywords.setText(", ".join(s.keywords)),
                         lambda: parse_keywords(self.keywords.text())),
            # an empty editor shows no language; a language cleared keeps the story's
            "language": (lambda s: self.language.set_tag(s.language if self._base else ""),
                         lambda: self.language.tag()
                         or (self._base.language if self._base else DEFAULT_LANGUAGE)),
            "urgency": (lambda s: self.urgency.set_value(s.urgency), self.urgency.value),
            "subjects": (lambda s: self.subjects.set_subjects(s.subjects), self.subjects.subjects),
            "embargo": (lambda s: self.embargo.set_value(s.embargo), self.embargo.value),
        }  # fmt: skip

    def _show_headline(self, text: str) -> None:
        # Typing stops at the most a library takes in from a file (so what the window
        # saves, an export gives back to an import); an older, longer headline is shown
        # whole, never cut.
        self.headline.setMaxLength(max(HEADLINE_MAX_CHARS, len(text)))
        self.headline.setText(text)

    def replace_fields(self, story: Story, body: str | None = None) -> None:
        """Show `story`'s headline, bylines, dateline, lede and language as an edit of
        the editor's (one `story_edited`). `body`, when given, replaces the body's text
        as one step on its undo stack."""
        self._loading = True
        try:
            self._show_headline(story.headline)
            self.slug.setText(slugify(story.headline))
            self._slug_follows_headline = True
            self.bylines.setText(format_bylines_field(story.bylines))
            self.dateline.set_dateline(story.dateline)
            self.lede.setPlainText(story.lede)
            self.language.set_tag(story.language)
            for line in (self.headline, self.slug, self.bylines):
                line.setCursorPosition(0)
            if body is not None:
                cursor = QTextCursor(self.body.document())
                cursor.beginEditBlock()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(body)
                cursor.endEditBlock()
                self.body.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
        self._edited()

    @property
    def is_loading(self) -> bool:
        """True while the window (not the editor) is filling the fields."""
        return self._loading

    def is_blank(self) -> bool:
        """A story with nothing written yet: no headline, lede or body."""
        return not (
            self.headline.text().strip()
            or self.lede.toPlainText().strip()
            or self.body.toPlainText().strip()
        )

    def rebase(self, stored: Story) -> None:
        """Take the library's bookkeeping (version, times) for the story being edited,
        keeping whatever the editor typed since it was saved."""
        if self._base is not None and stored.id == self._base.id:
            self._base = stored

    @property
    def story_id(self) -> int | None:
        return self._base.id if self._base is not None else None

    def set_read_only(self, read_only: bool) -> None:
        fields: list[QLineEdit | QPlainTextEdit] = [
            self.headline, self.slug, self.bylines, self.keywords, self.subjects,
            self.lede, self.body, self.note, *self.dateline.lines,
        ]  # fmt: skip
        for field in fields:
            field.setReadOnly(read_only)
            # Greyed by the style sheet's [trashed="true"] rule; re-polished to apply now.
            field.setProperty("trashed", read_only)
            field.style().unpolish(field)
            field.style().polish(field)
        self.language.setEnabled(not read_only)
        self.urgency.setEnabled(not read_only)
        self.embargo.set_read_only(read_only)
        self.dateline.set_read_only(read_only)

    def set_dateline_formatter(self, formatter: DateFormatter) -> None:
        """The house style's formatter: (dateline, story language) -> text."""
        self.dateline.set_formatter(formatter)

    def refresh_dateline(self) -> None:
        """Read the dateline again (the house style changed)."""
        self.dateline.refresh()

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Show the headline, lede, body and note `steps` sizes larger (smaller when
        negative) than their own."""
        self._zoom = steps
        factor = max(0.3, 1 + ZOOM_STEP * steps)
        for widget, base, lines in self._zoom_bases:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * factor)
            widget.setFont(font)
            if lines:
                fit_lines(widget, font, lines)

    def focus_headline(self) -> None:
        self.headline.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.headline.selectAll()

    def paste_lines(self) -> list[PasteHookLineEdit]:
        """The one-line fields whose pastes the smart paste sees (every one of them)."""
        lines = [self.headline, self.slug, self.bylines, self.keywords, self.subjects]
        lines += [line for line in self.dateline.lines if isinstance(line, PasteHookLineEdit)]
        return lines

    def search_targets(self) -> list[SearchTarget]:
        """The fields Find searches, in reading order."""
        return [self.headline, self.lede, self.body]

    # Edits

    def _headline_edited(self, text: str) -> None:
        if self._slug_follows_headline:
            self.slug.setText(slugify(text))

    def _slug_edited(self, text: str) -> None:
        # Typing a slug by hand stops it following the headline; clearing it resumes.
        self._slug_follows_headline = not text.strip()
        if self._slug_follows_headline:
            self.slug.setText(slugify(self.headline.text()))

    def _language_changed(self, language: str) -> None:
        self._show_direction(language.strip())
        self.dateline.set_language(language.strip())
        self._edited()

    def _show_direction(self, language: str) -> None:
        rtl = text_direction(language) == "rtl"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in (self.headline, self.lede, self.body):
            widget.setLayoutDirection(direction)
        # The paragraphs' direction, and their alignment with it: a QPlainTextEdit
        # leaves right-to-left paragraphs on the left unless told.
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for edit in (self.lede, self.body):
            document = edit.document()
            option = document.defaultTextOption()
            if option.textDirection() != direction or option.alignment() != align:
                option.setTextDirection(direction)
                option.setAlignment(align)
                document.setDefaultTextOption(option)

    def _tidy_bylines(self) -> None:
        tidy = format_bylines_field(parse_bylines(self.bylines.text()))
        if tidy != self.bylines.text():
            self.bylines.setText(tidy)

    def _edited(self) -> None:
        if self._loading or self._base is None:
            return
        story = self.story()
        if story is None:
            return
        # Qt also says "changed" for a new underline or a cursor-only input method event;
        # only a change an editor could see in the story counts as an edit.
        if self._last_shown is not None and story.same_content(self._last_shown):
            return
        self._last_shown = story
        self.story_edited.emit(story)
