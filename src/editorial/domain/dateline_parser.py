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
from functools import lru_cache

from editorial.domain.dateline import Dateline, DatelineError
from editorial.domain.dates import DateError, looks_like_date, read_date
from editorial.domain.gazetteer import Gazetteer, country_name, fold, region_names
from editorial.domain.house_style_model import HouseStyle

DASHES = "-‐‑‒–—―"
_DASH = rf"(?:--|[{DASHES}])"
# The longest dateline `match_dateline` finds: a place and date of up to 100 characters,
# a source of up to 60 in parentheses, the dash and a few spaces between them
# ("WASHINGTON, D.C., Nov. 18, 2008 (Reuters) - " is 45). It reads no further into a
# paragraph, so a megabyte of spaces or capitals costs it no more than a dateline does.
MAX_DATELINE_CHARACTERS = 180
# Every quantifier is bounded and the spaces are taken possessively, so a failed match
# tries at most ~100 places for the end of the head and ~10 steps from each.
_AT_START = re.compile(
    rf"(?P<head>[^\n()]{{2,100}}?)[ \t]{{0,8}}+(?:\((?P<source>[^()\n]{{1,60}})\))?"
    rf"[ \t]{{0,8}}+(?P<dash>{_DASH})(?=[ \t]|\n?\Z)"
)
_SPACES = re.compile(r"[ \t]*")
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
    styles: Iterable[HouseStyle],
) -> Dateline:
    """The parts of a dateline typed as text. Raises `DatelineError` with a message for
    the editor when the text is not a dateline.

    The closing dash may be left out. A city in capitals comes back in title case
    (`RIO DE JANEIRO` -> `Rio de Janeiro`); with a `gazetteer` the city takes the
    gazetteer's spelling where the names match accent- and case-blind (`SAO PAULO` ->
    `São Paulo`) and a missing country or region is filled in. `styles` (the desk's
    catalog, or the styles the text may be written in) supply the month names, state
    abbreviations and stand-alone cities to recognise beside CLDR's months; with none,
    CLDR's months and the Canadian and British regions are all that is known.
    """
    stripped = text.strip()
    if not stripped:
        raise DatelineError("The dateline is empty.")
    lead = len(text) - len(text.lstrip())
    if len(stripped) > MAX_DATELINE_CHARACTERS:
        raise DatelineError(
            f"The dateline is {len(stripped):,} characters; one is at most "
            f"{MAX_DATELINE_CHARACTERS}.",
            lead + MAX_DATELINE_CHARACTERS,
        )
    unmatched = _unmatched_parenthesis(stripped)
    if unmatched is not None:
        raise DatelineError("The dateline has an unmatched parenthesis.", unmatched + lead)
    head, source = _head_and_source(stripped)
    try:
        return _dateline_from_parts(head, source, reference, gazetteer, styles)
    except DatelineError as error:
        raise DatelineError(error.message, error.position + lead) from None


def match_dateline(
    text: str,
    *,
    reference: dt.datetime | dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    styles: Iterable[HouseStyle],
) -> DatelineMatch | None:
    """The dateline opening `text` (a paragraph of wire copy), or None.

    Stricter than `parse_dateline`, since ordinary sentences must not pass: the city is
    in capitals, a date or a source is given, and a dash followed by a space closes it.
    `styles` as for `parse_dateline`. Only the first `MAX_DATELINE_CHARACTERS` after
    any leading spaces are read, so the time taken does not grow with the paragraph.
    """
    # Only the paragraph's opening characters are read (the leading spaces skipped in
    # one pass): two more than a dateline can hold, so that the look-ahead after the
    # dash sees what follows it.
    start = _after_spaces(text, 0)
    window = text[start : start + MAX_DATELINE_CHARACTERS + 2]
    match = _AT_START.match(window)
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
    return DatelineMatch(dateline, start, _after_spaces(text, start + match.end()))


def _after_spaces(text: str, position: int) -> int:
    found = _SPACES.match(text, position)
    return found.end() if found is not None else position


def _head_and_source(text: str) -> tuple[str, str]:
    """A typed dateline without its closing dash, and the source in parentheses at its
    end taken off: ("ANKARA, November 18", "RIA Novosti"). One pass from the end."""
    rest = text.rstrip()
    for dash in ("--", *DASHES):
        if rest.endswith(dash):
            rest = rest[: -len(dash)].rstrip()
            break
    if rest.endswith(")"):
        opening = rest.rfind("(")
        if opening >= 0 and ")" not in rest[opening + 1 : -1]:
            return rest[:opening].rstrip(), rest[opening + 1 : -1]
    return rest, ""


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
    styles: Iterable[HouseStyle],
) -> Dateline:
    known = _Known.of(tuple(styles))
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
    Built once per set of styles (a catalog's reload brings a new set; the few latest
    are kept)."""

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
    @lru_cache(maxsize=8)
    def of(styles: tuple[HouseStyle, ...]) -> _Known:
        return _Known(styles)

    def stand_alone_country(self, city: str) -> str:
        code = self.stand_alone.get(fold(city))
        return country_name(code) if code else ""
