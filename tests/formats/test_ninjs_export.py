"""ninjs 2.2 export: valid against the IPTC schema for every story, and read back into
the same story."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, content_fields
from editorial.formats.ninjs import read_ninjs, story_from_ninjs
from editorial.formats.ninjs_export import (
    LIBRARY_ID_ROLE,
    MEDIATOPIC_URI,
    dumps_ninjs,
    ninjs_lines,
    story_to_ninjs,
)
from editorial.formats.wire_text import parse_web_copy
from tests.catalogs import AGENCY, REUTERS, real_gazetteer
from tests.formats.conftest import SAMPLE_REFERENCE, assert_valid_ninjs_22
from tests.formats.strategies import stories

CONTENT_FIELDS = tuple(f.name for f in content_fields())


def sample_story(sample_text: str) -> Story:
    return parse_web_copy(
        sample_text, reference=SAMPLE_REFERENCE, agency_domain="ria.ru", gazetteer=real_gazetteer
    ).edited(
        id=42,
        version=3,
        bylines=(Byline("Anna Ivanova", "Ankara correspondent"),),
        note="Check the Rogozin quote",
        keywords=("NATO", "Russia-Georgia war"),
        subjects=("medtop:11000000", "defence"),
        urgency=3,
        embargo=dt.datetime(2008, 11, 18, 15, 0, tzinfo=dt.UTC),
        created_at=dt.datetime(2008, 11, 18, 9, 30, tzinfo=dt.UTC),
        updated_at=dt.datetime(2008, 11, 18, 10, 5, tzinfo=dt.UTC),
    )


def assert_same_content(back: Story, story: Story) -> None:
    differences = {
        name: (getattr(back, name), getattr(story, name))
        for name in CONTENT_FIELDS
        if getattr(back, name) != getattr(story, name)
    }
    assert not differences


def test_sample_story_exports_valid_ninjs_22(sample_text: str) -> None:
    story = sample_story(sample_text)
    item = story_to_ninjs(story)
    assert_valid_ninjs_22(item)

    assert item["uri"] == story.uri
    assert item["version"] == "3"
    assert item["firstcreated"] == "2008-11-18T09:30:00Z"
    assert item["versioncreated"] == "2008-11-18T10:05:00Z"
    assert item["embargoed"] == "2008-11-18T15:00:00Z"
    assert item["pubstatus"] == "usable"
    assert item["urgency"] == 3
    assert item["language"] == "en"
    assert item["headlines"] == [{"role": "main", "contenttype": "text/plain",
                                  "value": story.headline}]  # fmt: skip
    assert item["slugline"] == "russia-urges-resumption-dialogue-nato"
    assert item["by"] == "Anna Ivanova / Ankara correspondent"
    assert item["located"] == "Ankara, Turkey"
    assert item["descriptions"][0]["value"] == story.lede
    assert item["ednote"] == "Check the Rogozin quote"
    assert item["subjects"] == [
        {"uri": MEDIATOPIC_URI + "11000000", "literal": "medtop:11000000"},
        {"name": "defence"},
        {"name": "NATO", "rel": "keyword"},
        {"name": "Russia-Georgia war", "rel": "keyword"},
    ]
    assert item["altids"] == [{"role": LIBRARY_ID_ROLE, "value": "42"}]


def test_bodies_carry_the_published_html_plain_text_and_markdown(sample_text: str) -> None:
    story = sample_story(sample_text)
    bodies = {body["contenttype"]: body["value"] for body in story_to_ninjs(story)["bodies"]}
    html, plain = bodies["text/html"], bodies["text/plain"]
    assert html.startswith('<article class="story" lang="en" dir="ltr">')
    assert (
        '<span class="dateline">ANKARA, November 18 (RIA Novosti) -</span> Russian Defense' in html
    )
    assert "<h1" not in html  # the headline has its own property
    assert plain.startswith("ANKARA, November 18 (RIA Novosti) - Russian Defense Minister")
    assert plain.endswith('considered legal," he said.')
    assert "<" not in plain
    assert bodies["text/markdown"] == story.body


def test_house_style_shapes_the_printed_dateline(sample_text: str) -> None:
    story = sample_story(sample_text)
    item = story_to_ninjs(story, style=REUTERS)
    assert_valid_ninjs_22(item)
    assert "ANKARA, Nov 18 (RIA Novosti) -" in item["bodies"][1]["value"]


def test_plain_and_html_bodies_print_the_dateline_in_the_story_language() -> None:
    story = Story(
        uri="urn:newsml:ria.ru:20081118:2",
        language="ru",
        dateline=Dateline(city="Москва", country="Россия", date=dt.date(2008, 11, 18),
                          source="РИА Новости"),
        lede="Президент прибыл в Вашингтон.",
        created_at=dt.datetime(2008, 11, 18, 9, tzinfo=dt.UTC),
    )  # fmt: skip
    bodies = [body["value"] for body in story_to_ninjs(story, style=AGENCY)["bodies"]]
    assert "МОСКВА, 18 ноября (РИА Новости) -" in bodies[0]
    assert bodies[1] == "МОСКВА, 18 ноября (РИА Новости) - Президент прибыл в Вашингтон."
    assert story_from_ninjs(story_to_ninjs(story)).same_content(story)


def test_killed_story_is_canceled_and_comes_back_killed(sample_text: str) -> None:
    story = sample_story(sample_text).edited(status=Status.KILLED)
    item = story_to_ninjs(story)
    assert item["pubstatus"] == "canceled"
    assert story_from_ninjs(item).status is Status.KILLED


def test_sample_round_trip(sample_text: str) -> None:
    story = sample_story(sample_text)
    [back] = read_ninjs(dumps_ninjs(story))
    assert_same_content(back, story)
    assert back.same_content(story)
    assert back.uri == story.uri
    assert back.version == 3
    assert back.created_at == story.created_at
    assert back.updated_at == story.updated_at


def test_unsaved_story_takes_versioncreated_from_now() -> None:
    story = Story(uri="urn:newsml:ria.ru:20081118:1")
    now = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    item = story_to_ninjs(story, now=now)
    assert_valid_ninjs_22(item)
    assert item["versioncreated"] == "2024-05-01T12:00:00Z"
    assert "firstcreated" not in item and "descriptions" not in item and "by" not in item


def test_ninjs_lines_are_one_item_per_line(sample_text: str) -> None:
    story = sample_story(sample_text)
    lines = list(ninjs_lines([story, story.edited(headline="Second")]))
    assert len(lines) == 2 and all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    assert json.loads(lines[1])["headlines"][0]["value"] == "Second"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_every_story_exports_valid_ninjs_22(story: Story) -> None:
    assert_valid_ninjs_22(story_to_ninjs(story))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories(statuses=(Status.DRAFT, Status.KILLED)))
def test_export_then_import_gives_the_same_story(story: Story) -> None:
    back = story_from_ninjs(json.loads(dumps_ninjs(story)))
    assert_same_content(back, story)
    assert back.uri == story.uri


@settings(max_examples=50, deadline=None)
@given(stories(statuses=(Status.SUBMITTED, Status.APPROVED, Status.PUBLISHED)))
def test_imports_of_live_stories_start_as_drafts(story: Story) -> None:
    back = story_from_ninjs(story_to_ninjs(story))
    assert back.status is Status.DRAFT
    assert back.same_content(story.edited(status=Status.DRAFT))


def test_a_bundled_media_topic_travels_with_its_uri_and_comes_back_by_name() -> None:
    from editorial.domain.story import new_story
    from editorial.formats.ninjs import story_from_ninjs
    from editorial.formats.ninjs_export import story_to_ninjs

    story = new_story("x.org", headline="Vote").edited(subjects=("politics", "local elections"))
    item = story_to_ninjs(story)
    assert {"name": "politics", "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000"} in (
        item["subjects"]
    )
    assert {"name": "local elections"} in item["subjects"]
    uri_only = {**item, "subjects": [{"uri": "http://cv.iptc.org/newscodes/mediatopic/15000000"}]}
    assert story_from_ninjs(uri_only).subjects == ("sport",)
