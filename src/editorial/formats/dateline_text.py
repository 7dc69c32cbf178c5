"""Finding the dateline that opens a paragraph of wire copy and reading it into parts.

Recognises the shapes agencies print (and every bundled house style writes):

    ANKARA, November 18 (RIA Novosti) - …      LONDON, Nov 18 (Reuters) - …
    WASHINGTON (AP) — …                         GROSSETO, Italy (AP) -- …
    SPRINGFIELD, Ill., Nov. 18, 2008 (AP) — …   MOSCOW, 18 November - …

Wire datelines carry no year; it is the one that puts the date nearest the reference time
(when the story was filed or imported).

This is the formats' private reader of dateline text; `editorial.domain.dateline` is
to gain the shared one, and this module should then call it for the parts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from editorial.domain.dateline import Dateline

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A word of a place name: letters of any script with inner dots, hyphens and apostrophes
# (`ST.`, `WINSTON-SALEM`, `N'DJAMENA`), and an optional closing dot (`Ill.`).
_WORD = r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,4}}"
_DATELINE = re.compile(
    rf"""
    (?P<place>{_NAME})?
    (?P<qualifiers>(?:,[ ]*(?!{_MONTH}[ ]*\d){_NAME}){{0,2}})
    (?:,?[ ]*
        (?:(?P<month>{_MONTH})[ ]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})[ ]+(?P<month2>{_MONTH}))
        (?!\d)(?:,?[ ]+(?P<year>(?:19|20)\d\d)(?!\d))?
    )?
    [ ]*(?:\((?P<source>[^()\n]{{1,60}})\))?
    [ ]*(?P<dash>--|[-–—])[ ]+
    """,
    re.VERBOSE,
)
# Datelines are short; looking further only costs time on long paragraphs.
_LONGEST_DATELINE = 160


@dataclass(frozen=True, slots=True)
class DatelineText:
    """A dateline as found at the start of a paragraph, before places are resolved."""

    text: str
    rest: str
    place: str
    qualifiers: tuple[str, ...]
    month: int | None
    day: int | None
    year: int | None
    source: str


PlaceResolver = Callable[[str, tuple[str, ...]], tuple[str, str, str]]
"""(place as written, qualifiers as written) -> (city, region, country)."""


def find_dateline(paragraph: str) -> DatelineText | None:
    """The dateline opening `paragraph`, or None when it does not open with one.

    A bare place needs capitals (`MOSCOW -`), so that an ordinary sentence with a dash
    is never taken for a dateline; with a date or a source in brackets the place may be
    written in any case.
    """
    head = paragraph.lstrip()[:_LONGEST_DATELINE]
    match = _DATELINE.match(head)
    if match is None:
        return None
    place = (match["place"] or "").strip()
    qualifiers = tuple(q.strip() for q in match["qualifiers"].split(",") if q.strip())
    month_text = match["month"] or match["month2"]
    day_text = match["day"] or match["day2"]
    source = " ".join((match["source"] or "").split())
    month = _MONTH_NUMBERS[month_text[:3].lower()] if month_text else None
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    if not (place or month or source):
        return None
    if place and not (month or source) and not _is_capitals(place):
        return None
    if place and month is None and source == "" and sum(c.isalpha() for c in place) < 3:
        return None
    if place and not _is_capitals(place) and qualifiers and not (month or source):
        return None
    rest = head[match.end() :] + paragraph.lstrip()[_LONGEST_DATELINE:]
    if not rest.strip():
        return None
    return DatelineText(
        text=head[: match.end()].strip(),
        rest=rest.strip(),
        place=place,
        qualifiers=qualifiers,
        month=month,
        day=day,
        year=int(match["year"]) if match["year"] else None,
        source=source,
    )


def nearest_date(month: int, day: int, reference: dt.datetime | dt.date) -> dt.date | None:
    """The date with this month and day nearest to `reference` (a year back, the same
    year or a year on); the earlier one on a tie. None when no such day exists
    (February 30)."""
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    candidates: list[dt.date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - ref).days), d))


def resolve_dateline(
    found: DatelineText,
    reference: dt.datetime | dt.date,
    places: PlaceResolver | None = None,
) -> Dateline:
    """The structured dateline: places through `places` (a gazetteer) when given, else
    as written with capitals undone; the year from the text or nearest `reference`."""
    date: dt.date | None = None
    if found.month is not None and found.day is not None:
        if found.year is not None:
            try:
                date = dt.date(found.year, found.month, found.day)
            except ValueError:
                date = None
        else:
            date = nearest_date(found.month, found.day, reference)
    resolver = places or plain_places
    city, region, country = resolver(found.place, found.qualifiers) if found.place else ("", "", "")
    return Dateline(city=city, region=region, country=country, date=date, source=found.source)


def split_dateline(
    paragraph: str,
    reference: dt.datetime | dt.date,
    places: PlaceResolver | None = None,
) -> tuple[Dateline, str] | None:
    """(dateline, the paragraph after it) when `paragraph` opens with a dateline."""
    found = find_dateline(paragraph)
    if found is None:
        return None
    return resolve_dateline(found, reference, places), found.rest


def plain_places(place: str, qualifiers: tuple[str, ...]) -> tuple[str, str, str]:
    """Places as written, without a gazetteer: `GROSSETO, Italy` is city Grosseto in
    Italy; with two qualifiers the first is the region."""
    city = undo_capitals(place)
    if len(qualifiers) >= 2:
        return city, qualifiers[0], qualifiers[-1]
    if len(qualifiers) == 1:
        return city, "", qualifiers[0]
    return city, "", ""


_LOWER_PARTICLES = frozenset({
    "de", "da", "do", "das", "dos", "del", "della", "di", "du", "des", "la", "le", "les",
    "al", "el", "es", "en", "of", "on", "upon", "sur", "am", "im", "an", "der", "den",
    "van", "von", "y", "e",
})  # fmt: skip


def undo_capitals(name: str) -> str:
    """`NEW YORK` -> `New York`, `RIO DE JANEIRO` -> `Rio de Janeiro`; a name already
    in mixed case is left alone."""
    if not _is_capitals(name):
        return name
    words = name.split(" ")
    out = []
    for position, word in enumerate(words):
        lowered = word.lower()
        if position and lowered in _LOWER_PARTICLES:
            out.append(lowered)
        else:
            out.append(_capitalise_word(word))
    return " ".join(out)


def _capitalise_word(word: str) -> str:
    # `ST.` -> `St.`, `WINSTON-SALEM` -> `Winston-Salem`, `O'HARE` -> `O'Hare`
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _is_capitals(text: str) -> bool:
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)
