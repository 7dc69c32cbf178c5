"""Reading a dateline as an editor types it or as wire copy prints it, in any of the
house styles' shapes:

    ANKARA, November 18 (RIA Novosti) -       ANKARA, Nov 18 (Reuters) -
    ANKARA, Turkey (AP) —                     SAN JOSE, Calif., Nov. 18 (AP) —
    МОСКВА, 18 ноября (РИА Новости) -         PARIS, Nov 18, 2008 (AFP) –

The date is read by the one date grammar (`editorial.domain.dates`), with the month
names of CLDR and of the house styles; a date without a year takes the year nearest the
reference time (`resolve_year`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from editorial.domain.dateline import Dateline, DatelineError
from editorial.domain.dates import DateError, looks_like_date, read_date
from editorial.domain.gazetteer import Gazetteer, country_name, fold, region_names
from editorial.domain.house_style import HOUSE_STYLES
from editorial.domain.house_style_model import HouseStyle

DASHES = "-‐‑‒–—―"
_DASH = rf"(?:--|[{DASHES}])"
_WHOLE = re.compile(
    rf"^(?P<head>.*?)\s*(?:\((?P<source>[^()]*)\))?\s*(?P<dash>{_DASH})?\s*$", re.DOTALL
)
_AT_START = re.compile(
    rf"[ \t]*(?P<head>[^\n()]{{2,100}}?)[ \t]*(?:\((?P<source>[^()\n]{{1,60}})\))?[ \t]*"
    rf"(?P<dash>{_DASH})(?:[ \t]+|$)"
)
_YEAR = re.compile(r"^\d{4}$")
# Lower case inside a place name written in capitals: RIO DE JANEIRO -> Rio de Janeiro.
_PARTICLES = frozenset((
    "de", "da", "do", "dos", "das", "del", "della", "degli", "di", "du", "des", "la", "le",
    "les", "el", "al", "am", "an", "im", "on", "upon", "sur", "sous", "en", "y", "van",
    "von", "der", "den", "ter", "of",
))  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph: `text[start:end]` is the dateline
    with its dash and the spaces after it, so `text[end:]` is where the copy begins."""

    dateline: Dateline
    start: int
    end: int


def parse_dateline(
    text: str,
    *,
    reference: dt.datetime | dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    styles: Iterable[HouseStyle] | None = None,
) -> Dateline:
    """The parts of a dateline typed as text. Raises `DatelineError` with a message for
    the editor when the text is not a dateline.

    The closing dash may be left out. A city in capitals comes back in title case
    (`RIO DE JANEIRO` -> `Rio de Janeiro`); with a `gazetteer` the city takes the
    gazetteer's spelling where the names match accent- and case-blind (`SAO PAULO` ->
    `São Paulo`) and a missing country or region is filled in. `styles` (all bundled
    styles by default) supply the month names, state abbreviations and stand-alone
    cities to recognise.
    """
    stripped = text.strip()
    if not stripped:
        raise DatelineError("The dateline is empty.")
    unmatched = _unmatched_parenthesis(stripped)
    if unmatched is not None:
        lead = len(text) - len(text.lstrip())
        raise DatelineError("The dateline has an unmatched parenthesis.", unmatched + lead)
    match = _WHOLE.match(stripped)
    assert match is not None  # every part of the pattern is optional
    try:
        return _dateline_from_parts(
            match.group("head"), match.group("source") or "", reference, gazetteer, styles
        )
    except DatelineError as error:
        lead = len(text) - len(text.lstrip())
        raise DatelineError(error.message, error.position + lead) from None


def match_dateline(
    text: str,
    *,
    reference: dt.datetime | dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    styles: Iterable[HouseStyle] | None = None,
) -> DatelineMatch | None:
    """The dateline opening `text` (a paragraph of wire copy), or None.

    Stricter than `parse_dateline`, since ordinary sentences must not pass: the city is
    in capitals, a date or a source is given, and a dash followed by a space closes it.
    """
    match = _AT_START.match(text)
    if match is None:
        return None
    head, source = match.group("head"), match.group("source") or ""
    city = head.split(",", 1)[0].strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return None
    try:
        dateline = _dateline_from_parts(head, source, reference, gazetteer, styles)
    except DatelineError:
        return None
    if dateline.date is None and not dateline.source:
        return None
    start = len(text) - len(text.lstrip(" \t"))
    return DatelineMatch(dateline, start, match.end())


def _unmatched_parenthesis(text: str) -> int | None:
    opened: list[int] = []
    for position, char in enumerate(text):
        if char == "(":
            opened.append(position)
        elif char == ")":
            if not opened:
                return position
            opened.pop()
    return opened[0] if opened else None


def title_city(name: str) -> str:
    """A place name written in capitals, in title case: `ST. LOUIS` -> `St. Louis`,
    `ROSTOV-ON-DON` -> `Rostov-on-Don`, `N'DJAMENA` -> `N'Djamena`. Names that are
    not all capitals are returned unchanged."""
    if name != name.upper() or name == name.lower():
        return name
    words = re.split(r"([\s-]+)", name.lower())
    out: list[str] = []
    for index, word in enumerate(words):
        if index % 2 == 1 or (index > 0 and word in _PARTICLES):
            out.append(word)
            continue
        head, apostrophe, rest = word.partition("'")
        if apostrophe and len(head) == 1 and rest:  # N'Djamena, O'Hare
            out.append(head.upper() + apostrophe + rest[:1].upper() + rest[1:])
        else:
            out.append(_capitalise(word))
    return unicodedata.normalize("NFC", "".join(out))


