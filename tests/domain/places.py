"""A handful of real cities, written out by hand, for fast and exact gazetteer tests."""

from __future__ import annotations

import zlib

from editorial.domain.gazetteer import City


def city(
    name: str,
    country_code: str,
    country: str,
    timezone: str,
    population: int,
    region: str = "",
    region_code: str = "",
    geonameid: int = 0,
) -> City:
    return City(
        geonameid=geonameid or zlib.crc32(f"{name}|{country_code}".encode()),
        name=name,
        country_code=country_code,
        country=country,
        region=region,
        region_code=region_code,
        timezone=timezone,
        population=population,
    )


ANKARA = city("Ankara", "TR", "Turkey", "Europe/Istanbul", 3_517_182)
MOSCOW = city("Moscow", "RU", "Russia", "Europe/Moscow", 10_381_222)
MOSCOW_IDAHO = city("Moscow", "US", "United States", "America/Los_Angeles", 25_060, "Idaho", "ID")
SAO_PAULO = city("São Paulo", "BR", "Brazil", "America/Sao_Paulo", 12_400_232)
HONOLULU = city("Honolulu", "US", "United States", "Pacific/Honolulu", 350_964, "Hawaii", "HI")
AUCKLAND = city("Auckland", "NZ", "New Zealand", "Pacific/Auckland", 417_910)
