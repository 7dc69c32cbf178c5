"""Positions of findings in a text, story counts, and joining names."""

from __future__ import annotations

import datetime as dt
import time

from editorial.domain.byline import join_names, parse_bylines
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.counts import count_story
from editorial.domain.findings import Field, Severity, TextPositions, sort_findings, span_finding
from editorial.domain.story import Story
from tests.catalogs import HOUSE_STYLES


def test_line_and_column_count_from_one() -> None:
    text = "ab\ncd\n\nef"
    positions = TextPositions(text)
    assert positions.line_column(0) == (1, 1)
    assert positions.line_column(1) == (1, 2)
    assert positions.line_column(3) == (2, 1)
    assert positions.line_column(6) == (3, 1)
    assert positions.line_column(7) == (4, 1)
    assert positions.line_column(len(text)) == (4, 3)


def test_span_finding_and_sorting() -> None:
    positions = TextPositions("one\ntwo")
    late = span_finding(positions, Field.BODY, 4, 7, code="x", severity=Severity.INFO, message="m")
    early = span_finding(positions, Field.HEADLINE, 0, 3, code="y", severity=Severity.INFO,
                         message="m")  # fmt: skip
    assert (late.line, late.column, late.has_span) == (2, 1, True)
    assert sort_findings([late, early]) == [early, late]


def test_story_counts() -> None:
    counts = count_story("  Talks resume  ", "Russia called for talks.", "One two three.\n\nFour.")
    assert (counts.headline.characters, counts.headline.words) == (12, 2)
    assert (counts.lede.words, counts.body.words, counts.words) == (4, 4, 8)
    assert counts.characters == len("Russia called for talks.") + len("One two three.Four.")
    assert counts.reading_minutes == 1
    long = count_story("", "", "word " * 2300)
    assert long.reading_minutes == 10


def test_join_names() -> None:
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert join_names(["A", "B", "C"], serial_comma=True) == "A, B, and C"
    assert join_names(["А", "Б"], "и") == "А и Б"


def test_parse_bylines_still_reads_the_field() -> None:
    people = parse_bylines("By Anna Ivanova / Moscow; John Smith (Reuters) and Jane Doe")
    assert [(p.name, p.role) for p in people] == [
        ("Anna Ivanova", "Moscow"), ("John Smith", "Reuters"), ("Jane Doe", ""),
    ]  # fmt: skip


def test_checks_are_fast_on_a_long_story() -> None:
    """The budget is ~50 ms for 5,000 words (bench/bench_checks.py measures it); this
    guards against an accidental quadratic with a bound loose enough for a busy CI."""
    paragraph = (
        "Russian Defense Minister Anatoly Serdyukov stated on Tuesday that 3 of the "
        '"allies" had had doubts (about  the the talks), and «twelve» more agreed.'
    )
    s = Story(uri="u", headline="Talks resume", lede=paragraph,
              body="\n\n".join([paragraph] * 230))  # fmt: skip
    assert len(s.body.split()) > 5000
    config = CheckConfig(now=dt.datetime(2008, 11, 18, tzinfo=dt.UTC))
    run_checks(s, HOUSE_STYLES["ap"], config)
    best = min(_timed(lambda: run_checks(s, HOUSE_STYLES["ap"], config)) for _ in range(3))
    assert best < 0.5


def _timed(call: object) -> float:
    assert callable(call)
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
