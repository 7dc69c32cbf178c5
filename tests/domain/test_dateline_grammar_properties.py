"""Every declared agency dateline round-trips: written by its grammar for a city of the
gazetteer (in the grammar's script where the gazetteer has a name in it), a date and
one of the agency's names, it reads back to the same city, date and source, typed alone
and at the head of a lede."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_grammar import DatelineGrammar, format_with_grammar
from editorial.domain.dateline_parser import match_dateline, parse_dateline
from editorial.domain.gazetteer import City, Gazetteer, fold
from editorial.domain.language import primary_subtag
from editorial.formats.geonames import cities_from_geonames
from editorial.services.places import _read_geonames_json
from tests.catalogs import HOUSE_STYLES, real_gazetteer

STYLES = tuple(HOUSE_STYLES.values())
GRAMMARS = HOUSE_STYLES["agency"].dateline.grammars
# Unicode character names that tell a script, for the languages the grammars are in.
SCRIPTS = {"ru": "CYRILLIC", "uk": "CYRILLIC", "ar": "ARABIC", "zh": "CJK",
           "ja": "CJK", "ko": "HANGUL"}  # fmt: skip
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’\-\u0300-\u036f\u064b-\u065f]){0,40}")
SAMPLE_SIZE = 300


def _usable(name: str) -> bool:
    return _NAME.fullmatch(name) is not None and len(name.split()) <= 4


def _in_script(name: str, script: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(script in unicodedata.name(c, "") for c in letters)


@cache
def sample_cities() -> tuple[tuple[City, dict[str, str]], ...]:
    """The most populous cities that are what their name means to the gazetteer, each
    with a name in each script the grammars use (where GeoNames has one that also
    leads to it)."""
    gazetteer = real_gazetteer()
    records = cities_from_geonames(_read_geonames_json("cities15000.json"))
    ranked = sorted(records, key=lambda item: -item[0].population)
    chosen: list[tuple[City, dict[str, str]]] = []
    for city, alternates in ranked:
        found = gazetteer.lookup_named(city.name)
        if found is None or found.city.geonameid != city.geonameid or not _usable(city.name):
            continue
        names = {"": city.name}
        for script in set(SCRIPTS.values()):
            for name in alternates:
                lead = gazetteer.lookup_named(name)
                leads_here = lead is not None and lead.city.geonameid == city.geonameid
                if _in_script(name, script) and _usable(name) and leads_here:
                    assert lead is not None
                    if lead.matched == name:
                        names[script] = name
                        break
        chosen.append((city, names))
        if len(chosen) == SAMPLE_SIZE:
            break
    return tuple(chosen)


def _gazetteer() -> Gazetteer:
    return real_gazetteer()


@pytest.mark.parametrize("grammar", GRAMMARS, ids=lambda g: f"{g.key}-{g.language}")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pick=st.integers(0, SAMPLE_SIZE - 1),
    own_script=st.booleans(),
    date=st.dates(dt.date(1990, 1, 1), dt.date(2045, 12, 31)),
    offset=st.integers(-10, 10),
    source=st.integers(0, 5),
)
def test_every_declared_style_round_trips(
    grammar: DatelineGrammar, pick: int, own_script: bool, date: dt.date, offset: int,
    source: int,
) -> None:  # fmt: skip
    city, names = sample_cities()[pick % len(sample_cities())]
    script = SCRIPTS.get(primary_subtag(grammar.language), "")
    name = names.get(script, city.name) if own_script else city.name
    fields = grammar.fields
    written_date = date if "day" in fields else None
    signed = grammar.sources[source % len(grammar.sources)]
    dateline = Dateline(name if "city" in fields else "", "", "", written_date, signed)
    text = format_with_grammar(dateline, grammar)
    reference = dt.datetime.combine(date, dt.time(12), dt.UTC) + dt.timedelta(days=offset)
    gazetteer = _gazetteer()

    # Whichever of its names the agency signed with, it reads back as its name in the
    # declaration's language (`ИТАР-ТАСС` is `ТАСС`).
    dateline = Dateline(dateline.city, "", "", written_date, grammar.sources[0])
    typed = parse_dateline(text, reference=reference, gazetteer=gazetteer, styles=STYLES)
    _same_parts(typed, dateline, city, text)

    gap = " " if grammar.pattern.endswith(" ") else ""
    lede = "Лид продолжается здесь." if script == "CYRILLIC" else "The lede goes on here."
    paragraph = f"{text}{gap}{lede}"
    found = match_dateline(paragraph, reference=reference, gazetteer=gazetteer, styles=STYLES)
    assert found is not None, paragraph
    assert paragraph[found.end :] == lede, paragraph
    _same_parts(found.dateline, dateline, city, paragraph)


def _same_parts(parsed: Dateline, written: Dateline, city: City, text: str) -> None:
    assert (parsed.city, parsed.date, parsed.source) == (
        written.city, written.date, written.source), text  # fmt: skip
    if written.city:
        assert parsed.country == city.country, text


def test_the_sample_has_names_in_every_script() -> None:
    cities = sample_cities()
    assert len(cities) == SAMPLE_SIZE
    for script in set(SCRIPTS.values()):
        assert sum(script in names for _, names in cities) > SAMPLE_SIZE // 3, script
    assert all(fold(city.name) for city, _ in cities)
