"""Reading a dateline with a declared agency grammar (`editorial.domain.dateline_grammar`):
each declaration is compiled once into one regular expression that is anchored at the
start and whose every quantifier is bounded, so that a match costs the same on a
megabyte as on a dateline (callers hand in at most a dateline's length anyway).

The parts come back as the copy wrote them; making a city of them (title case, the
gazetteer) and a date (the year nearest the story's time) is the caller's
(`editorial.domain.dateline_parser`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from editorial.domain.dateline_grammar import (
    MONTH_FORMS,
    DatelineGrammar,
    Piece,
    grammar_months,
    month_forms,
    segments,
)
from editorial.domain.dates import month_number
from editorial.domain.language import primary_subtag

_DASHES = "-‐‑‒–—―"
_DASH = f"(?:--|[{_DASHES}])"
# Spaces as copy carries them: plain, tabs, no-break and narrow no-break (a pasted page
# or a word processor), and the ideographic space after a Chinese dateline.
SPACES = " \t\u00a0\u2007\u202f\u3000"
_SPACE = rf"[{SPACES}]{{0,4}}+"
# Letters, and the combining marks that some scripts write names with (Devanagari's
# vowel signs, Arabic's harakat, a decomposed accent), which `\w` does not cover.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f"


def _name(length: int) -> str:
    """A place name: a letter, then up to `length` letters, marks, spaces, periods,
    apostrophes, hyphens and slashes (`Frankfurt/Main`), as few as the rest of the
    pattern allows."""
    return rf"[^\W\d_](?:[^\W\d_]|[{_MARKS} .'’/\-]){{0,{length}}}?"


_MAX_CITY_WORDS = 5
_FULL_WIDTH_DIGITS = {0xFF10 + n: str(n) for n in range(10)}


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """What a grammar read at the start of a text: `end` is just past its last
    character (spaces after it not included). The month and day are None when the
    pattern has no date or left its optional date out; `source` is spelled as
    declared."""

    grammar: DatelineGrammar
    end: int
    city: str = ""
    region: str = ""
    country: str = ""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    source: str = ""


def match_grammar(
    text: str, grammar: DatelineGrammar, *, whole: bool = False
) -> GrammarMatch | None:
    """The dateline in `grammar`'s form at the start of `text` (all of it with `whole`),
    or None."""
    compiled = _compiled(grammar)
    text = text.translate(_FULL_WIDTH_DIGITS)  # 新华社北京１１月１８日电; lengths kept
    found = compiled.pattern.fullmatch(text) if whole else compiled.pattern.match(text)
    if found is None:
        return None
    parts = found.groupdict()
    city = parts.get("city") or ""
    if city and not _city_as_declared(city, grammar):
        return None
    month_text, day_text, year_text = parts.get("month"), parts.get("day"), parts.get("year")
    month = _month(month_text, compiled, grammar) if month_text else None
    if month_text and month is None:
        return None
    return GrammarMatch(
        grammar,
        found.end(),
        city=city.strip(),
        region=(parts.get("region") or "").strip(),
        country=(parts.get("country") or "").strip(),
        day=int(day_text) if day_text else None,
        month=month,
        year=int(year_text) if year_text else None,
        source=_source(parts["source"], compiled, grammar),
    )


def _month(text: str, compiled: _Compiled, grammar: DatelineGrammar) -> int | None:
    exact = compiled.months.get(month_key(text))
    if exact is not None or grammar.months == "number":
        return exact
    language = primary_subtag(grammar.language) or "en"
    return month_number(text, (language,), ((word, n) for word, n in compiled.months.items()))


def _source(text: str, compiled: _Compiled, grammar: DatelineGrammar) -> str:
    """The agency's name in the declaration's language (its first declared), whichever
    of its names the copy signed with (`ИТАР-ТАСС` is `ТАСС`, `Belga` is `BELGA`)."""
    return grammar.sources[0]


def month_key(word: str) -> str:
    """How month words are compared: case, accents, a final period and Turkish dotless
    i ignored (`KASIM` is `Kasım`)."""
    decomposed = unicodedata.normalize("NFD", word.strip().casefold().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def fold_source(name: str) -> str:
    return " ".join(name.casefold().split())


def _city_as_declared(city: str, grammar: DatelineGrammar) -> bool:
    if len(city.split()) > _MAX_CITY_WORDS:
        return False
    cased = [c for c in city if c.lower() != c.upper()]
    if grammar.city_case == "upper" and all(c.isupper() for c in cased):
        return len(cased) >= 2 or not cased
    # Copy retyped by a site or an editor writes the city in title case (`Moscow, Feb 27
    # (Reuters) -`): every word capitalised but the particles, so that a sentence ending
    # in the agency's name (`Officials in Moscow, Feb 27 (Reuters) -`) is not a city.
    if grammar.city_case == "upper":
        return all(word[:1].isupper() or word in _PARTICLES
                   for word in re.split(r"[\s/-]+", city.strip()) if word)  # fmt: skip
    return not cased or not cased[0].islower()


_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "la", "le", "les", "el",
                        "al", "am", "an", "der", "on", "upon", "sur", "en", "y", "i", "e"})


@dataclass(frozen=True, slots=True)
class _Compiled:
    pattern: re.Pattern[str]
    months: dict[str, int]
    sources: dict[str, str]


@lru_cache(maxsize=512)
def _compiled(grammar: DatelineGrammar) -> _Compiled:
    written, months = _month_words(grammar)
    sources: dict[str, str] = {}
    for name in grammar.sources:
        sources.setdefault(fold_source(name), name)
    regex: list[str] = []
    parts = segments(grammar.pattern)
    trailing_space = grammar.pattern.endswith(" ")
    for index, segment in enumerate(parts):
        pieces = list(segment.pieces)
        if trailing_space and index == len(parts) - 1 and not pieces[-1].is_field:
            pieces[-1] = Piece(pieces[-1].text.rstrip(" "), False)
        body = "".join(_piece(piece, written, sources, grammar) for piece in pieces)
        regex.append(f"(?:{body})?" if segment.optional else body)
    if trailing_space:
        regex.append(rf"(?=[{SPACES}]|\n?\Z)")
    return _Compiled(re.compile("".join(regex)), months, sources)


def _piece(piece: Piece, months: tuple[str, ...], sources: dict[str, str],
           grammar: DatelineGrammar) -> str:  # fmt: skip
    if not piece.is_field:
        return _literal(piece.text)
    name = piece.text
    if name == "city":
        return f"(?P<city>{_name(59)})"
    if name in ("region", "country"):
        return f"(?P<{name}>{_name(39)})"
    if name == "day":
        return r"(?P<day>\d{1,2})(?!\d)"
    if name == "year":
        return r"(?P<year>\d{4})(?!\d)"
    if name == "month":
        if grammar.months == "number":
            return r"(?P<month>1[0-2]|0?[1-9])(?!\d)"
        if all(c.isalpha() or c in " ." for word in months for c in word):
            # Month words: any word, looked up as the date grammar does (`Sept` is the
            # only month beginning so, though CLDR writes `Sep`).
            return r"(?P<month>[^\W\d_]{1,15}+\.?)(?![\w])"
        return f"(?P<month>(?i:{_alternatives(months)})\\.?)(?![^\\W\\d_])"
    # A regional service after the agency's name is read as the agency (`dpa/lno`).
    return f"(?P<source>(?i:{_alternatives(sources)}))(?:/[^\\W\\d_]{{2,5}})?"


def _alternatives(words: Iterable[str]) -> str:
    """Literal words, longest first so that `November` is not read as `Nov`."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(r"[ \t]{1,3}".join(map(re.escape, word.split(" "))) for word in ordered)


