"""Where and when a story was filed, and how a dateline reads in copy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
