"""A news agency's dateline, declared as data: the order of its parts, the separators and
source marker between them, the case of the city, the form of the month, and the names
the source goes by. One declaration is read both ways: `format_with_grammar` writes a
dateline with it, `editorial.domain.dateline_grammar_match` reads one.

    pattern = "{city}, {month} {day}. /{source}/. "      MOSCOW, November 18. /TASS/.
    pattern = "({source}) - {city}, {day} {month} - "    (ANSA) - ROMA, 18 NOV -
    pattern = "新华社{city}{month}{day}日电"               新华社北京11月18日电

The fields are `{city}`, `{region}`, `{country}`, `{day}`, `{month}`, `{year}` and
`{source}` (each at most once; `{source}` always, as it is what tells one agency's
dateline from a sentence). Text in `[...]` is optional: read when present, written when
its fields are known. Any dash stands for every dash (`-`, `–`, `—`, `--`) when reading;
a space for up to a few spaces or none; a space at the very end means the copy goes on
after whitespace. Month names are CLDR's for the declaration's language (Babel), in the
form it names: never written out here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from editorial.domain.dateline import Dateline
from editorial.domain.errors import BadInput
from editorial.domain.language import primary_subtag

CityCase = Literal["upper", "as_typed"]
# `wide`: November, ноября; `abbreviated`: CLDR's short form (Nov, нояб, nov);
# `three`: its first three letters (ноя, OTT); `number`: 11.
MonthForm = Literal["wide", "abbreviated", "three", "number"]
MonthCase = Literal["as_cldr", "upper", "lower", "title"]

FIELDS = ("city", "region", "country", "day", "month", "year", "source")
CITY_CASES: tuple[CityCase, ...] = ("upper", "as_typed")
MONTH_FORMS: tuple[MonthForm, ...] = ("wide", "abbreviated", "three", "number")
MONTH_CASES: tuple[MonthCase, ...] = ("as_cldr", "upper", "lower", "title")
_TOKEN = re.compile(r"\{(\w*)\}|\[|\]|[^{}\[\]]+|[{}]")


class GrammarError(BadInput):
    """A dateline declaration that cannot be used; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of a pattern: literal text, or a field (`text` is its name)."""

    text: str
    is_field: bool


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of pieces, optional when it was written in `[...]`."""

    pieces: tuple[Piece, ...]
    optional: bool

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(piece.text for piece in self.pieces if piece.is_field)


@dataclass(frozen=True, slots=True)
class DatelineGrammar:
    """How one agency writes its datelines in one language. `key` names the agency
    (`tass`), `agency` is its name for people (`TASS`); `sources` are the names it signs
    with in this language, the first one written, all of them read (case-blind).
    `month_period` puts a period after an abbreviated month (`Nov.`, never `May.`).
    `uncertain` marks a declaration made from few examples of the agency's copy."""

    key: str
    agency: str
    language: str
    pattern: str
    sources: tuple[str, ...]
    city_case: CityCase = "upper"
    months: MonthForm = "wide"
    month_period: bool = False
    month_case: MonthCase = "as_cldr"
    uncertain: bool = False
    note: str = ""
    # Hashed once: a grammar is a cache key on every paragraph read.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __hash__(self) -> int:
        return self._hash

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.key, self.language, self.pattern,
                                                self.sources)))  # fmt: skip
        if not self.key.strip():
            raise GrammarError("a dateline grammar needs a key")
        if not self.sources or not all(name.strip() for name in self.sources):
            raise GrammarError(f"{self.key}: sources must name the agency at least once")
        if self.city_case not in CITY_CASES:
            raise GrammarError(f"{self.key}: city_case must be one of {', '.join(CITY_CASES)}")
        if self.months not in MONTH_FORMS:
            raise GrammarError(f"{self.key}: months must be one of {', '.join(MONTH_FORMS)}")
        if self.month_case not in MONTH_CASES:
            raise GrammarError(f"{self.key}: month_case must be one of {', '.join(MONTH_CASES)}")
        segments(self.pattern)  # raises for a pattern that cannot be used

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for segment in segments(self.pattern) for name in segment.fields)