def _literal(text: str) -> str:
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in _DASHES:
            while position < len(text) and text[position] in _DASHES:
                position += 1
            out.append(_DASH)
            continue
        if char == " ":
            while position < len(text) and text[position] == " ":
                position += 1
            out.append(_SPACE)
            continue
        out.append(re.escape(char))
        position += 1
    return f"(?i:{''.join(out)})"


def _month_words(grammar: DatelineGrammar) -> tuple[tuple[str, ...], dict[str, int]]:
    """Every form of the months in the grammar's language that copy might use, as
    written (without a final period) and keyed as `month_key` compares them; a form two
    months share is left out."""
    language = primary_subtag(grammar.language) or "en"
    forms = {grammar_months(grammar)}
    if grammar.months != "number":
        for form in MONTH_FORMS:
            if form != "number":
                forms.add(month_forms(language, form, False, "as_cldr"))
                forms.add(month_forms(language, form, True, "as_cldr"))
    words: dict[str, set[int]] = {}
    written: dict[str, str] = {}
    for names in forms:
        for number, name in enumerate(names, 1):
            key = month_key(name)
            words.setdefault(key, set()).add(number)
            written.setdefault(name.rstrip("."), key)
    keys = {word: numbers.pop() for word, numbers in words.items()
            if len(numbers) == 1 and word}  # fmt: skip
    return tuple(name for name, key in written.items() if key in keys and name), keys
