"""The gazetteer: cities by any of their names, completion for the city field, and the
country names datelines use (ISO 3166 through pycountry)."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain import countries
from editorial.domain.gazetteer import (
    Gazetteer,
    country_code,
    country_name,
    fold,
    region_name,
    region_names,
)


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("São  Paulo") == fold("SAO PAULO") == "sao paulo"
    assert fold("МОСКВА") == fold("Москва") == "москва"
    assert fold("Ёлкино") == fold("елкино")
    assert fold("N’Djamena") == fold("N'DJAMENA")


# --- the hand-made gazetteer: ranking and filtering --------------------------------


def test_lookup_prefers_the_bigger_city_and_narrows_by_country_or_region(
    small_gazetteer: Gazetteer,
) -> None:
    assert small_gazetteer.lookup("Moscow").country == "Russia"  # type: ignore[union-attr]
    idaho = small_gazetteer.lookup("moscow", country="US")
    assert idaho is not None and idaho.region == "Idaho"
    by_region = small_gazetteer.lookup("MOSCOW", region="ID")
    assert by_region is not None and by_region.timezone == "America/Los_Angeles"
    # A country or region that matches nothing does not hide the city.
    assert small_gazetteer.lookup("Moscow", country="Narnia") is not None
    assert small_gazetteer.lookup("Atlantis") is None


def test_lookup_by_another_name_or_script(small_gazetteer: Gazetteer) -> None:
    for name in ("Москва", "Moskva", "MOSCOU"):
        found = small_gazetteer.lookup(name)
        assert found is not None and found.name == "Moscow" and found.country_code == "RU"
    assert [c.country for c in small_gazetteer.find("Москва")] == ["Russia", "United States"]


def test_completion_ranks_own_names_then_population(small_gazetteer: Gazetteer) -> None:
    matches = small_gazetteer.complete("mo")
    assert [(m.city.label, m.matched) for m in matches] == [
        ("Moscow, Russia", "Moscow"),
        ("Moscow, Idaho, United States", "Moscow"),
    ]
    # Typing Cyrillic completes to the same cities and keeps the Cyrillic name.
    cyrillic = small_gazetteer.complete("Анк")
    assert [(m.city.name, m.matched) for m in cyrillic] == [("Ankara", "Анкара")]
    assert small_gazetteer.complete("mo", limit=1)[0].city.country == "Russia"
    assert small_gazetteer.complete("mo", country="United States")[0].city.region == "Idaho"
    assert small_gazetteer.complete("") == []
    assert small_gazetteer.complete("zzz") == []


def test_city_time_zone(small_gazetteer: Gazetteer) -> None:
    ankara = small_gazetteer.lookup("Ankara")
    assert ankara is not None
    assert ankara.zone.utcoffset(dt.datetime(2008, 11, 18)) == dt.timedelta(hours=2)


# --- countries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code", "name"),
    [
        ("Turkey", "TR", "Turkey"),
        ("tur", "TR", "Turkey"),
        ("TR", "TR", "Turkey"),
        ("U.S.", "US", "United States"),
        ("USA", "US", "United States"),
        ("Britain", "GB", "United Kingdom"),
        ("Russian Federation", "RU", "Russia"),
        ("Czech Republic", "CZ", "Czechia"),
        # ISO's common names, from pycountry
        ("South Korea", "KR", "South Korea"),
        ("Syria", "SY", "Syria"),
        ("IRN", "IR", "Iran"),
        ("Viet Nam", "VN", "Vietnam"),
        # ISO's formal and new names, and the short names of the alias table
        ("Russia", "RU", "Russia"),
        ("Türkiye", "TR", "Turkey"),
        ("UK", "GB", "United Kingdom"),
        ("u.k.", "GB", "United Kingdom"),
        ("Congo, The Democratic Republic of the", "CD", "Democratic Republic of the Congo"),
        ("Ivory Coast", "CI", "Côte d'Ivoire"),
        ("Kosovo", "XK", "Kosovo"),
        ("Narnia", "", ""),
        ("", "", ""),
    ],
)
def test_country_names_and_codes(written: str, code: str, name: str) -> None:
    assert country_code(written) == code
    assert country_name(written) == name


def test_region_names() -> None:
    # ISO 3166-2 codes (GeoNames' numbers for Canada are translated where cities are read)
    assert region_name("US", "ca") == "California"
    assert region_name("Canada", "ON") == "Ontario"
    assert region_name("United Kingdom", "SCT") == "Scotland"
    assert region_name("GB", "WLS") == "Wales"  # not ISO's "Wales [Cymru GB-CYM]"
    assert region_name("Turkey", "68") == ""
    assert "Nova Scotia" in region_names("CA")
    assert "District of Columbia" in region_names("US")
    assert len(region_names("US")) == 51  # the states and DC; territories are countries
    assert region_names("United Kingdom") == ["England", "Northern Ireland", "Scotland", "Wales"]
    assert region_names("France") == []


def test_the_alias_tables_hold_only_what_iso_lacks() -> None:
    """Every alias and display name must be needed: a name pycountry already resolves to
    the same country, or a display name equal to pycountry's, does not belong there."""
    import pycountry

    for alias, code in countries.ALIASES.items():
        try:
            known = pycountry.countries.lookup(alias).alpha_2
        except LookupError:
            known = None
        assert known != code, f"{alias!r} is known to pycountry already"
    for code, name in countries.DISPLAY_NAMES.items():
        iso = pycountry.countries.get(alpha_2=code)
        assert iso is not None
        assert name not in (iso.name, getattr(iso, "common_name", None)), code
    assert not any(pycountry.countries.get(alpha_2=code) for code in countries.EXTRA_COUNTRIES)


