"""Reading datelines as they are typed and as wire copy prints them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editorial.domain.dateline import Dateline, DatelineError
from editorial.domain.dateline_parser import match_dateline, parse_dateline, title_city
from editorial.domain.gazetteer import Gazetteer
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())

REFERENCE = dt.datetime(2008, 11, 20, 9, 0, tzinfo=dt.UTC)
SAMPLE = Path(__file__).resolve().parents[1] / "formats/fixtures/web-copy-ria-novosti-2008.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANKARA, November 18 (RIA Novosti) -",
         Dateline("Ankara", "", "", dt.date(2008, 11, 18), "RIA Novosti")),
        ("ANKARA, Turkey (AP) —", Dateline("Ankara", "", "Turkey", None, "AP")),
        ("ANKARA, Nov 18 (Reuters) -",
         Dateline("Ankara", "", "", dt.date(2008, 11, 18), "Reuters")),
        ("SAN JOSE, Calif., Nov. 18 (AP) —",
         Dateline("San Jose", "California", "United States", dt.date(2008, 11, 18), "AP")),
        ("MOSCOW, Idaho (AP) —", Dateline("Moscow", "Idaho", "United States", None, "AP")),
        ("MOSCOW (AP) —", Dateline("Moscow", "", "Russia", None, "AP")),
        ("NEW YORK (AP) —", Dateline("New York", "", "United States", None, "AP")),
        ("HALIFAX, Nova Scotia (AP) —", Dateline("Halifax", "Nova Scotia", "Canada", None, "AP")),
        ("TBILISI, Georgia (AP) —", Dateline("Tbilisi", "", "Georgia", None, "AP")),
        ("ATLANTA, Ga. (AP) —", Dateline("Atlanta", "Georgia", "United States", None, "AP")),
        ("МОСКВА, 18 ноября (РИА Новости) -",
         Dateline("Москва", "", "", dt.date(2008, 11, 18), "РИА Новости")),
        ("PARIS, Nov 18, 2008 (AFP) –",
         Dateline("Paris", "", "France", dt.date(2008, 11, 18), "AFP")),
        ("RIO DE JANEIRO, Dec. 31 (AP) —",
         Dateline("Rio de Janeiro", "", "Brazil", dt.date(2008, 12, 31), "AP")),
        ("ROSTOV-ON-DON, Sept. 5 --",
         Dateline("Rostov-on-Don", "", "", dt.date(2008, 9, 5), "")),
        ("Ankara, 18 November", Dateline("Ankara", "", "", dt.date(2008, 11, 18), "")),
        ("  ANKARA ,  November 18th  ( RIA  Novosti )  ‒ ",
         Dateline("Ankara", "", "", dt.date(2008, 11, 18), "RIA Novosti")),
        ("ANKARA, 2008-11-18 (X) -", Dateline("Ankara", "", "", dt.date(2008, 11, 18), "X")),
        ("СОЧИ, 5 сентября 2008 г. (РИА Новости) —",
         Dateline("Сочи", "", "", dt.date(2008, 9, 5), "РИА Новости")),
        ("BERLIN, Germany, Nov. 18 (AP) —",
         Dateline("Berlin", "", "Germany", dt.date(2008, 11, 18), "AP")),
        ("SPRINGFIELD, Ill., United States, Jan. 2 (AP) —",
         Dateline("Springfield", "Illinois", "United States", dt.date(2009, 1, 2), "AP")),
    ],
)  # fmt: skip
def test_parse(text: str, expected: Dateline) -> None:
    assert parse_dateline(text, reference=REFERENCE, styles=STYLES) == expected


def test_the_year_is_the_one_nearest_the_reference() -> None:
    early_january = dt.datetime(2009, 1, 3, tzinfo=dt.UTC)
    assert parse_dateline(
        "ANKARA, Dec 30 -", reference=early_january, styles=STYLES
    ).date == dt.date(2008, 12, 30)
    assert parse_dateline(
        "ANKARA, Jan 2 -", reference=early_january, styles=STYLES
    ).date == dt.date(2009, 1, 2)


def test_without_a_reference_the_year_is_the_current_one_s_neighbourhood() -> None:
    parsed = parse_dateline("ANKARA, June 1 -", styles=STYLES)
    assert parsed.date is not None
    assert abs((parsed.date - dt.date.today()).days) <= 183


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("", "empty", 0),
        ("   ", "empty", 0),
        (", Nov 18 (AP) -", "starts with the city", 0),
        ("ANKARA, Nevember 18 (AP) -", "“Nevember” is not a month name", 8),
        ("ANKARA, April 31 -", "April has no day 31", 8),
        ("ANKARA, Feb 29, 2009 -", "2009-02-29 is not a date", 8),
        ("ANKARA (RIA Novosti -", "unmatched parenthesis", 7),
        ("ANKARA, Nov 18, Nov 19 -", "two dates", 16),
        ("ANKARA, Nov 18, Turkey -", "follows the date", 16),
        ("ANKARA, A, B, C -", "Too many parts", 8),
        ("ANKARA,, Nov 18 -", "empty part", 7),
        ("ANKARA, 18/11 -", "Cannot read “18/11” as a date", 8),
        ("  ANKARA, Nevember 18", "not a month name", 10),
    ],
)
def test_what_does_not_parse_says_why_and_where(text: str, message: str, position: int) -> None:
    with pytest.raises(DatelineError) as caught:
        parse_dateline(text, reference=REFERENCE, styles=STYLES)
    assert message in str(caught.value)
    assert caught.value.position == position


def test_the_gazetteer_restores_spelling_and_fills_the_country(
    small_gazetteer: Gazetteer,
) -> None:
    parsed = parse_dateline("SAO PAULO, Nov 18 (Reuters) -", reference=REFERENCE,
                            gazetteer=small_gazetteer, styles=STYLES)  # fmt: skip
    assert parsed == Dateline("São Paulo", "", "Brazil", dt.date(2008, 11, 18), "Reuters")
    ankara = parse_dateline(
        "ANKARA, November 18 (RIA Novosti) -", gazetteer=small_gazetteer, styles=STYLES
    )
    assert (ankara.city, ankara.country) == ("Ankara", "Turkey")
    # A Cyrillic dateline keeps its script; the country comes from the gazetteer.
    moscow = parse_dateline(
        "МОСКВА, 18 ноября (РИА Новости) -", gazetteer=small_gazetteer, styles=STYLES
    )
    assert (moscow.city, moscow.country) == ("Москва", "Russia")
    # The state written in the dateline picks the right Moscow.
    idaho = parse_dateline("MOSCOW, Idaho (AP) —", gazetteer=small_gazetteer, styles=STYLES)
    assert (idaho.city, idaho.region, idaho.country) == ("Moscow", "Idaho", "United States")
    unknown = parse_dateline("ATLANTIS, Nov 18 -", gazetteer=small_gazetteer, styles=STYLES)
    assert (unknown.city, unknown.country) == ("Atlantis", "")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ANKARA", "Ankara"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("ST. LOUIS", "St. Louis"),
        ("WINSTON-SALEM", "Winston-Salem"),
        ("ROSTOV-ON-DON", "Rostov-on-Don"),
        ("N'DJAMENA", "N'Djamena"),
        ("FRANKFURT AM MAIN", "Frankfurt am Main"),
        ("LA PAZ", "La Paz"),
        ("НИЖНИЙ НОВГОРОД", "Нижний Новгород"),
        ("McAllen", "McAllen"),  # not all capitals: left alone
        ("東京", "東京"),
    ],
)
def test_title_city(written: str, expected: str) -> None:
    assert title_city(written) == expected


def test_match_finds_the_dateline_opening_a_paragraph() -> None:
    paragraph = (
        "ANKARA, November 18 (RIA Novosti) - Russian Defense Minister Anatoly Serdyukov "
        "called on Tuesday for a resumption of dialogue with NATO."
    )
    found = match_dateline(paragraph, reference=REFERENCE, styles=STYLES)
    assert found is not None
    assert found.dateline == Dateline("Ankara", "", "", dt.date(2008, 11, 18), "RIA Novosti")
    assert paragraph[found.start : found.end] == "ANKARA, November 18 (RIA Novosti) - "
    assert paragraph[found.end :].startswith("Russian Defense Minister")


def test_match_finds_the_dateline_in_the_sample_web_copy() -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    found = [
        (n, m)
        for n, line in enumerate(lines)
        if (m := match_dateline(line, reference=REFERENCE, styles=STYLES))
    ]
    assert len(found) == 1
    number, match = found[0]
    assert lines[number].startswith("ANKARA, November 18 (RIA Novosti) - Russian Defense")
    assert match.dateline.date == dt.date(2008, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        "However, NATO Secretary General Jaap de Hoop Scheffer said - no.",
        "NATO - the alliance said nothing.",  # capitals and a dash, but no date or source
        "WINSTON-SALEM is a city.",
        '"I am ready to go to Moscow," he said.',
        "Russia urges resumption of dialogue with NATO, alliance wary",
        "Officials in Moscow, November 18 (RIA Novosti) - a sentence, not a city",
        "ANKARA, November 18 (RIA Novosti)-no space after the dash",
        "",
    ],
)
def test_match_leaves_ordinary_sentences_alone(text: str) -> None:
    assert match_dateline(text, reference=REFERENCE, styles=STYLES) is None


def test_match_on_em_dash_and_en_dash() -> None:
    for dash in "—–-":
        found = match_dateline(f"LONDON (AP) {dash} Text.", styles=STYLES)
        assert found is not None and found.dateline.city == "London"


def test_a_repeated_dateline_is_read_for_each_story_reference() -> None:
    """`match_dateline` remembers the datelines it has read (an agency's repeat); the
    year still comes from each story's own time, and a remembered failure stays one."""
    paragraph = "ANKARA, December 31 (RIA Novosti) - The talks resumed."
    years = []
    for reference in (dt.datetime(2027, 1, 2, 8, tzinfo=dt.UTC),
                      dt.datetime(2027, 1, 2, 23, tzinfo=dt.UTC),
                      dt.date(2027, 9, 1), dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                      dt.datetime(2027, 1, 2, 8, tzinfo=dt.UTC)):  # fmt: skip
        found = match_dateline(paragraph, reference=reference, styles=STYLES)
        assert found is not None
        assert found.dateline == parse_dateline(paragraph[: found.end], reference=reference,
                                                styles=STYLES)  # fmt: skip
        years.append(found.dateline.date.year if found.dateline.date else None)
    assert years == [2026, 2026, 2027, 2025, 2026]
    for _ in range(2):
        assert match_dateline("ANKARA, February 30 - No such day.", styles=STYLES) is None
