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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol
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
    "CityIndex",
    "CityMatch",
    "Gazetteer",
    "MemoryCityIndex",
    "NameHit",
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


# A name entry: (city position, the name as the data writes it).
_Entry = tuple[int, str]


@dataclass(frozen=True, slots=True)
class NameHit:
    """One name of one city that a prefix reached, with what ranking needs of the city
    (so an index kept on disk need not build the City to rank it)."""

    folded: str
    position: int
    written: str
    own_name: str
    country_code: str
    population: int


class CityIndex(Protocol):
    """Where a gazetteer's cities and names are kept: in memory (`MemoryCityIndex`,
    built from the cities) or in a file a service keeps (`services/city_file.py`).
    Positions are 0..len-1; names are compared by their `fold`. Must be safe to call
    from any thread."""

    def __len__(self) -> int: ...

    def city(self, position: int) -> City: ...

    def named(self, folded: str) -> Sequence[_Entry]:
        """The entries whose folded name is exactly `folded`, in the data's order."""
        ...

    def starting(self, folded: str, country_code: str = "") -> Iterable[NameHit]:
        """Every name whose folded form starts with `folded` (of cities in
        `country_code` when given)."""
        ...


class MemoryCityIndex:
    """The cities and a sorted index of their folded names, in Python objects."""

    def __init__(self, cities: Iterable[tuple[City, Iterable[str]]]) -> None:
        self._cities: list[City] = []
        index: dict[str, list[_Entry]] = {}
        for city, alternates in cities:
            position = len(self._cities)
            self._cities.append(city)
            for key, name in folded_names(city, alternates):
                index.setdefault(key, []).append((position, name))
        self._index = {key: tuple(entries) for key, entries in index.items()}
        self._keys = sorted(self._index)

    def __len__(self) -> int:
        return len(self._cities)

    def city(self, position: int) -> City:
        return self._cities[position]

    def named(self, folded: str) -> Sequence[_Entry]:
        return self._index.get(folded, ())

    def starting(self, folded: str, country_code: str = "") -> Iterator[NameHit]:
        low = bisect.bisect_left(self._keys, folded)
        high = bisect.bisect_left(self._keys, folded + "\U0010ffff", lo=low)
        for key in self._keys[low:high]:
            for position, written in self._index[key]:
                city = self._cities[position]
                if not country_code or city.country_code == country_code:
                    yield NameHit(key, position, written, city.name, city.country_code,
                                  city.population)  # fmt: skip


def folded_names(city: City, alternates: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(folded, as written) for the city's own name and each other name, once per
    folded form, the own name first."""
    seen: set[str] = set()
    for name in (city.name, *alternates):
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            yield key, name


class Gazetteer:
    """Cities indexed by every name they go by. Immutable once built; safe to share
    between threads."""

    def __init__(self, cities: Iterable[tuple[City, Iterable[str]]]) -> None:
        self._setup(MemoryCityIndex(cities))

    @classmethod
    def over(cls, index: CityIndex) -> Gazetteer:
        """A gazetteer over an index already kept elsewhere (a file built once)."""
        gazetteer = cls.__new__(cls)
        gazetteer._setup(index)
        return gazetteer

    def _setup(self, index: CityIndex) -> None:
        self._source = index
        # Per instance, so a gazetteer built for a test or replaced is not kept alive by
        # a cache on the class; lru_cache keeps its own bookkeeping thread-safe.
        self._completions = lru_cache(maxsize=256)(self._complete)

    def __len__(self) -> int:
        return len(self._source)

    def find(self, name: str, country: str = "", region: str = "") -> list[City]:
        """Every city called `name`, best first: cities whose own name it is before
        those that merely also go by it, then the most populous. `country` (a name or an
        ISO code) and `region` narrow the choice when they match anything."""
        return [city for city, _ in self._found(name, country, region)]

    def _found(self, name: str, country: str, region: str) -> list[tuple[City, str]]:
        """The cities `find` gives, each with the name as written that matched."""
        key = fold(name)
        candidates = []
        for position, written in self._source.named(key):
            city = self._source.city(position)
            candidates.append((city, written, key == fold(city.name)))
        code = country_code(country) if country.strip() else ""
        if code:
            candidates = [c for c in candidates if c[0].country_code == code] or candidates
        if region.strip():
            wanted = fold(region)
            narrowed = [c for c in candidates
                        if wanted in (fold(c[0].region), fold(c[0].region_code))]  # fmt: skip
            candidates = narrowed or candidates
        candidates.sort(key=lambda c: (not c[2], -c[0].population))
        return [(city, written) for city, written, _ in candidates]

    def lookup(self, name: str, country: str = "", region: str = "") -> City | None:
        """The city a dateline most likely means, or None when no city goes by `name`."""
        found = self.find(name, country, region)
        return found[0] if found else None

    def lookup_named(self, name: str, country: str = "", region: str = "") -> CityMatch | None:
        """As `lookup`, with the name as the data writes the one that matched `name`:
        `Kiev` for `KIEV` (another name of Kyiv), `São Paulo` for `SAO PAULO`."""
        found = self._found(name, country, region)
        return CityMatch(*found[0]) if found else None

    def complete(self, prefix: str, limit: int = 10, country: str = "") -> list[CityMatch]:
        """Cities with a name starting with `prefix`, in any script, best first (an exact
        name before a longer one, then by population); one match per city."""
        key = fold(prefix)
        if not key or limit <= 0:
            return []
        return list(self._completions(key, limit, country_code(country) if country else ""))

    def _complete(self, key: str, limit: int, code: str) -> tuple[CityMatch, ...]:
        # Tier per city: 0 its own name is what was typed, 1 another of its names is,
        # 2 its own name starts so, 3 another name does. Lower wins, then population.
        best: dict[int, tuple[int, int, str]] = {}
        for hit in self._source.starting(key, code):
            own = hit.written == hit.own_name
            tier = (0 if own else 1) if hit.folded == key else (2 if own else 3)
            known = best.get(hit.position)
            if known is None or tier < known[0]:
                best[hit.position] = (tier, hit.population, hit.written)
        ranked = heapq.nsmallest(
            limit, best.items(), key=lambda item: (item[1][0], -item[1][1], item[0])
        )
        return tuple(CityMatch(self._source.city(i), written) for i, (_, _, written) in ranked)
