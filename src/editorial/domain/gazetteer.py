"""Cities of the world for the dateline: name (in any script the data knows) to city,
country, region and IANA time zone, with prefix completion for the city field.

The domain only searches cities it is handed: `Gazetteer(cities)` indexes them, and is
immutable once built, so one instance is shared by every thread. Reading the GeoNames
data (`editorial.formats.geonames`) and building the gazetteer once per process, off the
GUI thread (`editorial.services.places`), happen outside the domain. Country names and
regions come from ISO 3166 (`editorial.domain.countries`, re-exported here).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from editorial.domain.countries import (
    country_code,
    country_name,
    fold,
    region_name,
    region_names,
)

__all__ = [
    "City",
    "CityMatch",
    "Gazetteer",
    "country_code",
    "country_name",
    "fold",
    "region_name",
    "region_names",
]


@dataclass(frozen=True, slots=True)
class City:
    """A place a dateline can name. `region` is the state, province or nation where
    datelines use one (US, Canada, UK), else ""; `region_code` is its ISO 3166-2 code
    without the country part (`CA` for California, `ON` for Ontario, `SCT`)."""

    geonameid: int
    name: str
    country_code: str
    country: str
    region: str
    region_code: str
    timezone: str
    population: int
    latitude: float = 0.0
    longitude: float = 0.0

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def label(self) -> str:
        """`Moscow, Russia`; `Moscow, Idaho, United States` where a region is known."""
        return ", ".join(part for part in (self.name, self.region, self.country) if part)


@dataclass(frozen=True, slots=True)
class CityMatch:
    """A completion: the city and the name that matched what was typed (`Москва` when
    the editor typed Cyrillic), so the field can keep the editor's script."""

    city: City
    matched: str


# The index maps a folded name to (city index, the name as the data writes it).
_Entry = tuple[int, str]


class Gazetteer:
    """Cities indexed by every name they go by. Immutable once built; safe to share
    between threads."""

    def __init__(self, cities: Iterable[tuple[City, Iterable[str]]]) -> None:
        self._cities: list[City] = []
        index: dict[str, list[_Entry]] = {}
        for city, alternates in cities:
            position = len(self._cities)
            self._cities.append(city)
            seen: set[str] = set()
            for name in (city.name, *alternates):
                key = fold(name)
                if key and key not in seen:
                    seen.add(key)
                    index.setdefault(key, []).append((position, name))
        self._index = {key: tuple(entries) for key, entries in index.items()}
        self._keys = sorted(self._index)
        # Per instance, so a gazetteer built for a test or replaced is not kept alive by
        # a cache on the class; lru_cache keeps its own bookkeeping thread-safe.
        self._completions = lru_cache(maxsize=256)(self._complete)

    def __len__(self) -> int:
        return len(self._cities)

    def find(self, name: str, country: str = "", region: str = "") -> list[City]:
        """Every city called `name`, best first: cities whose own name it is before
        those that merely also go by it, then the most populous. `country` (a name or an
        ISO code) and `region` narrow the choice when they match anything."""
        entries = self._index.get(fold(name), ())
        candidates = [(self._cities[i], fold(written) == fold(self._cities[i].name))
                      for i, written in entries]  # fmt: skip
        code = country_code(country) if country.strip() else ""
        if code:
            candidates = [c for c in candidates if c[0].country_code == code] or candidates
        if region.strip():
            wanted = fold(region)
            narrowed = [c for c in candidates
                        if wanted in (fold(c[0].region), fold(c[0].region_code))]  # fmt: skip
            candidates = narrowed or candidates
        candidates.sort(key=lambda c: (not c[1], -c[0].population))
        return [city for city, _ in candidates]

    def lookup(self, name: str, country: str = "", region: str = "") -> City | None:
        """The city a dateline most likely means, or None when no city goes by `name`."""
        found = self.find(name, country, region)
        return found[0] if found else None

    def lookup_named(self, name: str, country: str = "", region: str = "") -> CityMatch | None:
        """As `lookup`, with the name as the data writes the one that matched `name`:
        `Kiev` for `KIEV` (another name of Kyiv), `São Paulo` for `SAO PAULO`."""
        found = self.find(name, country, region)
        if not found:
            return None
        city = found[0]
        written = next((w for i, w in self._index.get(fold(name), ())
                        if self._cities[i] is city), city.name)  # fmt: skip
        return CityMatch(city, written)

    def complete(self, prefix: str, limit: int = 10, country: str = "") -> list[CityMatch]:
        """Cities with a name starting with `prefix`, in any script, best first (an exact
        name before a longer one, then by population); one match per city."""
        key = fold(prefix)
        if not key or limit <= 0:
            return []
        return list(self._completions(key, limit, country_code(country) if country else ""))

    def _complete(self, key: str, limit: int, code: str) -> tuple[CityMatch, ...]:
        low = bisect.bisect_left(self._keys, key)
        high = bisect.bisect_left(self._keys, key + "\U0010ffff", lo=low)
        # Tier per city: 0 its own name is what was typed, 1 another of its names is,
        # 2 its own name starts so, 3 another name does. Lower wins, then population.
        best: dict[int, tuple[int, str]] = {}
        for folded in self._keys[low:high]:
            exact = folded == key
            for position, written in self._index[folded]:
                city = self._cities[position]
                if code and city.country_code != code:
                    continue
                own = written is city.name or written == city.name
                tier = (0 if own else 1) if exact else (2 if own else 3)
                known = best.get(position)
                if known is None or tier < known[0]:
                    best[position] = (tier, written)
        ranked = heapq.nsmallest(
            limit,
            best.items(),
            key=lambda item: (item[1][0], -self._cities[item[0]].population, item[0]),
        )
        return tuple(CityMatch(self._cities[i], written) for i, (_, written) in ranked)