# --- the real data ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "region", "city", "expected_country", "timezone"),
    [
        ("Ankara", "", "", "Ankara", "Turkey", "Europe/Istanbul"),
        ("МОСКВА", "", "", "Moscow", "Russia", "Europe/Moscow"),
        ("Moscow", "United States", "", "Moscow", "United States", "America/Los_Angeles"),
        ("sao paulo", "", "", "São Paulo", "Brazil", "America/Sao_Paulo"),
        ("Kiev", "", "", "Kyiv", "Ukraine", "Europe/Kyiv"),
        ("東京", "", "", "Tokyo", "Japan", "Asia/Tokyo"),
        ("London", "", "Ontario", "London", "Canada", "America/Toronto"),
        ("Washington", "", "", "Washington", "United States", "America/New_York"),
    ],
)
def test_real_cities(
    real_gazetteer: Gazetteer,
    name: str,
    country: str,
    region: str,
    city: str,
    expected_country: str,
    timezone: str,
) -> None:
    found = real_gazetteer.lookup(name, country, region)
    assert found is not None
    assert (found.name, found.country, found.timezone) == (city, expected_country, timezone)


def test_real_regions(real_gazetteer: Gazetteer) -> None:
    washington = real_gazetteer.lookup("Washington")
    manchester = real_gazetteer.lookup("Manchester")
    halifax = real_gazetteer.lookup("Halifax")
    assert washington is not None and washington.region == "District of Columbia"
    assert manchester is not None and manchester.region == "England"
    assert halifax is not None and (halifax.region, halifax.country) == ("Nova Scotia", "Canada")
    assert halifax.region_code == "NS"  # ISO 3166-2, where GeoNames says "07"
    pristina = real_gazetteer.lookup("Pristina")
    assert pristina is not None and pristina.country == "Kosovo"


def test_real_completion_is_quick_and_sensible(real_gazetteer: Gazetteer) -> None:
    assert real_gazetteer.complete("Ankar")[0].city.name == "Ankara"
    assert real_gazetteer.complete("Моск")[0].matched == "Москва"
    new = [m.city.name for m in real_gazetteer.complete("new y", limit=3)]
    assert new[0] == "New York City"
    # Airport codes and lower-case romanisations are not offered.
    assert all(m.matched != "MOW" for m in real_gazetteer.complete("MO", limit=50))
    assert len(real_gazetteer) > 30_000
