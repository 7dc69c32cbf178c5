"""Countries and the regions datelines name, from ISO 3166 through `pycountry`: a
country's code for any name an editor types (`Turkey`, `TUR`, `tr`, `U.S.`), the English
name a dateline prints, and the first-level divisions of the countries whose datelines
name one (US states, Canadian provinces and territories, the UK's nations).

ISO writes some names in a register no newsroom prints (`Russian Federation`, `Korea,
Republic of`); pycountry's `common_name` fixes most of them (`South Korea`, `Syria`,
`Iran`). The two small tables below hold only what ISO and pycountry lack, and say why.
pycountry's `search_fuzzy` is not used: it answers `UK` with Uganda and Ukraine too.

The tables are built on first use (pycountry reads its bundled ISO data under its own
lock; building ours takes a few milliseconds) and never change after, so any thread may
call these functions.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

# The English name a dateline prints, where ISO gives only a formal or inverted form
# (`Congo, The Democratic Republic of the`) or a name English-language wires do not use
# (AP and Reuters still write Turkey).
DISPLAY_NAMES = MappingProxyType({
    "RU": "Russia", "TR": "Turkey", "BN": "Brunei", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "FM": "Micronesia", "FK": "Falkland Islands",
    "MF": "Saint Martin", "SX": "Sint Maarten", "PS": "Palestine", "VA": "Vatican City",
    "SH": "Saint Helena", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    "CC": "Cocos Islands",
})  # fmt: skip

# Names editors type that are neither an ISO code, nor an ISO, common or official name,
# nor a display name above.
ALIASES = MappingProxyType({
    "u.s.": "US", "u.s.a.": "US", "america": "US", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "holland": "NL", "the netherlands": "NL",
    "burma": "MM", "ivory coast": "CI", "east timor": "TL", "swaziland": "SZ",
    "macedonia": "MK", "cape verde": "CV", "drc": "CD", "dr congo": "CD", "korea": "KR",
    "republic of korea": "KR", "dprk": "KP", "uae": "AE", "macau": "MO", "vatican": "VA",
    "holy see": "VA", "palestinian territories": "PS", "palestinian territory": "PS",
})  # fmt: skip

# Countries GeoNames has that ISO 3166-1 has not assigned: Kosovo's user-assigned code.
EXTRA_COUNTRIES = MappingProxyType({"XK": ("XKX", "Kosovo")})

# Whose first-level divisions a dateline names, and which kinds of division count (None:
# every kind). US outlying areas are countries of their own in ISO 3166-1.
_REGION_KINDS: Mapping[str, frozenset[str] | None] = MappingProxyType({
    "US": frozenset({"State", "District"}),
    "CA": None,
    "GB": frozenset({"Country", "Province"}),
})  # fmt: skip


def fold(text: str) -> str:
    """The key names are compared by: case, accents and spacing ignored, curly
    apostrophes made straight. `São Paulo`, `SAO PAULO` and `sao  paulo` fold alike;
    Cyrillic `Москва` and `МОСКВА` too (and `ё` folds to `е`)."""
    if text.isascii():  # most names: nothing to decompose
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def country_code(name: str) -> str:
    """The ISO 3166-1 alpha-2 code for a country name, alias or code (`Turkey`, `TUR`,
    `tr`, `U.S.`); "" when unknown."""
    return _tables().codes.get(fold(name), "") if name.strip() else ""


def country_name(code_or_name: str) -> str:
    """The English name datelines print for a country (`TR` -> `Turkey`, `USA` ->
    `United States`, `KOR` -> `South Korea`); "" when unknown."""
    return _tables().names.get(country_code(code_or_name), "")


def region_name(country: str, region_code: str) -> str:
    """The name of a first-level division datelines use, by its ISO 3166-2 code without
    the country part (`US`, `CA` -> `California`; `Canada`, `ON` -> `Ontario`)."""
    regions = _tables().regions.get(country_code(country), {})
    return regions.get(region_code.strip().upper(), "")


def regions_of(country: str) -> Mapping[str, str]:
    """A country's first-level divisions datelines name, by ISO 3166-2 code without the
    country part (`ON` -> `Ontario`); empty elsewhere."""
    return _tables().regions.get(country_code(country), _NO_REGIONS)


_NO_REGIONS: Mapping[str, str] = MappingProxyType({})


def region_names(country: str) -> list[str]:
    """The first-level divisions datelines name in a country (US states, Canadian
    provinces and territories, UK nations); [] elsewhere."""
    return sorted(_tables().regions.get(country_code(country), {}).values())


@dataclass(frozen=True, slots=True)
class _Tables:
    codes: Mapping[str, str]  # folded name or code -> alpha-2
    names: Mapping[str, str]  # alpha-2 -> printed name
    regions: Mapping[str, Mapping[str, str]]  # alpha-2 -> region code -> name


_TABLES: _Tables | None = None
_TABLES_LOCK = threading.Lock()


def _tables() -> _Tables:
    global _TABLES
    tables = _TABLES
    if tables is None:
        with _TABLES_LOCK:
            if _TABLES is None:
                _TABLES = _build_tables()
            tables = _TABLES
    return tables


def _build_tables() -> _Tables:
    import pycountry  # imported on first use: the command line's start-up stays quick

    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        names[code] = DISPLAY_NAMES.get(code) or str(common or country.name)
        for written in (code, country.alpha_3, country.name, common, official, names[code]):
            if written:
                codes.setdefault(fold(str(written)), code)
    for code, (alpha_3, name) in EXTRA_COUNTRIES.items():
        names[code] = name
        for written in (code, alpha_3, name):
            codes.setdefault(fold(written), code)
    for alias, code in ALIASES.items():
        codes[fold(alias)] = code
    regions: dict[str, Mapping[str, str]] = {}
    for code, kinds in _REGION_KINDS.items():
        found: dict[str, str] = {}
        for division in _subdivisions_of(pycountry.subdivisions, code):
            if division.parent_code is None and (kinds is None or division.type in kinds):
                # ISO adds other languages' names in brackets: `Wales [Cymru GB-CYM]`.
                name = str(division.name).split(" [", 1)[0].strip()
                found[str(division.code).split("-", 1)[1]] = name
        regions[code] = MappingProxyType(found)
    return _Tables(MappingProxyType(codes), MappingProxyType(names), MappingProxyType(regions))


def _subdivisions_of(subdivisions: Any, country: str) -> Iterable[Any]:
    # pycountry's `get` is untyped; its records are read by attribute above.
    found: Iterable[Any] | None = subdivisions.get(country_code=country)
    return found or ()
