"""Markdown with YAML front matter, in and out."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story
from editorial.formats.errors import FormatError
from editorial.formats.markdown_doc import story_from_markdown, story_to_markdown
from editorial.formats.wire_text import parse_web_copy
from tests.catalogs import real_gazetteer
from tests.formats.conftest import SAMPLE_REFERENCE
from tests.formats.strategies import stories


def test_sample_story_reads_as_an_editor_would_write_it(sample_text: str) -> None:
    story = parse_web_copy(
        sample_text, reference=SAMPLE_REFERENCE, gazetteer=real_gazetteer
    ).edited(bylines=(Byline("Anna Ivanova", "Ankara correspondent"),), note="Check\nthe quote")
    text = story_to_markdown(story)
    assert text.startswith(f"---\nuri: {story.uri}\n")
    assert "headline: Russia urges resumption of dialogue with NATO, alliance wary\n" in text
    assert "bylines:\n- Anna Ivanova / Ankara correspondent\n" in text
    assert "dateline:\n  city: Ankara\n  country: Turkey\n  date: '2008-11-18'\n" in text
    assert "note: |-\n  Check\n  the quote\n" in text
    assert "\n---\n\nSerdyukov is on a two-day official visit" in text
    assert story_from_markdown(text).same_content(story)


def test_document_written_for_a_static_site_generator() -> None:
    text = (
        "---\ntitle: Talks resume in Geneva\nauthor: Anna Ivanova\n"
        "description: Talks resumed on Monday.\ntags: [diplomacy, Geneva]\n"
        "categories: politics\nlang: ru\n---\n\nMore follows.\n"
    )
    story = story_from_markdown(text, agency_domain="ria.ru",
                                reference=dt.datetime(2024, 3, 4, tzinfo=dt.UTC))  # fmt: skip
    assert story.headline == "Talks resume in Geneva"
    assert story.slug == "talks-resume-geneva"
    assert story.bylines == (Byline("Anna Ivanova"),)
    assert story.lede == "Talks resumed on Monday."
    assert story.keywords == ("diplomacy", "Geneva")
    assert story.subjects == ("politics",)
    assert story.language == "ru"
    assert story.body == "More follows."
    assert story.uri.startswith("urn:newsml:ria.ru:20240304:")


def test_plain_markdown_takes_its_heading_as_headline() -> None:
    story = story_from_markdown("# Flood waters recede\n\nRoads reopened on Friday.\n")
    assert story.headline == "Flood waters recede"
    assert story.body == "Roads reopened on Friday."


def test_a_rule_further_down_is_not_front_matter() -> None:
    text = "Intro paragraph.\n\n---\n\nkey: not yaml front matter\n\n---\n"
    assert story_from_markdown(text).body == text.strip("\n")


def test_structured_bylines_and_dateline_date_as_yaml_date() -> None:
    text = (
        "---\nheadline: x\nbylines:\n- name: Anna Ivanova\n  role: Moscow\n- John Smith\n"
        "dateline:\n  city: Moscow\n  date: 2008-11-18\n  source: RIA Novosti\nurgency: 2\n"
        "embargo: 2008-11-19T06:00:00+03:00\nstatus: killed\n---\nBody.\n"
    )
    story = story_from_markdown(text)
    assert story.bylines == (Byline("Anna Ivanova", "Moscow"), Byline("John Smith"))
    assert story.dateline == Dateline(city="Moscow", date=dt.date(2008, 11, 18),
                                      source="RIA Novosti")  # fmt: skip
    assert story.urgency == 2
    assert story.embargo == dt.datetime(2008, 11, 19, 3, tzinfo=dt.UTC)
    assert story.status is Status.KILLED


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nheadline: [unclosed\n---\nx", "line 3: the front matter is not valid YAML"),
        ("---\n- a list\n---\nx", "the front matter must be a mapping"),
        ("---\nembargo: soon\n---\nx", "“embargo” should be a date and time"),
        ("---\nheadline: {a: 1}\n---\nx", "“headline” in the front matter should be text"),
        ("---\nheadline: x\n", "the front matter has no closing “---” line"),
    ],
)
def test_bad_front_matter_names_file_and_problem(text: str, message: str) -> None:
    with pytest.raises(FormatError) as raised:
        story_from_markdown(text, path="story.md")
    assert str(raised.value).startswith("story.md: ")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("front", "warning", "kept"),
    [
        ("urgency: 12", "urgency “12” is not a whole number from 1 to 9; left at 5",
         {"urgency": 5}),
        ("urgency: lots", "urgency “lots” is not a whole number from 1 to 9", {"urgency": 5}),
        ("version: -3", "version “-3” is not a whole number from 0", {"version": 0}),
        ("version: 99999999999999999999", "version “99999999999999999999” is not", {"version": 0}),
        ("dateline:\n  city: Ankara\n  date: 18 Nov", "the dateline date “18 Nov” is not a real "
         "date (YYYY-MM-DD); left out", {"dateline": Dateline(city="Ankara")}),
        ("dateline:\n  city: Ankara\n  date: 2024-02-30", "the dateline date “2024-02-30” is not "
         "a real date", {"dateline": Dateline(city="Ankara")}),
        ("headline: 1.10", "“headline” was read as the number “1.1”; kept as its text",
         {"headline": "1.1"}),
        ("headline: x\nupdated_at: yesterday", "cannot read the time “yesterday” (updated_at)",
         {"headline": "x", "updated_at": None}),
    ],
)  # fmt: skip
def test_values_that_cannot_be_kept_are_named_and_the_rest_is_kept(
    front: str, warning: str, kept: dict[str, object]
) -> None:
    warnings: list[str] = []
    story = story_from_markdown(f"---\n{front}\n---\nThe body.", path="s.md", warnings=warnings)
    assert any(warning in line for line in warnings), warnings
    assert story.body == "The body."
    for name, value in kept.items():
        assert getattr(story, name) == value


def test_a_real_date_in_front_matter_is_kept_written_either_way() -> None:
    for written in ("2024-02-29", "'2024-02-29'"):
        warnings: list[str] = []
        text = f"---\ndateline:\n  city: Ankara\n  date: {written}\n---\nx"
        story = story_from_markdown(text, warnings=warnings)
        assert story.dateline.date == dt.date(2024, 2, 29) and warnings == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories(statuses=(Status.DRAFT, Status.KILLED)))
def test_round_trip(story: Story) -> None:
    story = story.edited(body=story.body.strip())  # the document's body is trimmed
    back = story_from_markdown(story_to_markdown(story))
    assert back.same_content(story)
    assert (back.uri, back.version) == (story.uri, story.version)
    assert (back.created_at, back.updated_at) == (story.created_at, story.updated_at)


def test_front_matter_nested_past_any_story_is_refused_before_yaml_reads_it() -> None:
    # YAML reads nesting recursively: a line of brackets takes seconds before it fails.
    deep = "---\nheadline: " + "[" * 5000 + "\n---\nBody.\n"
    with pytest.raises(FormatError, match="nested too deeply"):
        story_from_markdown(deep)
    quoted = "---\nheadline: '" + "[" * 40 + "'\n---\nBody.\n"  # brackets in a quoted headline
    assert story_from_markdown(quoted).headline == "[" * 40
