"""What a search finds: a story's line in the results, with the passage that matched.

A snippet marks each matched word between `HIT_START` and `HIT_END` (control characters
that story text does not hold); `snippet_parts` splits it for a view to style, and
`marked_snippet` writes it for a person or a script with another pair of marks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from editorial.domain.story import Status

HIT_START = "\x02"
HIT_END = "\x03"
DEFAULT_LIMIT = 50


class SearchOrder(StrEnum):
    NEWEST = "newest"  # by last change, newest first
    RELEVANCE = "relevance"  # best match first (BM25), then newest


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    headline: str
    status: Status
    updated_at: dt.datetime
    snippet: str  # with HIT_START / HIT_END around each match


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as runs of text, each with whether it is a match."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(snippet.split(HIT_START)):
        hit, _, rest = piece.partition(HIT_END) if index else ("", "", piece)
        if hit:
            parts.append((hit, True))
        if rest:
            parts.append((rest.replace(HIT_END, ""), False))
    return parts


def marked_snippet(snippet: str, start: str = "**", end: str = "**") -> str:
    """The snippet with each match between `start` and `end` (Markdown bold by default)."""
    return "".join(f"{start}{text}{end}" if hit else text for text, hit in snippet_parts(snippet))
