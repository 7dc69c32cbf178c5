"""Reading a dateline as an editor types it or as wire copy prints it, in any of the
house styles' shapes:

    ANKARA, November 18 (RIA Novosti) -       ANKARA, Nov 18 (Reuters) -
    ANKARA, Turkey (AP) —                     SAN JOSE, Calif., Nov. 18 (AP) —
    МОСКВА, 18 ноября (РИА Новости) -         PARIS, Nov 18, 2008 (AFP) –

and in any agency's declared form that the styles carry
(`editorial.domain.dateline_grammar`, read by `editorial.domain.dateline_grammar_match`):

    MOSCOW, November 18. /TASS/.              (ANSA) - ROMA, 18 NOV -
    МОСКВА, 18 ноя - РИА Новости.             新华社北京11月18日电

The date is read by the one date grammar (`editorial.domain.dates`), with the month
names of CLDR and of the house styles; a date without a year takes the year nearest the
reference time (`resolve_year`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from editorial.domain.dateline import Dateline, DatelineError
from editorial.domain.dateline_grammar_match import SPACES, GrammarMatch, match_grammar
from editorial.domain.dateline_known import KnownForms, placed, title_city
from editorial.domain.dates import DateError, looks_like_date, read_date, resolve_year
from editorial.domain.gazetteer import Gazetteer, fold
from editorial.domain.house_style_model import HouseStyle

__all__ = ["DatelineMatch", "match_dateline", "parse_dateline", "title_city"]

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
    rf"[ \t]{{0,8}}+(?P<dash>{_DASH})(?=[ \t\u00a0\u202f]|\n?\Z)"
)
_SPACES = re.compile(rf"[{SPACES}]*")
_YEAR = re.compile(r"^\d{4}$")


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
    styles = tuple(styles)
    # An agency's declared form, read whole, first: `新华社北京11月18日电` would
    # otherwise pass for a city with nothing after it.
    known = KnownForms.of(styles)
    for grammar in known.grammars_in(stripped):
        found = match_grammar(stripped, grammar, whole=True)
        dateline = _grammar_dateline(found, reference, gazetteer, known) if found else None
        if dateline is not None:
            return dateline
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
    in capitals, a date or a source is given, and a dash followed by a space closes it;
    or else the paragraph opens with an agency's declared form, its source named as
    declared (`Berlin (dpa) -`, `【東京共同】`), and the longer reading wins.
    `styles` as for `parse_dateline`. Only the first `MAX_DATELINE_CHARACTERS` after
    any leading spaces are read, so the time taken does not grow with the paragraph.
    """
    # Only the paragraph's opening characters are read (the leading spaces skipped in
    # one pass): two more than a dateline can hold, so that the look-ahead after the
    # dash sees what follows it.
    start = _after_spaces(text, 0)
    window = text[start : start + MAX_DATELINE_CHARACTERS + 2]
    styles = tuple(styles)
    best = _house_match(window, reference, gazetteer, styles)
    # An agency's declared form wins where it reads further: `МОСКВА, 18 ноя -
    # РИА Новости.` is more than the house shape's `МОСКВА, 18 ноя -`.
    known = KnownForms.of(styles)
    for grammar in known.grammars_in(window):
        found = match_grammar(window, grammar)
        if (found is None or found.end > MAX_DATELINE_CHARACTERS
                or (best is not None and found.end <= best[1])):  # fmt: skip
            continue
        dateline = _grammar_dateline(found, reference, gazetteer, known)
        if dateline is not None:
            best = (dateline, found.end)
    if best is None:
        return None
    return DatelineMatch(best[0], start, _after_spaces(text, start + best[1]))


def _house_match(
    window: str,
    reference: dt.datetime | dt.date | None,
    gazetteer: Gazetteer | None,
    styles: tuple[HouseStyle, ...],
) -> tuple[Dateline, int] | None:
    """The dateline in the house styles' shape (`CITY, DATE (SOURCE) -`) opening the
    window, and where it ends."""
    match = _AT_START.match(window)
    if match is None:
        return None
    head, source = match.group("head"), match.group("source") or ""
    city = head.split(",", 1)[0].strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return None
    dateline = _house_dateline(head, source, _day_of(reference), gazetteer, styles)
    if dateline is None or (dateline.date is None and not dateline.source):
        return None
    return dateline, match.end()


@lru_cache(maxsize=4096)
def _house_dateline(
    head: str, source: str, today: dt.date, gazetteer: Gazetteer | None,
    styles: tuple[HouseStyle, ...],
) -> Dateline | None:  # fmt: skip
    """The dateline of these parts, None when they make none. Remembered, since an
    agency's datelines repeat (a day's copy from one city reads `ANKARA, November 18
    (RIA Novosti) -` on every story); the reference matters only by its day."""
    try:
        return _dateline_from_parts(head, source, today, gazetteer, styles)
    except DatelineError:
        return None


def _day_of(reference: dt.datetime | dt.date | None) -> dt.date:
    when = reference if reference is not None else dt.datetime.now(dt.UTC)
    return when.date() if isinstance(when, dt.datetime) else when


def _grammar_dateline(
    found: GrammarMatch,
    reference: dt.datetime | dt.date | None,
    gazetteer: Gazetteer | None,
    known: KnownForms,
) -> Dateline | None:
    """The dateline an agency grammar read; None when its date is no date."""
    when = reference if reference is not None else dt.datetime.now(dt.UTC)
    today = when.date() if isinstance(when, dt.datetime) else when
    date: dt.date | None = None
    try:
        if found.day is not None and found.month is None:
            date = _nearest_with_day(found.day, today)
        elif found.day is not None and found.month is not None:
            date = (dt.date(found.year, found.month, found.day) if found.year
                    else resolve_year(found.month, found.day, today))  # fmt: skip
    except (ValueError, DateError):
        return None
    region = known.regions.get(fold(found.region), (found.region, ""))[0] if found.region else ""
    city, region, country = placed(found.city, region, found.country, known, gazetteer)
    return Dateline(city=city, region=region, country=country, date=date, source=found.source)


def _nearest_with_day(day: int, today: dt.date) -> dt.date:
    """The date nearest `today` falling on this day of a month (Europa Press's
    `MADRID, 18`)."""
    candidates: list[dt.date] = []
    for shift in (-1, 0, 1):
        month_index = today.year * 12 + today.month - 1 + shift
        try:
            candidates.append(dt.date(month_index // 12, month_index % 12 + 1, day))
        except ValueError:
            continue
    if not candidates:
        raise DateError(f"No month near {today} has a day {day}.")
    return min(candidates, key=lambda candidate: abs((candidate - today).days))


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


def _dateline_from_parts(
    head: str,
    source: str,
    reference: dt.datetime | dt.date | None,
    gazetteer: Gazetteer | None,
    styles: Iterable[HouseStyle],
) -> Dateline:
    known = KnownForms.of(tuple(styles))
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
    city, region, country = placed(city, region, country, known, gazetteer)
    return Dateline(city=city, region=region, country=country, date=date,
                    source=known.canonical_source(source))  # fmt: skip


def _looks_like_date(segment: str) -> bool:
    return any(c.isdigit() for c in segment)


def _read_date(
    segment: str, known: KnownForms, reference: dt.datetime | dt.date | None, position: int
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


def _read_locale(locale: list[str], known: KnownForms) -> tuple[str, str]:
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
