"""Dateline warnings: an unknown city, a date in the future, a date that is not the
local date at the located city."""

from __future__ import annotations

import datetime as dt

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.gazetteer import Gazetteer
from editorial.domain.story import Story
from tests.catalogs import HOUSE_STYLES

# 22:30 UTC on November 17, 2008: already November 18 in Ankara and Auckland, still
# November 17 in Honolulu.
NOW = dt.datetime(2008, 11, 17, 22, 30, tzinfo=dt.UTC)


def dateline_findings(
    dateline: Dateline, gazetteer: Gazetteer | None, **config: object
) -> list[Finding]:
    s = Story(uri="urn:test", headline="Talks", bylines=(Byline("A B"),), lede="Lede.",
              body="Body.", dateline=dateline)  # fmt: skip
    settings = CheckConfig(now=NOW, **config)  # type: ignore[arg-type]
    results = run_checks(s, HOUSE_STYLES["agency"], settings, gazetteer=gazetteer)
    return [f for f in results if f.code.startswith("dateline.")]


def test_the_right_local_date_passes(small_gazetteer: Gazetteer) -> None:
    assert dateline_findings(Dateline("Ankara", date=dt.date(2008, 11, 18)), small_gazetteer) == []
    assert (
        dateline_findings(Dateline("Honolulu", date=dt.date(2008, 11, 17)), small_gazetteer) == []
    )
    assert dateline_findings(Dateline("МОСКВА", date=dt.date(2008, 11, 18)), small_gazetteer) == []


def test_an_unknown_city_is_a_warning_with_suggestions(small_gazetteer: Gazetteer) -> None:
    [found] = dateline_findings(Dateline("Ankra", date=dt.date(2008, 11, 18)), small_gazetteer)
    assert (found.code, found.severity, found.field) == (
        "dateline.unknown-city", Severity.WARNING, Field.DATELINE_CITY,
    )  # fmt: skip
    assert found.suggestions == ("Ankara",)
    assert "Ankra" in found.message and "Ankara" in found.message
    [far] = dateline_findings(Dateline("Xyzzy"), small_gazetteer)
    assert far.suggestions == () and "Did you mean" not in far.message


def test_a_date_in_the_future_at_the_city(small_gazetteer: Gazetteer) -> None:
    # November 18 is today in Ankara but tomorrow in Honolulu.
    [found] = dateline_findings(Dateline("Honolulu", date=dt.date(2008, 11, 18)), small_gazetteer)
    assert (found.code, found.field) == ("dateline.future-date", Field.DATELINE_DATE)
    assert "November 17, 2008 in Honolulu" in found.message


def test_a_date_that_is_not_the_local_date_of_the_story(small_gazetteer: Gazetteer) -> None:
    [found] = dateline_findings(Dateline("Ankara", date=dt.date(2008, 11, 17)), small_gazetteer)
    assert found.code == "dateline.date-mismatch"
    assert "November 18, 2008 in Ankara" in found.message
    # The story's own time, when given, is what the date must match.
    filed = dt.datetime(2008, 11, 17, 9, 0, tzinfo=dt.UTC)
    assert (
        dateline_findings(
            Dateline("Ankara", date=dt.date(2008, 11, 17)), small_gazetteer, story_time=filed
        )
        == []
    )


def test_without_a_gazetteer_only_the_surely_future_date_is_flagged() -> None:
    # Somewhere on Earth (UTC+14) it is already November 18, 12:30.
    assert dateline_findings(Dateline("Anywhere", date=dt.date(2008, 11, 18)), None) == []
    [found] = dateline_findings(Dateline("Anywhere", date=dt.date(2008, 11, 19)), None)
    assert found.code == "dateline.future-date"


def test_no_date_no_date_warnings(small_gazetteer: Gazetteer) -> None:
    assert dateline_findings(Dateline("Ankara", source="AP"), small_gazetteer) == []