def _capitalise(word: str) -> str:
    """The first letter in capitals (`(ankara` -> `(Ankara`)."""
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1 :]
    return word


def _dateline_from_parts(
    head: str,
    source: str,
    reference: dt.datetime | dt.date | None,
    gazetteer: Gazetteer | None,
    styles: Iterable[HouseStyle] | None,
) -> Dateline:
    known = _Known.of(tuple(styles) if styles is not None else tuple(HOUSE_STYLES.values()))
    segments = [(m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
                for m in re.finditer(r"[^,]*", head) if m.start() == 0 or head[m.start() - 1] == ","]  # fmt: skip # noqa: E501
    city = segments[0][0]
    date: dt.date | None = None
    date_had_no_year = False
    date_position = 0
    locale: list[str] = []
    if looks_like_date(city) and len(segments) == 1:
        # A dateline with no place, only a date (`November 18 -`).
        date, date_had_no_year = _read_date(city, known, reference, 0)
        city = ""
    elif not any(c.isalpha() for c in city):
        raise DatelineError("A dateline starts with the city: CITY, Month Day (Source) -")
    for segment, position in segments[1:]:
        if not segment:
            raise DatelineError("The dateline has an empty part between commas.", position)
        if _YEAR.match(segment) and date is not None and date_had_no_year:
            date = _on_date(date.month, date.day, int(segment), date_position)
            date_had_no_year = False
        elif _looks_like_date(segment):
            if date is not None:
                raise DatelineError("The dateline has two dates.", position)
            date, date_had_no_year = _read_date(segment, known, reference, position)
            date_position = position
        elif date is not None:
            raise DatelineError(f"“{segment}” follows the date; the place comes first.", position)
        else:
            locale.append(segment)
    if len(locale) > 2:
        raise DatelineError(
            "Too many parts between the city and the date: at most a state or region "
            "and a country.",
            segments[1][1],
        )
    region, country = _read_locale(locale, known)
    city = title_city(" ".join(city.split()))
    if not region and not country:
        country = known.stand_alone_country(city)
    if gazetteer is not None:
        found = gazetteer.lookup(city, country, region)
        if found is not None:
            if fold(found.name) == fold(city):
                city = found.name
            if not country:
                country = found.country
                region = region or found.region
    return Dateline(city=city, region=region, country=country, date=date,
                    source=" ".join(source.split()))  # fmt: skip


def _looks_like_date(segment: str) -> bool:
    return any(c.isdigit() for c in segment)


def _read_date(
    segment: str, known: _Known, reference: dt.datetime | dt.date | None, position: int
) -> tuple[dt.date, bool]:
    if not looks_like_date(segment):
        raise DatelineError(f"Cannot read “{segment}” as a date (like November 18).", position)
    try:
        found = read_date(
            segment,
            reference,
            languages=known.languages,
            month_words=known.month_words,
            relative=False,
            numeric=False,
        )
    except DateError as error:
        raise DatelineError(error.message, position) from None
    return found.date, not found.year_given


def _on_date(month: int, day: int, year: int, position: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DatelineError(f"{year}-{month:02}-{day:02} is not a date.", position) from None


def _read_locale(locale: list[str], known: _Known) -> tuple[str, str]:
    """(region, country) from the parts between city and date."""
    if not locale:
        return "", ""
    if len(locale) == 2:
        region = known.regions.get(fold(locale[0]), (locale[0], ""))[0]
        return region, locale[1]
    found = known.regions.get(fold(locale[0]))
    if found is not None:
        return found
    return "", locale[0]


class _Known:
    """What the styles teach the parser: their languages and month words (beside CLDR's,
    which the date grammar knows), regions by their printed forms, stand-alone cities.
    Built once per set of styles."""

    def __init__(self, styles: tuple[HouseStyle, ...]) -> None:
        languages: dict[str, None] = {}
        month_words: dict[tuple[str, int], None] = {}
        # region key -> (region name, country name)
        self.regions: dict[str, tuple[str, str]] = {}
        self.stand_alone: dict[str, str] = {}
        for style in styles:
            rules = style.dateline
            languages.update(dict.fromkeys(rules.languages))
            for words in (rules.date_words(), *rules.languages.values()):
                for number, name in enumerate(words.months, 1):
                    month_words.setdefault((name, number))
            us = country_name("US")
            for name, printed in rules.region_abbreviations.items():
                self.regions.setdefault(fold(printed), (name, us))
            for code, cities in rules.stand_alone.items():
                for city in cities:
                    self.stand_alone.setdefault(fold(city), code)
        for code in ("CA", "GB"):
            for name in region_names(code):
                self.regions.setdefault(fold(name), (name, country_name(code)))
        self.languages = tuple(languages)
        self.month_words = tuple(month_words)

    @staticmethod
    @cache
    def of(styles: tuple[HouseStyle, ...]) -> _Known:
        return _Known(styles)

    def stand_alone_country(self, city: str) -> str:
        code = self.stand_alone.get(fold(city))
        return country_name(code) if code else ""
