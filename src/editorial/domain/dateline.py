"""Where and when a story was filed, and the dates a dateline carries.

Formatting lives with the house styles (`editorial.domain.house_style.format_dateline`),
reading a typed or pasted dateline in `editorial.domain.dateline_parser`, reading its date
in `editorial.domain.dates` (`resolve_year` is re-exported here for its callers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editorial.domain.dates import DateError, resolve_year

if TYPE_CHECKING:
    from editorial.domain.gazetteer import City, Gazetteer

__all__ = ["Dateline", "DatelineError", "dateline_at", "local_date", "local_dateline_date",
           "resolve_year"]  # fmt: skip


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


class DatelineError(DateError):
    """A dateline that cannot be read; `position` is the offset in the text where
    reading stopped making sense (0 when it is the whole text)."""


def local_date(moment: dt.datetime, timezone: str | dt.tzinfo) -> dt.date:
    """The calendar date at `moment` in a time zone (an IANA name or a tzinfo)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the moment must be timezone-aware to place it in a city")
    # Imported here: zoneinfo reads the platform's configuration (sysconfig) on import,
    # which the window's first frame, listing stories, does without.
    from zoneinfo import ZoneInfo

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
