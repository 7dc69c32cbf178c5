"""The search box's language, as a person expects it, parsed into plain data.

    quake ankara              both words (any order, any field)
    "exact phrase"            the words together, in this order
    quak*                     a word's beginning (the window adds it to the word being typed)
    -aftershock  -"a phrase"  leave out what has it
    quake OR earthquake       either (OR, or |, joins the words beside it)
    by:ivanova  city:ankara   a word in one field: headline: (title:) lede: body: slug:
                              kw: (keyword:) by: (byline:, author:) city:
    status:approved,submitted lang:ru  urgency:1  urgency:1..3
    date:2026-11-05  date:2026-11  date:2026-11-01..2026-11-30  after:2026-11-01
    before:2026-12-01         (the story's last change, in local days; after: includes
                              the day, before: leaves it out)
    -status:spiked  -lang:en  a filter left out

`parse_query` never raises anything but `BadInput`, whose message is one line. How the
query is run (SQLite FTS5, PostgreSQL) is the storage's business: the text of each term is
handed over as typed, and each backend quotes it in its own syntax.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from editorial.domain.search_filter_values import (
    date_range,
    example,
    filter_parts,
    language_value,
    refused,
    status_value,
    urgency_range,
)
from editorial.domain.story import Status
from editorial.domain.translatable import QT_TRANSLATE_NOOP

MAX_TERMS = 64  # more is a paste, not a query; a search engine's parser has limits too


class TextField(StrEnum):
    """The indexed text a term may be confined to."""

    HEADLINE = "headline"
    LEDE = "lede"
    BODY = "body"
    SLUG = "slug"
    KEYWORDS = "keywords"
    BYLINES = "bylines"
    CITY = "city"


_TEXT_FIELDS = {
    "headline": TextField.HEADLINE, "title": TextField.HEADLINE,
    "lede": TextField.LEDE, "body": TextField.BODY, "slug": TextField.SLUG,
    "kw": TextField.KEYWORDS, "keyword": TextField.KEYWORDS, "keywords": TextField.KEYWORDS,
    "by": TextField.BYLINES, "byline": TextField.BYLINES, "author": TextField.BYLINES,
    "city": TextField.CITY,
}  # fmt: skip
_FILTER_FIELDS = ("status", "lang", "language", "urgency", "date", "after", "before")
FIELD_NAMES = tuple(sorted({*_TEXT_FIELDS, *_FILTER_FIELDS}))


@dataclass(frozen=True, slots=True)
class TextTerm:
    """A word or a phrase as typed (`text`), maybe confined to one field, maybe a prefix."""

    text: str
    phrase: bool = False
    prefix: bool = False
    field: TextField | None = None


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What a query asks for. `include` is a conjunction of clauses, each a disjunction of
    terms; a story matches when it has every clause and no term of `exclude`, and passes
    every filter (an empty set or None: no filter)."""

    include: tuple[tuple[TextTerm, ...], ...] = ()
    exclude: tuple[TextTerm, ...] = ()
    statuses: frozenset[Status] = frozenset()
    excluded_statuses: frozenset[Status] = frozenset()
    languages: frozenset[str] = frozenset()
    excluded_languages: frozenset[str] = frozenset()
    urgency_min: int | None = None
    urgency_max: int | None = None
    changed_from: dt.date | None = None  # on or after this local day
    changed_before: dt.date | None = None  # before this local day
    text: str = field(default="", compare=False)

    @property
    def is_empty(self) -> bool:
        return self == SearchQuery()

    @property
    def has_text(self) -> bool:
        return bool(self.include or self.exclude)

    @property
    def includes_spiked(self) -> bool:
        """The trash is searched only when asked for by status."""
        return Status.SPIKED in self.statuses


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    negated: bool = False
    field: str | None = None
    quoted: bool = False
    prefix: bool = False
    is_or: bool = False


_FIELD = re.compile(r"([A-Za-z]+):")
_WORD_END = re.compile(r"\s")


def parse_query(text: str, *, prefix_last: bool = False) -> SearchQuery:
    """The query in `text`. With `prefix_last` (typing in the window) the last bare word
    is a prefix, unless the text ends with a space. Raises `BadInput` for a malformed
    query, with a one-line message."""
    # A NUL ends a string in the C of the indexes: it is a space between words here.
    tokens = _tokens(text.replace("\x00", " "))
    if prefix_last and tokens and not text[-1:].isspace():
        last = tokens[-1]
        if not (last.quoted or last.negated or last.is_or or last.field is not None):
            tokens[-1] = _Token(last.value, prefix=True)
    builder = _Builder(text)
    for index, token in enumerate(tokens):
        builder.add(token, tokens[index - 1] if index else None)
    return builder.build()


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position, size = 0, len(text)
    while position < size:
        if text[position].isspace():
            position += 1
            continue
        negated = text[position] == "-" and position + 1 < size
        if negated and not text[position + 1].isspace():
            position += 1
        else:
            negated = False
        name = None
        found = _FIELD.match(text, position)
        if found and found.group(1).lower() in FIELD_NAMES:
            name, position = found.group(1).lower(), found.end()
        elif found and found.end() < size and not text[found.end()].isspace():
            # "Note: text" is words; "nte:word" a field name mistyped.
            raise refused(QT_TRANSLATE_NOOP(
                "SearchErrors",
                "Search: there is no field “{name}:” (fields: {fields}); put text with a colon "
                "in quotes.",
            ), name=found.group(1), fields=", ".join(FIELD_NAMES))  # fmt: skip
        if position < size and text[position] == '"':
            # An unclosed quote runs to the end: while typing, it is not closed yet.
            end = text.find('"', position + 1)
            end = size if end == -1 else end
            value, position = text[position + 1 : end], end + 1
            prefix = text[position : position + 1] == "*"
            position += prefix
            tokens.append(_Token(value, negated, name, quoted=True, prefix=prefix))
            continue
        end_match = _WORD_END.search(text, position)
        end = end_match.start() if end_match else size
        value, position = text[position:end], end
        if value in ("OR", "|") and not negated and name is None:
            tokens.append(_Token(value, is_or=True))
            continue
        prefix = value.endswith("*") and name not in _FILTER_FIELDS
        tokens.append(_Token(value.rstrip("*") if prefix else value, negated, name,
                             prefix=prefix))  # fmt: skip
    return tokens


