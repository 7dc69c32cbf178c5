"""Warnings about a dateline (they never block): a city the gazetteer does not know, a
date in the future, a date that is not the local date at the located city."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator

from editorial.domain.dateline import Dateline, local_date
from editorial.domain.dates import month_name
from editorial.domain.findings import Field, Finding, Severity, field_finding
from editorial.domain.gazetteer import City, Gazetteer, fold

# The date somewhere on Earth is at most this far ahead of UTC (Kiribati, UTC+14).
_LATEST_ZONE = dt.timezone(dt.timedelta(hours=14))


def dateline_findings(
    dateline: Dateline,
    *,
    now: dt.datetime,
    story_time: dt.datetime | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[Finding]:
    """`now` and `story_time` are aware datetimes; `story_time` (when the story is
    filed) defaults to `now`. Without a gazetteer the city is not checked and a future
    date is judged against the latest date anywhere on Earth."""
    city: City | None = None
    if gazetteer is not None and dateline.city.strip():
        city = gazetteer.lookup(dateline.city, dateline.country, dateline.region)
        if city is None:
            yield _unknown_city(dateline.city, gazetteer)
    if dateline.date is None:
        return
    today = local_date(now, city.timezone) if city else now.astimezone(_LATEST_ZONE).date()
    where = f" in {city.name}" if city else ""
    if dateline.date > today:
        yield field_finding(
            "dateline.future-date",
            Severity.WARNING,
            f"The dateline's date, {_day(dateline.date)}, is in the future (it is "
            f"{_day(today)}{where}).",
            Field.DATELINE_DATE,
        )
        return
    if city is None:
        return
    expected = local_date(story_time or now, city.timezone)
    if dateline.date != expected:
        yield field_finding(
            "dateline.date-mismatch",
            Severity.WARNING,
            f"The dateline says {_day(dateline.date)}, but the story's time is "
            f"{_day(expected)} in {city.name}.",
            Field.DATELINE_DATE,
        )


def _unknown_city(name: str, gazetteer: Gazetteer) -> Finding:
    guesses = _close_names(name, gazetteer)
    hint = f" Did you mean {' or '.join(guesses)}?" if guesses else ""
    finding = field_finding(
        "dateline.unknown-city",
        Severity.WARNING,
        f"“{name.strip()}” is not a city the gazetteer knows.{hint}",
        Field.DATELINE_CITY,
    )
    return Finding(
        finding.code, finding.severity, finding.message, finding.field, suggestions=tuple(guesses)
    )


def _close_names(name: str, gazetteer: Gazetteer) -> list[str]:
    """Likely spellings: cities sharing the first letters, ranked by likeness."""
    key = fold(name)
    candidates: dict[str, str] = {}
    for length in (3, 2, 1):
        for match in gazetteer.complete(key[:length], limit=200):
            candidates.setdefault(fold(match.matched), match.matched)
        if len(candidates) >= 50:
            break
    close = difflib.get_close_matches(key, list(candidates), n=3, cutoff=0.75)
    return [candidates[c] for c in close]


def _day(date: dt.date) -> str:
    return f"{month_name(date.month)} {date.day}, {date.year}"