@lru_cache(maxsize=256)
def segments(pattern: str) -> tuple[Segment, ...]:
    """The pattern's segments. Raises `GrammarError` for a pattern with an unknown or
    repeated field, brackets that do not pair, or no `{source}`."""
    found: list[Segment] = []
    pieces: list[Piece] = []
    optional = False
    seen: list[str] = []
    for token in _TOKEN.finditer(pattern):
        text, name = token.group(), token.group(1)
        if text in "[]":
            if (text == "[") == optional:
                raise GrammarError(f"“{pattern}”: [ and ] must pair, without nesting")
            if pieces:
                found.append(Segment(tuple(pieces), optional))
            pieces, optional = [], text == "["
        elif name is not None:
            if name not in FIELDS:
                raise GrammarError(f"“{pattern}”: {{{name}}} is not one of "
                                   + ", ".join(f"{{{f}}}" for f in FIELDS))  # fmt: skip
            if name in seen:
                raise GrammarError(f"“{pattern}”: {{{name}}} is there twice")
            seen.append(name)
            pieces.append(Piece(name, True))
        elif text in "{}":
            raise GrammarError(f"“{pattern}”: a lone {text}")
        else:
            pieces.append(Piece(text, False))
    if optional:
        raise GrammarError(f"“{pattern}”: [ is not closed")
    if pieces:
        found.append(Segment(tuple(pieces), False))
    if "source" not in seen:
        raise GrammarError(f"“{pattern}”: the pattern must have {{source}}")
    if any(segment.optional and "source" in segment.fields for segment in found):
        raise GrammarError(f"“{pattern}”: {{source}} cannot be optional")
    if ("month" in seen or "year" in seen) and "day" not in seen:
        raise GrammarError(f"“{pattern}”: a date needs {{day}}")
    if "year" in seen and "month" not in seen:
        raise GrammarError(f"“{pattern}”: {{year}} needs {{month}}")
    return tuple(found)


@lru_cache(maxsize=512)
def month_forms(language: str, form: MonthForm, period: bool, case: MonthCase) -> tuple[str, ...]:
    """The twelve months as a declaration writes them, from CLDR through Babel."""
    from babel.dates import get_month_names

    from editorial.domain.dates import babel_locale

    locale = babel_locale(language)
    wide = get_month_names("wide", "format", locale=locale)
    short = get_month_names("abbreviated", "format", locale=locale)
    names: list[str] = []
    for month in range(1, 13):
        full = str(wide[month])
        if form == "number":
            names.append(str(month))
            continue
        if form == "wide":
            name = full
        else:
            name = str(short[month]).rstrip(".")
            if form == "three":
                name = name[:3]
            if period and len(name) < len(full) and name[-1:].isalpha():
                name += "."
        names.append(_cased(name, case))
    return tuple(names)


def _cased(name: str, case: MonthCase) -> str:
    if case == "upper":
        return unicodedata.normalize("NFC", name.upper())
    if case == "lower":
        return name.lower()
    if case == "title":
        return name[:1].upper() + name[1:]
    return name


def grammar_months(grammar: DatelineGrammar) -> tuple[str, ...]:
    return month_forms(primary_subtag(grammar.language) or "en", grammar.months,
                       grammar.month_period, grammar.month_case)  # fmt: skip


def can_format(dateline: Dateline, grammar: DatelineGrammar) -> bool:
    """Whether the dateline has every part the pattern requires (outside `[...]`)."""
    values = _values(dateline, grammar)
    return all(values[name] for segment in segments(grammar.pattern) if not segment.optional
               for name in segment.fields)  # fmt: skip


def format_with_grammar(
    dateline: Dateline, grammar: DatelineGrammar, known: Iterable[DatelineGrammar] = ()
) -> str:
    """The dateline as the agency writes it; a part the pattern requires and the
    dateline lacks is left out with nothing in its place (see `can_format`). A source
    that is one of the agency's names, in this declaration or in any of `known` for the
    same agency (`Xinhua` for `新华社`), is written as this declaration names it."""
    values = _values(dateline, grammar)
    values["source"] = source_in(dateline.source, grammar, known)
    out: list[str] = []
    for segment in segments(grammar.pattern):
        if segment.optional and not all(values[name] for name in segment.fields):
            continue
        out.extend(values[p.text] if p.is_field else p.text for p in segment.pieces)
    return "".join(out).strip()


def source_in(source: str, grammar: DatelineGrammar, known: Iterable[DatelineGrammar] = ()) -> str:
    """The source as `grammar` writes it: its own name for the agency (the first it
    declares) where `source` names the same agency in any declaration, else as given."""
    written = " ".join(source.split())
    if not written or names_agency(written, grammar.agency, (grammar, *known)):
        return grammar.sources[0]
    return written


def names_agency(source: str, agency: str, grammars: Iterable[DatelineGrammar]) -> bool:
    """Whether `source` is one of the names `agency` signs with in `grammars`."""
    folded = " ".join(source.casefold().split())
    return any(folded == " ".join(name.casefold().split())
               for g in grammars if g.agency == agency for name in g.sources)  # fmt: skip


def _values(dateline: Dateline, grammar: DatelineGrammar) -> dict[str, str]:
    city = " ".join(dateline.city.split())
    if grammar.city_case == "upper":
        city = unicodedata.normalize("NFC", city.upper())
    date = dateline.date
    source = grammar.sources[0]  # as `source_in` gives it
    return {
        "city": city,
        "region": " ".join(dateline.region.split()),
        "country": " ".join(dateline.country.split()),
        "day": str(date.day) if date else "",
        "month": grammar_months(grammar)[date.month - 1] if date else "",
        "year": str(date.year) if date else "",
        "source": source,
    }
