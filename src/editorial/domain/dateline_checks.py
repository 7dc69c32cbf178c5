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
from editorial.domain.translatable import QT_TRANSLATE_NOOP, DayText, said

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
    if dateline.date > today:
        days: dict[str, str] = {"date": _day(dateline.date), "today": _day(today)}
        if city:
            future = QT_TRANSLATE_NOOP(
                "Checks", "The dateline's date, {date}, is in the future (it is {today} in {city})."
            )
            days["city"] = city.name
        else:
            future = QT_TRANSLATE_NOOP(
                "Checks", "The dateline's date, {date}, is in the future (it is {today})."
            )
        yield field_finding(
            "dateline.future-date", Severity.WARNING, said(future, days), Field.DATELINE_DATE
        )
        return
    if city is None:
        return
    expected = local_date(story_time or now, city.timezone)
    if dateline.date != expected:
        yield field_finding(
            "dateline.date-mismatch",
            Severity.WARNING,
            said(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The dateline says {date}, but the story's time is {expected} in {city}.",
                ),
                {"date": _day(dateline.date), "expected": _day(expected), "city": city.name},
            ),
            Field.DATELINE_DATE,
        )


def _unknown_city(name: str, gazetteer: Gazetteer) -> Finding:
    guesses = _close_names(name, gazetteer)
    names = dict(zip(("first", "second", "third"), guesses, strict=False))
    return field_finding(
        "dateline.unknown-city",
        Severity.WARNING,
        said(_UNKNOWN_CITY[len(names)], {"city": name.strip(), **names}),
        Field.DATELINE_CITY,
        suggestions=tuple(guesses),
    )


# By how many likely names follow (`_close_names` gives at most three).
_UNKNOWN_CITY = (
    QT_TRANSLATE_NOOP("Checks", "“{city}” is not a city the gazetteer knows."),
    QT_TRANSLATE_NOOP(
        "Checks", "“{city}” is not a city the gazetteer knows. Did you mean {first}?"
    ),
    QT_TRANSLATE_NOOP(
        "Checks", "“{city}” is not a city the gazetteer knows. Did you mean {first} or {second}?"
    ),
    QT_TRANSLATE_NOOP(
        "Checks",
        "“{city}” is not a city the gazetteer knows. "
        "Did you mean {first} or {second} or {third}?",
    ),
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


def _day(date: dt.date) -> DayText:
    return DayText(f"{month_name(date.month)} {date.day}, {date.year}", date)
