"""The web-copy corpus (`tests/formats/web_corpus/`): copy after the layouts of news
sites in eleven languages becomes the story an editor would have typed, and every line of
the site's furniture is listed as removed, each with its reason, none of the story's."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from editorial.domain.structure_checks import missing_part_findings
from tests.formats.web_corpus.corpus import Case, cases, dateline_found, key, read

CASES = cases()
IDS = [case.name for case in CASES]


def test_the_corpus_covers_fifteen_sites_in_five_languages() -> None:
    assert len({case.site for case in CASES}) >= 15
    assert len({case.language for case in CASES}) >= 5


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_copy_becomes_the_story_an_editor_would_type(case: Case) -> None:
    reading = read(case)
    story, expected = reading.story, case.expected
    assert story.headline == expected["headline"]
    assert [b.name for b in story.bylines] == expected["bylines"]
    assert story.body == "\n\n".join(expected["body"])
    if case.dateline_pending:  # the dateline stays glued to the lede until it is read
        assert story.lede.endswith(expected["lede"])
    else:
        assert story.lede == expected["lede"]
    assert story.language.split("-")[0] == case.language  # a page may say `en-US`


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_line_of_furniture_is_listed_as_removed_and_nothing_else(case: Case) -> None:
    reading = read(case)
    removed = Counter(key(line.text) for line in reading.removed)
    assert removed == case.furniture()
    assert all(line.reason for line in reading.removed)


DATED = [case for case in CASES if case.expected["dateline"] is not None]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(
            strict=True, reason="a dateline style not declared yet (issue 11, Datelines as data)"
        )) if case.dateline_pending else case
        for case in DATED
    ],
    ids=[case.name for case in DATED],
)  # fmt: skip
def test_the_dateline_is_read_into_city_date_and_source(case: Case) -> None:
    assert dateline_found(case, read(case))


def test_a_bare_teaser_stays_a_story_with_no_headline_and_the_checks_say_so() -> None:
    teaser = next(case for case in CASES if case.name == "interfax-teaser-ru")
    story = read(teaser).story
    assert story.headline == "" and story.lede.endswith("сообщили в МЧС.")
    codes = [finding.code for finding in missing_part_findings(story)]
    assert "structure.missing-headline" in codes


def test_a_section_label_above_the_headline_never_takes_its_place() -> None:
    """The case the issue reports: a label over the headline and a standfirst under it
    made the standfirst the headline, and the headline vanished without a word."""
    from editorial.formats.wire_text import read_web_copy

    copy = (
        "Politics\nGovernment approves new budget after long night of talks\n"
        "The cabinet approved a budget that cuts spending on roads and raises pensions for "
        "the first time in five years\nThe cabinet approved the budget on Tuesday after "
        "talks that lasted through the night, ministers said.\nIt now goes to parliament.\n"
    )
    reading = read_web_copy(copy, reference=dt.datetime(2026, 3, 10, tzinfo=dt.UTC))
    assert reading.story.headline == "Government approves new budget after long night of talks"
    assert reading.story.lede.startswith("The cabinet approved a budget that cuts spending")
    assert {line.text: line.reason for line in reading.removed} == {"Politics": "section label"}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_line_of_the_copy_is_lost_without_being_listed(case: Case) -> None:
    from tests.formats.web_corpus.corpus import Score, score

    total = Score()
    score(case, read(case), total)
    assert total.lost_silently == 0
