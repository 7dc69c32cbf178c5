"""Where a finding sits in an editor widget, and how it moves while the editor types.

Findings count in Python `str` indices into the story's field as the story holds it
(headline and lede trimmed). Qt widgets count in UTF-16 code units into the widget's own
text: an emoji is one Python character and two Qt positions. A `Span` is a finding placed
in the widget's units; `spans_for_field` makes them, `shift_spans` follows an edit so an
underline stays on its word until the next check arrives. No Qt here: plain arithmetic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from editorial.domain.findings import Field, Finding

# Findings whose span is a whole lede or paragraph: the panel lists them, but underlining
# the whole text would bury the underlines that point at words.
NOT_UNDERLINED = frozenset({"count.lede-long", "structure.lede-repeated"})


@dataclass(frozen=True, slots=True)
class Span:
    """A finding at `start:end` in a widget's text, in UTF-16 code units."""

    start: int
    end: int
    finding: Finding

    @property
    def is_spelling(self) -> bool:
        return self.finding.code == "spelling"


class Utf16Map:
    """Python index ↔ UTF-16 position for one text. Only characters beyond the Basic
    Multilingual Plane (emoji, some CJK) take two units, so the map just remembers where
    they are."""

    __slots__ = ("_astral", "_ends")

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [i for i, c in enumerate(text) if c > "\uffff"]
        # UTF-16 position just after each astral character.
        self._ends = [index + count + 2 for count, index in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        """The Python index at a UTF-16 position (the start of a surrogate pair for a
        position inside one)."""
        before = bisect.bisect_right(self._ends, position)
        index = position - before
        if before < len(self._astral) and self._astral[before] + before + 1 == position:
            index -= 1
        return index


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def leading_trim(text: str) -> int:
    """How many characters `str.strip()` takes off the front (the story's headline and
    lede are trimmed; the widget keeps what was typed)."""
    return len(text) - len(text.lstrip())


def spans_for_field(
    findings: Iterable[Finding], field: Field, widget_text: str, *, trimmed: bool
) -> list[Span]:
    """The underlinable findings of `field` placed in `widget_text`. `trimmed`: the story
    holds this field stripped, so offsets start after the widget's leading spaces."""
    offset = leading_trim(widget_text) if trimmed else 0
    units = Utf16Map(widget_text)
    spans = []
    for finding in findings:
        if finding.field is not field or not finding.has_span:
            continue
        if finding.code in NOT_UNDERLINED:
            continue
        start, end = finding.start + offset, finding.end + offset
        if end > len(widget_text):
            continue  # not this text: the caller dropped stale results already
        spans.append(Span(units.to_utf16(start), units.to_utf16(end), finding))
    return sorted(spans, key=lambda span: (span.start, span.end))


def is_separator(text: str) -> bool:
    """Typed text that cannot change the word before or after it (spaces, punctuation)."""
    return bool(text) and not any(c.isalnum() or c in "'’-_" for c in text)


def shift_spans(
    spans: Iterable[Span], position: int, removed: int, added: int, inserted: str = ""
) -> list[Span]:
    """The spans after an edit that replaced `removed` units at `position` with `added`
    units (`inserted`, when known). A span the edit touches is dropped, since its word
    changed, unless the edit only put a space or punctuation right beside it."""
    edit_end = position + removed
    delta = added - removed
    beside = removed == 0 and is_separator(inserted)
    kept = []
    for span in spans:
        if span.end < position or (span.end == position and beside):
            kept.append(span)
        elif span.start > edit_end or (span.start == edit_end and beside):
            kept.append(Span(span.start + delta, span.end + delta, span.finding))
    return kept


def span_at(spans: Iterable[Span], position: int) -> Span | None:
    """The span under a cursor position (a click lands between two characters, so both
    ends count); a spelling span wins over a style span on the same word."""
    found = [span for span in spans if span.start <= position <= span.end]
    found.sort(key=lambda span: (not span.is_spelling, span.end - span.start))
    return found[0] if found else None


def text_edit(old: str, new: str) -> tuple[int, int, int, str]:
    """(position, removed, added, inserted) in UTF-16 units turning `old` into `new`: the
    common start and end kept (what a line edit does not report)."""
    if old == new:
        return utf16_length(old), 0, 0, ""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    inserted = new[prefix : len(new) - suffix]
    removed_text = old[prefix : len(old) - suffix]
    return utf16_length(old[:prefix]), utf16_length(removed_text), utf16_length(inserted), inserted
