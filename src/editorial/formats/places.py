"""Dateline places resolved through the gazetteer (`editorial.domain.gazetteer`).

`ANKARA` becomes city `Ankara` in `Turkey`; `RIO DE JANEIRO` takes the gazetteer's
spelling `Rio de Janeiro`; a city the gazetteer does not know keeps the name as written,
capitals undone. The gazetteer loads in about a second on first use; callers that must
not wait (bulk import) pass `plain_places` instead.
"""

from __future__ import annotations

from editorial.formats.dateline_text import plain_places, undo_capitals


def gazetteer_places(place: str, qualifiers: tuple[str, ...]) -> tuple[str, str, str]:
    """(city, region, country) for a dateline place and the qualifiers written after it
    (`GROSSETO, Italy`; `SPRINGFIELD, Ill.`)."""
    try:
        from editorial.domain import gazetteer as gz
    except ImportError:  # the gazetteer's data package is missing: names as written
        return plain_places(place, qualifiers)
    written = undo_capitals(place)
    rest = list(qualifiers)
    country = ""
    if rest and gz.country_code(rest[-1]):
        country = gz.country_name(rest[-1]) or rest[-1]
        rest.pop()
    region = rest[0] if rest else ""
    gazetteer = gz.default_gazetteer()
    city = gazetteer.lookup(place, country, region)
    if city is not None and country and city.country_code != gz.country_code(country):
        # `ATLANTA, Georgia`: the qualifier names the city's state, not a country.
        as_region = gazetteer.lookup(place, "", qualifiers[-1])
        wanted = gz.fold(qualifiers[-1])
        if as_region is not None and wanted in (
            gz.fold(as_region.region),
            gz.fold(as_region.region_code),
        ):
            return _name(as_region.name, place, written), as_region.region, as_region.country
    if city is None:
        if not qualifiers and gz.country_code(place):  # `TURKEY -`: a country alone
            return "", "", gz.country_name(place)
        return written, region, country
    name = _name(city.name, place, written)
    if region and gz.fold(region) in (gz.fold(city.region), gz.fold(city.region_code)):
        region = city.region
    return name, region, country or city.country


def _name(known: str, place: str, written: str) -> str:
    """The gazetteer's spelling when it is the same name (`Rio de Janeiro`), else the
    name as the copy wrote it (`New York`, not the gazetteer's `New York City`)."""
    from editorial.domain.gazetteer import fold

    return known if fold(known) == fold(place) else written
