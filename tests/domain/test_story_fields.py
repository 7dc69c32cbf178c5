"""The story's fields are declared once (`STORY_FIELDS`), and the plain codec
(`story_plain`) reads back what it writes, for every field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
import types
from pathlib import Path

import pytest

import editorial.domain.story as story_module
from editorial.domain.errors import BadInput
from editorial.domain.story import (
    STORY_FIELDS,
    FieldKind,
    Status,
    Story,
    StoryField,
    check_declared,
    content_fields,
    story_field,
    story_fields,
)
from editorial.domain.story_plain import content_to_plain, story_from_plain, story_to_plain
from tests.story_samples import CONTENT_NAMES, CREATED, every_field_set


def test_every_field_of_story_is_declared_once_with_a_title() -> None:
    assert sorted(f.name for f in story_fields()) == sorted(
        f.name for f in dataclasses.fields(Story)
    )
    assert all(f.title and f.title[0].isupper() for f in story_fields())
    assert story_field("note").title == "Editorial note"
    assert [f.name for f in content_fields()] == [
        "headline", "slug", "bylines", "dateline", "lede", "body", "note", "keywords",
        "language", "urgency", "subjects", "embargo", "status",
    ]  # fmt: skip
    assert {f.name for f in story_fields() if f.kind is FieldKind.BOOKKEEPING} == {
        "id", "uri", "version", "created_at", "updated_at", "trashed_at",
    }  # fmt: skip


def test_a_field_added_to_story_without_a_declaration_stops_the_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real module's source with one more field, as someone would add it."""
    source = Path(story_module.__file__).read_text(encoding="utf-8")
    added, count = re.subn(r'(\n    note: str = ""\n)', r'\1    deck: str = ""\n', source)
    assert count == 1
    module = types.ModuleType("editorial.domain.story_with_a_deck")
    monkeypatch.setitem(sys.modules, module.__name__, module)  # dataclasses looks it up
    with pytest.raises(TypeError, match=r"undeclared: deck\); declare each field"):
        exec(compile(added, "story_with_a_deck.py", "exec"), module.__dict__)


def test_declarations_that_name_no_field_or_a_field_twice_are_refused() -> None:
    extra = (*STORY_FIELDS, StoryField("deck", "Deck", FieldKind.CONTENT))
    with pytest.raises(TypeError, match="declared but not fields: deck"):
        check_declared(Story, extra)
    with pytest.raises(TypeError, match="declared twice: body"):
        check_declared(Story, (*STORY_FIELDS, story_field("body")))


def test_same_content_compares_each_content_field_and_no_bookkeeping() -> None:
    story = every_field_set()
    blank = Story(uri=story.uri)
    for name in CONTENT_NAMES:
        assert not blank.edited(**{name: getattr(story, name)}).same_content(blank), name
    moved = story.edited(id=7, uri="urn:other", version=9, created_at=CREATED,
                         updated_at=CREATED, trashed_at=CREATED)  # fmt: skip
    assert moved.same_content(story)


def test_with_content_of_takes_every_content_field_and_keeps_the_bookkeeping() -> None:
    kept = Story(uri="urn:kept", id=4, version=6, created_at=CREATED, updated_at=CREATED)
    story = every_field_set().edited(id=1, version=2, trashed_at=CREATED)
    both = kept.with_content_of(story)
    assert both.same_content(story)
    assert [getattr(both, f.name) for f in story_fields() if not f.is_content] == [
        getattr(kept, f.name) for f in story_fields() if not f.is_content
    ]


def test_plain_form_is_json_and_reads_back_the_same_story() -> None:
    story = every_field_set().edited(id=3, version=4, created_at=CREATED, updated_at=CREATED,
                                     trashed_at=CREATED)  # fmt: skip
    plain = json.loads(json.dumps(story_to_plain(story)))
    assert story_from_plain(plain) == story
    assert list(plain) == [f.name for f in STORY_FIELDS]
    assert plain["bylines"][0] == {"name": "Anna Ivanova", "role": "Ankara correspondent"}
    assert plain["dateline"]["date"] == "2008-11-18" and plain["status"] == "killed"
    assert plain["embargo"] == "2008-11-19T06:00:00+00:00"
    assert list(content_to_plain(story)) == list(CONTENT_NAMES)


def test_plain_form_leaves_out_nothing_it_needs_and_ignores_what_it_does_not_know() -> None:
    assert story_from_plain({"uri": "urn:x"}) == Story(uri="urn:x")
    story = story_from_plain({"uri": "urn:x", "dateline": {"city": "Ankara", "text": "ANKARA"},
                              "wordcount": 12})  # fmt: skip
    assert story.dateline.city == "Ankara"


@pytest.mark.parametrize(
    ("plain", "message"),
    [
        ([], "a story should be a mapping"),
        ({"headline": "x"}, "needs its “uri”"),
        ({"uri": "u", "headline": 5}, "“headline” should be text, not a number"),
        ({"uri": "u", "urgency": "high"}, "“urgency” should be a whole number, not text"),
        ({"uri": "u", "urgency": True}, "“urgency” should be a whole number"),
        ({"uri": "u", "keywords": "a, b"}, "“keywords” should be a list, not text"),
        ({"uri": "u", "embargo": "soon"}, "“embargo” should be an ISO 8601 date and time"),
        ({"uri": "u", "dateline": {"date": "2024-02-30"}}, "“dateline.date” should be an ISO"),
        ({"uri": "u", "dateline": "Ankara"}, "“dateline” should be a mapping of its parts"),
        ({"uri": "u", "bylines": [{"name": " "}]}, "“bylines” cannot be read: a byline needs"),
        ({"uri": "u", "status": "lost"}, "“status” should be one of draft, submitted"),
    ],
)
def test_a_plain_value_of_the_wrong_kind_is_named(plain: object, message: str) -> None:
    with pytest.raises(BadInput, match=re.escape(message)):
        story_from_plain(plain)  # type: ignore[arg-type]


def test_an_empty_story_reads_back_with_its_defaults() -> None:
    story = Story(uri="urn:x", status=Status.DRAFT, embargo=None)
    assert story_from_plain(story_to_plain(story)) == story
    assert story_to_plain(story)["embargo"] is None
    assert story_from_plain({"uri": "urn:x", "embargo": None}).embargo is None
    assert isinstance(dt.datetime.fromisoformat(str(story_to_plain(every_field_set())["embargo"])),
                      dt.datetime)  # fmt: skip
