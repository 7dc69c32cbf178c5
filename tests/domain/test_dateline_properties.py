"""Property tests: what a house style writes, the parser reads back; nothing a user
can type makes the parser fail other than with a `DatelineError`."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from editorial.domain.dateline import Dateline, DatelineError, resolve_year
from editorial.domain.dateline_format import source_as_printed, stand_alone_form
from editorial.domain.dateline_parser import match_dateline, parse_dateline, title_city
from editorial.domain.gazetteer import country_code, fold, region_names
from editorial.domain.house_style import format_dateline
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())

ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyz",
    "accented": "abcdeéèêfghiíjklmnñoóöpqrsßtuúüvwxyzçå",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
}
STANDING_ALONE = {
    fold(city) for style in HOUSE_STYLES.values() for cities in style.dateline.stand_alone.values()
    for city in cities
}  # fmt: skip
PRINTED_REGIONS = {
    fold(form) for style in HOUSE_STYLES.values()
    for pair in style.dateline.region_abbreviations.items() for form in pair
} | {fold(name) for code in ("CA", "GB") for name in region_names(code)}  # fmt: skip
US_STATES = sorted(HOUSE_STYLES["ap"].dateline.region_abbreviations)


@st.composite
def place_names(draw: st.DrawFn, scripts: tuple[str, ...] = ("latin",)) -> str:
    """A place name as a gazetteer writes it: one to three capitalised words."""
    alphabet = ALPHABETS[draw(st.sampled_from(scripts))]
    words = draw(st.lists(st.text(alphabet, min_size=2, max_size=9), min_size=1, max_size=3))
    name = " ".join(word[0].upper() + word[1:] for word in words)
    # Only names that survive capitals and back (no ß -> SS, no particles like "De").
    assume(title_city(name.upper()) == name)
    assume(fold(name) not in STANDING_ALONE and fold(name) not in PRINTED_REGIONS)
    return name


sources = st.one_of(
    st.just(""),
    st.sampled_from(["RIA Novosti", "Reuters", "AP", "AFP", "РИА Новости", "Xinhua", "dpa"]),
)
dates = st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))
# The reference is within five months of the date, as an import time or story time is.
offsets = st.timedeltas(dt.timedelta(days=-150), dt.timedelta(days=150))


def reference_for(date: dt.date, offset: dt.timedelta) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(12), dt.UTC) + offset


@settings(max_examples=300)
@given(
    city=place_names(("latin", "accented", "cyrillic", "greek")),
    date=st.one_of(st.none(), dates),
    source=sources,
    offset=offsets,
    language=st.sampled_from(["en", "ru"]),
)
@example(city="Москва", date=dt.date(2008, 11, 18), source="РИА Новости",
         offset=dt.timedelta(0), language="ru")  # fmt: skip
def test_agency_round_trip(
    city: str, date: dt.date | None, source: str, offset: dt.timedelta, language: str
) -> None:
    dateline = Dateline(city, "", "", date, source)
    text = format_dateline(dateline, HOUSE_STYLES["agency"], language)
    reference = reference_for(date or dt.date(2008, 1, 1), offset)
    # A declared agency is written by its name in the story's language (`RIA Novosti` is
    # `РИА Новости` in a Russian story) and read back so.
    printed = source_as_printed(source, HOUSE_STYLES["agency"].dateline, language)
    expected = Dateline(city, "", "", date, printed)
    assert parse_dateline(text, reference=reference, styles=STYLES) == expected


@settings(max_examples=300)
@given(
    city=place_names(),
    locale=st.one_of(
        st.just(("", "")),
        st.tuples(st.sampled_from(US_STATES), st.just("United States")),
        st.tuples(st.just(""), place_names()),
    ),
    source=sources,
)
def test_ap_round_trip(city: str, locale: tuple[str, str], source: str) -> None:
    region, country = locale
    if not region:
        assume(country_code(country) not in {"US", "CA", "GB"})
    dateline = Dateline(city, region, country, None, source)
    assume(not stand_alone_form(city, country, HOUSE_STYLES["ap"].dateline))
    text = format_dateline(dateline, HOUSE_STYLES["ap"])
    assert parse_dateline(text, styles=STYLES) == dateline


@settings(max_examples=300)
@given(
    city=place_names(),
    state=st.one_of(st.just(""), st.sampled_from(US_STATES)),
    date=st.one_of(st.none(), dates),
    source=sources,
    offset=offsets,
)
def test_reuters_round_trip(
    city: str, state: str, date: dt.date | None, source: str, offset: dt.timedelta
) -> None:
    country = "United States" if state else ""
    dateline = Dateline(city, state, country, date, source)
    text = format_dateline(dateline, HOUSE_STYLES["reuters"])
    reference = reference_for(date or dt.date(2008, 1, 1), offset)
    assert parse_dateline(text, reference=reference, styles=STYLES) == dateline


# Anything an editor might type in one part of a dateline: no commas or parentheses,
# which separate the parts, but dashes and any script.
loose_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters=",()")
    | st.sampled_from("-—– "),
    max_size=40,
)


@pytest.mark.parametrize("key", sorted(HOUSE_STYLES))
@settings(max_examples=150)
@given(city=loose_text, region=loose_text, country=loose_text, date=st.one_of(st.none(), dates),
       source=loose_text)  # fmt: skip
def test_reading_back_what_a_style_wrote_is_stable(
    key: str, city: str, region: str, country: str, date: dt.date | None, source: str
) -> None:
    """Whatever the parts, reading a formatted dateline and writing it again settles at
    once: a second round does not change the text. (The first round may
    tidy: a region written `SCOTLAND` comes back as the known `Scotland`.)"""
    style = HOUSE_STYLES[key]
    reference = reference_for(date or dt.date(2008, 1, 1), dt.timedelta(0))
    text = format_dateline(Dateline(city, region, country, date, source), style)
    try:
        parsed = parse_dateline(text, reference=reference, styles=STYLES)
    except DatelineError:
        return  # a part that reads as a broken date (a country named "5") is refused
    again = format_dateline(parsed, style)
    reparsed = parse_dateline(again, reference=reference, styles=STYLES)
    assert format_dateline(reparsed, style) == again


@settings(max_examples=500)
@given(st.text(max_size=120))
def test_the_parser_fails_only_with_dateline_errors(text: str) -> None:
    try:
        parsed = parse_dateline(text, reference=dt.date(2008, 11, 18), styles=STYLES)
    except DatelineError as error:
        assert error.message
        assert 0 <= error.position <= len(text)
    else:
        assert parsed.city or parsed.date or parsed.source


@settings(max_examples=500)
@given(st.text(max_size=160))
def test_match_never_fails_and_stays_inside_the_text(text: str) -> None:
    found = match_dateline(text, reference=dt.date(2008, 11, 18), styles=STYLES)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert found.dateline.city or found.dateline.source  # Bloomberg's has no city


@given(date=dates, offset=st.timedeltas(dt.timedelta(days=-800), dt.timedelta(days=800)))
def test_resolve_year_is_nearest(date: dt.date, offset: dt.timedelta) -> None:
    reference = date + offset
    resolved = resolve_year(date.month, date.day, reference)
    assert (resolved.month, resolved.day) == (date.month, date.day)
    if (date.month, date.day) != (2, 29):
        assert abs((resolved - reference).days) <= 183
        if abs(offset.days) < 182:
            assert resolved == date
    else:
        assert abs((resolved - reference).days) <= 2 * 366 + 1
