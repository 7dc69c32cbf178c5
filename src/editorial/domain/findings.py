"""What a check found, as plain data the checks panel, the editor and the CLI all read."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum

from editorial.domain.translatable import Message, plain


class Severity(StrEnum):
    """How much a finding matters. Only errors make `editorial check` exit non-zero."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Field(StrEnum):
    """The part of a story a finding points into.

    Offsets are only meaningful for the text fields (headline, lede, body); the others
    name an editor widget to highlight as a whole.
    """

    HEADLINE = "headline"
    LEDE = "lede"
    BODY = "body"
    BYLINE = "byline"
    DATELINE = "dateline"
    DATELINE_CITY = "dateline.city"
    DATELINE_DATE = "dateline.date"
    STORY = "story"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check noticed.

    `start`/`end` are character offsets (Python `str` indices, end exclusive) into the
    field's text as the editor holds it, so the UI can underline `text[start:end]`;
    `line`/`column` are the same position counted from 1, for the CLI. A finding about a
    whole field has start == end == 0 and line == column == 0. `suggestions` are
    replacements the UI may offer ("said" for "stated", spelling suggestions).

    `message` is the English the CLI prints; `template` is the message before its values
    were filled in (marked for translation in the "Checks" context) and `arguments` those
    values, so the window can show it translated: `template.format(**dict(arguments))`
    is `message`. A message from data (a house style's own wording) may have a template
    no translation knows, and the window then shows the English.
    """

    code: str
    severity: Severity
    message: str
    field: Field
    start: int = 0
    end: int = 0
    line: int = 0
    column: int = 0
    suggestions: tuple[str, ...] = ()
    template: str = ""
    arguments: tuple[tuple[str, str], ...] = ()

    @property
    def has_span(self) -> bool:
        return self.end > self.start

    @property
    def argument_map(self) -> dict[str, str]:
        return dict(self.arguments)


class TextPositions:
    """Turns offsets in one text into line/column pairs in O(log lines) per lookup."""

    __slots__ = ("_line_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        position = text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        self._line_starts = starts

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of the character at `offset`."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1


def span_finding(
    positions: TextPositions,
    field: Field,
    start: int,
    end: int,
    *,
    code: str,
    severity: Severity,
    message: Message | str,
    suggestions: tuple[str, ...] = (),
) -> Finding:
    """A finding that underlines `start:end` of a text field. A plain `str` message is
    shown as it is, untranslated."""
    message = _as_message(message)
    line, column = positions.line_column(start)
    return Finding(
        code,
        severity,
        message.text,
        field,
        start,
        end,
        line,
        column,
        suggestions,
        message.template,
        message.arguments if message.template else (),
    )


def field_finding(
    code: str,
    severity: Severity,
    message: Message | str,
    field: Field,
    suggestions: tuple[str, ...] = (),
) -> Finding:
    """A finding about a field as a whole (missing, too long, unknown city)."""
    message = _as_message(message)
    return Finding(
        code,
        severity,
        message.text,
        field,
        suggestions=suggestions,
        template=message.template,
        arguments=message.arguments if message.template else (),
    )


def _as_message(message: Message | str) -> Message:
    """A plain message keeps no template: the window shows its English as it is."""
    return message if isinstance(message, Message) else plain(message)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Story order: by field as the editor lays them out, then by position."""
    order = {field: index for index, field in enumerate(_FIELD_ORDER)}
    return sorted(findings, key=lambda f: (order[f.field], f.start, f.end, f.code))


_FIELD_ORDER = (
    Field.STORY,
    Field.HEADLINE,
    Field.BYLINE,
    Field.DATELINE,
    Field.DATELINE_CITY,
    Field.DATELINE_DATE,
    Field.LEDE,
    Field.BODY,
)
