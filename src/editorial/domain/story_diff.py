"""What changed between two versions of a story, field by field, word by word.

Every content field (`content_fields()`) is compared as the text an editor reads: text
fields as they are, bylines as the byline field shows them, the dateline as its parts,
lists joined with commas, the rest as their plain values. Each change in the lede and
the body is located: the body's paragraphs (blocks between blank lines) are numbered,
and a change also has its place as the reader counts paragraphs, the lede being the
first when the story has one ("the third paragraph").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from editorial.domain.byline import Byline, format_bylines_field
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story, StoryField, content_fields
from editorial.domain.story_plain import to_plain
from editorial.domain.text_diff import Edit, TextDiff, diff_words

DatelineText = Callable[[Dateline], str]


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One content field in both versions, as text, and their word diff."""

    field: StoryField
    old: str
    new: str
    diff: TextDiff

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True, slots=True)
class LocatedEdit:
    """One change and where it is: the field, and for the body the paragraph's number in
    the body (1-based) and in the story as the reader counts (the lede first)."""

    field: StoryField
    edit: Edit
    body_paragraph: int | None = None
    story_paragraph: int | None = None
    # The whole paragraph (or field) the change sits in, in the version it is read from.
    context: str = ""


@dataclass(frozen=True, slots=True)
class StoryDiff:
    fields: tuple[FieldDiff, ...]
    has_lede: bool

    @property
    def changed(self) -> bool:
        return any(field.changed for field in self.fields)

    def changed_fields(self) -> tuple[FieldDiff, ...]:
        return tuple(field for field in self.fields if field.changed)

    def field(self, name: str) -> FieldDiff:
        for field in self.fields:
            if field.field.name == name:
                return field
        raise KeyError(name)

    def edits(self) -> tuple[LocatedEdit, ...]:
        """Every change of every field, in the fields' declared order."""
        located: list[LocatedEdit] = []
        for field in self.changed_fields():
            if field.field.name == "body":
                located.extend(_body_edits(field, self.has_lede))
            else:
                located.extend(
                    LocatedEdit(field.field, edit, context=field.old or field.new)
                    for edit in field.diff.edits()
                )
        return tuple(located)


def diff_stories(old: Story, new: Story, dateline_text: DatelineText | None = None) -> StoryDiff:
    """The diff of every content field. `dateline_text` formats a dateline as the house
    style prints it; without it the dateline's parts are listed."""
    as_text = dateline_text or plain_dateline
    compared = []
    for declared in content_fields():
        old_text = field_text(getattr(old, declared.name), as_text)
        new_text = field_text(getattr(new, declared.name), as_text)
        compared.append(FieldDiff(declared, old_text, new_text, diff_words(old_text, new_text)))
    # Corrections are counted in the published version: its lede is the first paragraph.
    return StoryDiff(tuple(compared), has_lede=bool(old.lede.strip() or new.lede.strip()))


def field_text(value: object, dateline_text: DatelineText | None = None) -> str:
    """A field's value as the text an editor compares."""
    if isinstance(value, str):
        return value
    if isinstance(value, Dateline):
        return (dateline_text or plain_dateline)(value)
    if isinstance(value, tuple) and value and all(isinstance(item, Byline) for item in value):
        return format_bylines_field(value)
    plain = to_plain(value)
    if plain is None:
        return ""
    if isinstance(plain, list):
        return ", ".join(str(item) for item in plain)
    return str(plain)


def plain_dateline(dateline: Dateline) -> str:
    parts = (dateline.city, dateline.region, dateline.country,
             dateline.date.isoformat() if dateline.date else "", dateline.source)  # fmt: skip
    return ", ".join(part for part in parts if part)


_PARAGRAPH_BREAK = re.compile(r"\r?\n[^\S\n]*\n\s*")  # a blank line, with any line ends


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """The body's paragraphs: blocks of text between blank lines, numbered from 1."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        starts, ends = [], []
        at = len(text) - len(text.lstrip())
        for gap in _PARAGRAPH_BREAK.finditer(text, at):
            if gap.start() > at:
                starts.append(at)
                ends.append(gap.start())
            at = gap.end()
        if text[at:].strip():
            starts.append(at)
            ends.append(len(text.rstrip()))
        return cls(text, tuple(starts), tuple(ends))

    def __len__(self) -> int:
        return len(self.starts)

    def number_at(self, offset: int) -> int:
        """The paragraph an offset falls in (a gap counts with the paragraph after it;
        past the last, the last); 0 for a text without paragraphs."""
        if not self.starts:
            return 0
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset >= self.ends[index] and index + 1 < len(self.starts):
            index += 1  # in the blank lines: the change opens the next paragraph
        return max(index, 0) + 1

    def paragraph(self, number: int) -> str:
        return self.text[self.starts[number - 1] : self.ends[number - 1]] if number else ""


def _body_edits(field: FieldDiff, has_lede: bool) -> list[LocatedEdit]:
    old_paragraphs, new_paragraphs = Paragraphs.of(field.old), Paragraphs.of(field.new)
    located = []
    for edit in field.diff.edits():
        # Named where the published version had it; an addition where it now stands.
        if edit.old.strip():
            number = old_paragraphs.number_at(edit.old_start + _leading_space(edit.old))
            context = old_paragraphs.paragraph(number)
        else:
            number = new_paragraphs.number_at(edit.new_start + _leading_space(edit.new))
            context = new_paragraphs.paragraph(number)
        story_number = number + 1 if has_lede and number else number
        located.append(LocatedEdit(field.field, edit, number or None, story_number or None,
                                   context))  # fmt: skip
    return located


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())
