"""House styles: the bundled TOML files, how each writes datelines and credits, and an
editor's own folder of overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Severity
from editorial.domain.house_style import (
    BUNDLED,
    DEFAULT_HOUSE_STYLE,
    HOUSE_STYLES,
    bundled_style_text,
    format_byline,
    format_contributors,
    format_credit_line,
    format_dateline,
    house_style,
    load_house_styles,
    plain_latin,
)

AGENCY, AP, REUTERS = HOUSE_STYLES["agency"], HOUSE_STYLES["ap"], HOUSE_STYLES["reuters"]
NOV_18 = dt.date(2008, 11, 18)


def test_the_bundled_styles_load_cleanly() -> None:
    assert BUNDLED.problems == ()
    assert set(HOUSE_STYLES) == {"agency", "ap", "reuters"}
    assert DEFAULT_HOUSE_STYLE is AGENCY
    assert all(style.source.endswith(f"{key}.toml") for key, style in HOUSE_STYLES.items())


def test_an_unknown_key_gives_the_default_style() -> None:
    assert house_style("ap") is AP
    assert house_style("no-such-style") is DEFAULT_HOUSE_STYLE


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
    dated = load_house_styles().get("ap")
    # The bundled AP style shows no date; its date words are still AP's.
    assert [dated.dateline.months[m - 1] for m in (1, 3, 7, 8, 9, 12)] == [
        "Jan.", "March", "July", "Aug.", "Sept.", "Dec.",
    ]  # fmt: skip


def test_ap_with_a_date_shown(tmp_path: Path) -> None:
    (tmp_path / "ap.toml").write_text("[dateline]\nshow_date = true\n", encoding="utf-8")
    style = load_house_styles(tmp_path).get("ap")
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
    assert format_dateline(dateline, AGENCY, "en") == "МОСКВА, November 18 (РИА Новости) -"


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


def test_the_bundled_text_is_there_to_copy() -> None:
    assert 'title = "AP"' in bundled_style_text("ap")


# --- the editor's folder -----------------------------------------------------------


def test_an_override_merges_over_the_bundled_style(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text(
        '[dateline]\ndash = "—"\n\n[copy]\nlede_max_words = 30\n\n'
        '[[copy.add_words]]\nfind = "utilise"\nreplace = ["use"]\n',
        encoding="utf-8",
    )
    catalog = load_house_styles(tmp_path)
    style = catalog.get("agency")
    assert catalog.problems == ()
    assert style.dateline.dash == "—"
    assert style.dateline.months == AGENCY.dateline.months  # untouched keys stay
    assert style.copy.lede_max_words == 30
    assert style.copy.headline_max_characters == AGENCY.copy.headline_max_characters
    finds = [rule.find for rule in style.copy.words]
    assert finds[: len(AGENCY.copy.words)] == [rule.find for rule in AGENCY.copy.words]
    assert finds[-1] == "utilise"
    assert format_dateline(Dateline("Ankara", date=NOV_18), style) == "ANKARA, November 18 —"
    # The module's bundled styles are not changed by loading an override.
    assert HOUSE_STYLES["agency"].dateline.dash == "-"


def test_a_new_style_can_extend_a_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text(
        'extends = "ap"\ntitle = "Our desk"\n[byline]\nname_case = "as_typed"\n',
        encoding="utf-8",
    )
    style = load_house_styles(tmp_path).get("desk")
    assert style.title == "Our desk"
    assert format_byline(PEOPLE[:1], style) == "By Anna Ivanova"
    assert format_dateline(Dateline("Moscow", "", "Russia", None, "AP"), style) == "MOSCOW (AP) —"


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("title = ", "not valid TOML"),
        ('[dateline]\ndahs = "-"\n', "unknown setting 'dahs'"),
        ('[dateline]\nlocale = "everywhere"\n', "locale must be one of"),
        ('[dateline]\nmonths = ["Jan"]\n', "months must list 12 names"),
        ('[copy]\nlede_max_words = "many"\n', "lede_max_words must be a whole number"),
        ('[[copy.words]]\nfind = "x"\nseverity = "fatal"\n', "severity must be one of"),
        ('[[copy.words]]\nfind = "(unclosed"\nregex = true\n', "not a valid regular expression"),
        ('[[copy.words]]\nreplace = ["y"]\n', "find must name"),
        ('[byline]\ncredit_line = "{agency}"\n', "credit_line may use {source}"),
        ('extends = "nope"\n', "extends must name a known style"),
    ],
)
def test_a_broken_user_file_is_reported_and_the_rest_still_load(
    tmp_path: Path, content: str, complaint: str
) -> None:
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    (tmp_path / "fine.toml").write_text('extends = "reuters"\n', encoding="utf-8")
    catalog = load_house_styles(tmp_path)
    assert len(catalog.problems) == 1
    problem = catalog.problems[0]
    assert problem.source.endswith("broken.toml")
    assert complaint in problem.message
    assert "broken" not in catalog.styles
    assert set(catalog.styles) == {"agency", "ap", "reuters", "fine"}


def test_severities_and_disabled_codes_are_read(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text(
        '[copy]\ndisabled = ["structure.double-space"]\n'
        '[copy.severities]\n"structure.missing-byline" = "error"\n',
        encoding="utf-8",
    )
    style = load_house_styles(tmp_path).get("agency")
    assert style.copy.disabled == frozenset({"structure.double-space"})
    assert style.copy.severities == {"structure.missing-byline": Severity.ERROR}


def test_a_missing_override_folder_is_no_problem(tmp_path: Path) -> None:
    catalog = load_house_styles(tmp_path / "not-there")
    assert catalog.problems == ()
    assert set(catalog.styles) == {"agency", "ap", "reuters"}
