"""The one date grammar: what the dateline's date field and the dateline parser read."""

from __future__ import annotations

import datetime as dt
import locale
from collections.abc import Iterator

import pytest

from editorial.domain.dates import (
    ENGLISH_MONTH_ABBREVIATIONS,
    ENGLISH_MONTHS,
    DateError,
    field_date,
    looks_like_date,
    month_name,
    month_names,
    month_number,
    read_date,
    short_date,
)
from tests.locales import require_locale

TODAY = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008-11-18", dt.date(2008, 11, 18)),
        ("18 Nov 2008", dt.date(2008, 11, 18)),
        ("18 Nov 2008.", dt.date(2008, 11, 18)),
        ("18 November 2008", dt.date(2008, 11, 18)),
        ("Nov. 18, 2008", dt.date(2008, 11, 18)),
        ("november 18 2008", dt.date(2008, 11, 18)),
        ("18th November", dt.date(2023, 11, 18)),
        ("18.11.2008", dt.date(2008, 11, 18)),
        ("18/11/2008", dt.date(2008, 11, 18)),
        ("18.11.", dt.date(2023, 11, 18)),
        ("18 Nov", dt.date(2023, 11, 18)),  # the nearest 18 November to 15 March 2024
        ("29 Feb", dt.date(2024, 2, 29)),
        ("Sept 3", dt.date(2024, 9, 3)),
        ("Sept. 3", dt.date(2024, 9, 3)),
        ("today", TODAY),
        ("Yesterday", dt.date(2024, 3, 14)),
        ("tomorrow", dt.date(2024, 3, 16)),
        # Russian: the genitive after a day, abbreviations with and without CLDR's period
        ("18 ноября", dt.date(2023, 11, 18)),
        ("18 ноября 2008 г.", dt.date(2008, 11, 18)),
        ("18 ноября 2008 года", dt.date(2008, 11, 18)),
        ("18 нояб. 2008", dt.date(2008, 11, 18)),
        ("18 ноя", dt.date(2023, 11, 18)),
        ("3 мая", dt.date(2024, 5, 3)),
        ("3 май", dt.date(2024, 5, 3)),
        ("1 сент", dt.date(2024, 9, 1)),
        # German: the day with its period
        ("18. November 2008", dt.date(2008, 11, 18)),
        ("18. Nov. 2008", dt.date(2008, 11, 18)),
        ("3. März", dt.date(2024, 3, 3)),
        ("3. Marz", dt.date(2024, 3, 3)),  # typed without the umlaut
        ("18. Dez.", dt.date(2023, 12, 18)),
        ("1. Oktober 2008", dt.date(2008, 10, 1)),
    ],
)
def test_dates_are_read_as_editors_type_them(text: str, expected: dt.date) -> None:
    assert read_date(text, TODAY).date == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("soon", "Cannot read “soon” as a date"),
        ("32 Nov", "November has no day 32"),
        ("31 April", "April has no day 31"),
        ("18 Novembre 2008", "“Novembre” is not a month name"),  # French: not a desk language
        ("2008-13-01", "2008-13-01 is not a date"),
        ("18.13.2008", "2008-13-18 is not a date"),
        ("Ju 3", "“Ju” is not a month name"),  # too short to tell June from July
        ("18 ju", "“ju” is not a month name"),
    ],
)
def test_text_that_is_not_a_date_says_why(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        read_date(text, TODAY)


def test_a_date_without_a_year_is_the_nearest_one() -> None:
    assert read_date("31 Dec", dt.date(2009, 1, 2)).date == read_date("2008-12-31").date
    assert read_date("31 Dec", dt.date(2009, 1, 2)).year_given is False
    assert read_date("Nov. 18", dt.date(2008, 11, 28)).date == dt.date(2008, 11, 18)
    assert read_date("29 Feb", dt.date(2009, 3, 1)).date == dt.date(2008, 2, 29)


def test_the_story_language_and_house_style_words_add_month_names() -> None:
    assert read_date("18 novembre", TODAY, languages=["fr-FR"]).date == dt.date(2023, 11, 18)
    assert read_date("18 noviembre", TODAY, languages=["es"]).date == dt.date(2023, 11, 18)
    assert month_number("Brumaire", month_words=[("Brumaire", 11)]) == 11
    assert month_number("Brumaire") is None


def test_datelines_refuse_numeric_and_relative_dates() -> None:
    with pytest.raises(DateError):
        read_date("18/11", TODAY, numeric=False)
    with pytest.raises(DateError):
        read_date("today", TODAY, relative=False)
    assert read_date("2008-11-18", TODAY, numeric=False).date == dt.date(2008, 11, 18)
    assert looks_like_date("Nevember 18") and looks_like_date("18 ноября")
    assert not looks_like_date("18 Main Street") and not looks_like_date("Ankara")


def test_the_english_months_kept_without_babel_are_cldrs() -> None:
    from babel.dates import get_month_names

    assert tuple(get_month_names("wide", "format", locale="en").values()) == ENGLISH_MONTHS
    assert (
        tuple(get_month_names("abbreviated", "format", locale="en").values())
        == ENGLISH_MONTH_ABBREVIATIONS
    )
    assert [month_name(m, abbreviated=True) for m in (1, 9, 12)] == ["Jan", "Sep", "Dec"]


def test_month_names_come_from_cldr() -> None:
    assert [month_name(m) for m in (1, 5, 9)] == ["January", "May", "September"]
    assert month_name(11, "ru") == "ноября"  # genitive: the form that follows a day
    assert month_name(3, "de") == "März"
    assert month_name(11, "xx") == "November"  # no CLDR data: English
    # The English names a house style starts from are written out once, and are CLDR's.
    assert ENGLISH_MONTHS == month_names() == month_names("en-GB")
    assert month_names("ru")[0] == "января"
    assert field_date(dt.date(2008, 11, 18)) == "18 Nov 2008"
    assert field_date(None) == ""
    assert short_date(dt.date(2008, 9, 3), year=False) == "3 Sep"


def test_every_field_date_reads_back() -> None:
    day = dt.date(2023, 1, 1)
    while day.year == 2023:
        assert read_date(field_date(day), TODAY).date == day
        day += dt.timedelta(days=1)


@pytest.fixture
def russian_process_locale() -> Iterator[None]:
    before = locale.setlocale(locale.LC_ALL)
    locale.setlocale(locale.LC_ALL, require_locale("ru_RU.UTF-8"))
    try:
        yield
    finally:
        locale.setlocale(locale.LC_ALL, before)


def test_the_process_locale_changes_nothing(russian_process_locale: None) -> None:
    assert dt.date(2008, 11, 18).strftime("%b") != "Nov"  # what broke strptime before
    assert read_date("18 Nov 2008", TODAY).date == dt.date(2008, 11, 18)
    assert field_date(dt.date(2008, 11, 18)) == "18 Nov 2008"


@pytest.mark.parametrize("language", ["en", "ru", "de", "en-GB"])
def test_every_cldr_month_name_of_a_desk_language_is_read(language: str) -> None:
    from babel.dates import get_month_names

    locale_name = language.replace("-", "_")
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=locale_name).items():
                assert month_number(name) == number, (language, width, context, name)
                expected = dt.date(2008, number, 18)
                assert read_date(f"18 {name} 2008", TODAY).date == expected
                assert read_date(f"{name} 18, 2008", TODAY).date == expected
