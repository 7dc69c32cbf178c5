"""The dates a dateline carries: the year a wire date without one belongs to, and the
date in the located city's own time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from editorial.domain.dateline import (
    Dateline,
    dateline_at,
    local_date,
    local_dateline_date,
    resolve_year,
)
from editorial.domain.dates import DateError
from editorial.domain.gazetteer import Gazetteer
from tests.domain.places import ANKARA, AUCKLAND, HONOLULU

UTC = dt.UTC


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (11, 18, dt.date(2008, 11, 20), dt.date(2008, 11, 18)),
        (12, 31, dt.date(2009, 1, 2), dt.date(2008, 12, 31)),  # last year's
        (1, 2, dt.date(2008, 12, 30), dt.date(2009, 1, 2)),  # next year's
        (6, 30, dt.date(2008, 1, 1), dt.date(2008, 6, 30)),  # 181 days ahead, 185 back
        (2, 29, dt.date(2009, 3, 1), dt.date(2008, 2, 29)),  # the nearest leap year
        (2, 29, dt.date(2011, 3, 1), dt.date(2012, 2, 29)),
    ],
)
def test_resolve_year_takes_the_nearest(
    month: int, day: int, reference: dt.date, expected: dt.date
) -> None:
    assert resolve_year(month, day, reference) == expected


def test_resolve_year_takes_a_datetime_reference() -> None:
    when = dt.datetime(2009, 1, 1, 0, 30, tzinfo=UTC)
    assert resolve_year(12, 31, when) == dt.date(2008, 12, 31)


@pytest.mark.parametrize(("month", "day"), [(4, 31), (2, 30), (13, 1), (0, 5), (1, 0)])
def test_resolve_year_refuses_impossible_dates(month: int, day: int) -> None:
    with pytest.raises(DateError):
        resolve_year(month, day, dt.date(2008, 11, 18))


def test_the_local_date_is_the_city_s_not_the_editor_s() -> None:
    # 22:30 UTC on November 17, 2008 is already November 18 in Ankara (UTC+2 then)...
    moment = dt.datetime(2008, 11, 17, 22, 30, tzinfo=UTC)
    assert local_date(moment, "Europe/Istanbul") == dt.date(2008, 11, 18)
    assert local_dateline_date(moment, ANKARA) == dt.date(2008, 11, 18)
    # ... and still November 17 in Honolulu (UTC-10), a day later in Auckland.
    assert local_dateline_date(moment, HONOLULU) == dt.date(2008, 11, 17)
    assert local_dateline_date(moment, AUCKLAND) == dt.date(2008, 11, 18)


def test_local_date_accepts_a_tzinfo() -> None:
    moment = dt.datetime(2024, 3, 10, 23, 0, tzinfo=ZoneInfo("America/New_York"))
    assert local_date(moment, ZoneInfo("Asia/Tokyo")) == dt.date(2024, 3, 11)


def test_a_city_name_is_looked_up(small_gazetteer: Gazetteer) -> None:
    moment = dt.datetime(2008, 11, 17, 22, 30, tzinfo=UTC)
    assert local_dateline_date(moment, "Анкара", gazetteer=small_gazetteer) == dt.date(2008, 11, 18)
    assert local_dateline_date(moment, "Atlantis", gazetteer=small_gazetteer) is None


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        local_dateline_date(dt.datetime(2008, 11, 17, 22, 30), ANKARA)


def test_dateline_at_a_city() -> None:
    moment = dt.datetime(2008, 11, 17, 22, 30, tzinfo=UTC)
    assert dateline_at(HONOLULU, moment, "AP") == Dateline(
        "Honolulu", "Hawaii", "United States", dt.date(2008, 11, 17), "AP"
    )


def test_an_empty_dateline() -> None:
    assert Dateline().is_empty
    assert Dateline(region="Texas").is_empty  # a region alone says nothing to print
    assert not Dateline(source="AP").is_empty