def _has_word(text: str) -> bool:
    # The indexes split text at what is not a letter or a digit: a term of punctuation
    # alone would be an empty phrase to them, so it is no term.
    return any(character.isalnum() for character in text)


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.include: list[list[TextTerm]] = []
        self.exclude: list[TextTerm] = []
        self.filters: dict[str, object] = {}
        self.statuses: set[Status] = set()
        self.excluded_statuses: set[Status] = set()
        self.languages: set[str] = set()
        self.excluded_languages: set[str] = set()
        self.join_next = False
        self.terms = 0

    def add(self, token: _Token, previous: _Token | None) -> None:
        if token.is_or:
            if previous is None or previous.is_or or not self._last_is_plain(previous):
                raise refused(OR_BETWEEN)
            self.join_next = True
            return
        if token.field in _FILTER_FIELDS:
            self._no_pending_or()
            self._filter(token)
            return
        term = TextTerm(
            token.value.strip(), phrase=token.quoted, prefix=token.prefix,
            field=_TEXT_FIELDS[token.field] if token.field else None,
        )  # fmt: skip
        if token.field is not None and not term.text:
            raise refused(
                QT_TRANSLATE_NOOP("SearchErrors", "Search: {name}: needs a value ({name}:word)."),
                name=token.field,
            )  # fmt: skip
        if not _has_word(term.text):
            self._no_pending_or()
            return
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise refused(
                QT_TRANSLATE_NOOP("SearchErrors", "Search: too many words (at most {count})."),
                count=str(MAX_TERMS),
            )  # fmt: skip
        if token.negated:
            self._no_pending_or()
            self.exclude.append(term)
        elif self.join_next:
            self.include[-1].append(term)
            self.join_next = False
        else:
            self.include.append([term])

    def _last_is_plain(self, previous: _Token) -> bool:
        return not previous.negated and previous.field not in _FILTER_FIELDS and bool(self.include)

    def _no_pending_or(self) -> None:
        if self.join_next:
            raise refused(OR_BETWEEN)

    def _filter(self, token: _Token) -> None:
        name, value = token.field or "", token.value.strip()
        if not value:
            raise refused(
                QT_TRANSLATE_NOOP("SearchErrors", "Search: {name}: needs a value ({example})."),
                name=name, example=example(name),
            )  # fmt: skip
        if name == "status":
            chosen = self.excluded_statuses if token.negated else self.statuses
            chosen.update(status_value(part) for part in filter_parts(value, name))
        elif name in ("lang", "language"):
            chosen_languages = self.excluded_languages if token.negated else self.languages
            parts = filter_parts(value, name)
            chosen_languages.update(language_value(part, name) for part in parts)
        elif token.negated:
            raise refused(QT_TRANSLATE_NOOP(
                "SearchErrors",
                "Search: {name}: cannot be left out with “-”; give the range wanted.",
            ), name=name)  # fmt: skip
        elif name == "urgency":
            low, high = urgency_range(value)
            self._set("urgency_min", low)
            self._set("urgency_max", high)
        else:
            start, end = date_range(value, name)
            self._set("changed_from", start)
            self._set("changed_before", end)

    def _set(self, key: str, value: object) -> None:
        if value is None:
            return
        if key in self.filters and self.filters[key] != value:
            raise refused(QT_TRANSLATE_NOOP(
                "SearchErrors", "Search: two different {name} filters; give one."
            ), name=key.split("_")[0])  # fmt: skip
        self.filters[key] = value

    def build(self) -> SearchQuery:
        if self.join_next:
            raise refused(OR_BETWEEN)
        start, end = self.filters.get("changed_from"), self.filters.get("changed_before")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start >= end:
            raise refused(QT_TRANSLATE_NOOP(
                "SearchErrors", "Search: the date range is empty (its start is not before its end)."
            ))  # fmt: skip
        return SearchQuery(
            include=tuple(tuple(clause) for clause in self.include),
            exclude=tuple(self.exclude),
            statuses=frozenset(self.statuses),
            excluded_statuses=frozenset(self.excluded_statuses),
            languages=frozenset(self.languages),
            excluded_languages=frozenset(self.excluded_languages),
            urgency_min=self.filters.get("urgency_min"),  # type: ignore[arg-type]
            urgency_max=self.filters.get("urgency_max"),  # type: ignore[arg-type]
            changed_from=start,  # type: ignore[arg-type]
            changed_before=end,  # type: ignore[arg-type]
            text=self.text,
        )


OR_BETWEEN = QT_TRANSLATE_NOOP(
    "SearchErrors", "Search: OR goes between two words or phrases (a OR b)."
)
