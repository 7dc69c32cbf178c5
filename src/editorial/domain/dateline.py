"""Where and when a story was filed, and the dates a dateline carries.

Formatting lives with the house styles (`editorial.domain.house_style.format_dateline`),
reading a typed or pasted dateline in `editorial.domain.dateline_parser`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from editorial.domain.gazetteer import City, Gazetteer


@dataclass(frozen=True, slots=True)
class Dateline:
    """The structured dateline: `ANKARA, November 18 (RIA Novosti) -` is
    city="Ankara", country="Turkey", date=2008-11-18, source="RIA Novosti".

    The text an editor sees is always formatted from these parts by a house style
    (`editorial.domain.house_style`), never stored beside them.
    """

    city: str = ""
    region: str = ""
    country: str = ""
    date: dt.date | None = None
    source: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.city.strip() or self.country.strip() or self.date or self.source.strip())


class DatelineError(ValueError):
    """A dateline that cannot be read; `position` is the offset in the text where
    reading stopped making sense (0 when it is the whole text)."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def resolve_year(month: int, day: int, reference: dt.date | dt.datetime) -> dt.date:
    """The date with this month and day nearest to `reference` (a story's time, or the
    time copy was imported): wire datelines carry no year, so `December 31` read on
    January 2 is last year's. February 29 goes to the nearest leap year.

    Raises `DatelineError` for a day the month never has (April 31).
    """
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    if not 1 <= month <= 12:
        raise DatelineError(f"There is no month {month}.")
    if not 1 <= day <= _LONGEST_MONTH[month - 1]:
        raise DatelineError(f"{_MONTH_NAMES[month - 1]} has no day {day}.")
    best: dt.date | None = None
    for year in range(ref.year - 4, ref.year + 5):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    assert best is not None  # every month/day pair occurs within any nine years
    return best


_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def local_date(moment: dt.datetime, timezone: str | dt.tzinfo) -> dt.date:
    """The calendar date at `moment` in a time zone (an IANA name or a tzinfo)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the moment must be timezone-aware to place it in a city")
    zone = ZoneInfo(timezone) if isinstance(timezone, str) else timezone
    return moment.astimezone(zone).date()


def local_dateline_date(
    moment: dt.datetime,
    city: City | str,
    *,
    country: str = "",
    region: str = "",
    gazetteer: Gazetteer | None = None,
) -> dt.date | None:
    """The date a dateline at `city` should carry for a story filed at `moment` (an
    aware datetime): the date in the city's own time zone, not the editor's.

    `city` is a gazetteer `City` or a name looked up in `gazetteer`. None when the name
    is not a city the gazetteer knows, or there is no gazetteer to ask.
    """
    if isinstance(city, str):
        found = gazetteer.lookup(city, country, region) if gazetteer is not None else None
        if found is None:
            return None
        city = found
    return local_date(moment, city.timezone)


def dateline_at(city: City, moment: dt.datetime, source: str = "") -> Dateline:
    """The dateline for a story filed from `city` at `moment`: the city's name, region
    and country, and the local date there."""
    return Dateline(
        city=city.name,
        region=city.region,
        country=city.country,
        date=local_date(moment, city.timezone),
        source=source,
    )
