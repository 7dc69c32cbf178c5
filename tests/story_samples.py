"""A story with every content field set, built from the declaration (`STORY_FIELDS`), so
that a field added to `Story` is in every round trip without a test changed.

A value is chosen by the field's type; only fields whose values must mean something to
the program (a language tag, an urgency from 1 to 9, a status a file can carry) are
named. A new field of a type met here gets a value at once; one of a new type fails
here, naming it.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, StoryField, content_fields

EVERY_FIELD_URI = "urn:newsml:example.org:20081118:every-field"
EMBARGO = dt.datetime(2008, 11, 19, 6, 0, tzinfo=dt.UTC)
CREATED = dt.datetime(2008, 11, 18, 9, 30, tzinfo=dt.UTC)
UPDATED = dt.datetime(2008, 11, 18, 10, 5, tzinfo=dt.UTC)

# Values that must mean something: a language tag other than the default, an urgency
# from 1 to 9, and the one status besides a draft that every file format carries.
_MEANINGFUL: dict[str, object] = {"language": "en-GB", "urgency": 2, "status": Status.KILLED}


def every_field_set() -> Story:
    """A story (not in a library) whose every content field differs from its default."""
    blank = Story(uri=EVERY_FIELD_URI)
    hints = typing.get_type_hints(Story)
    story = blank.edited(
        **{f.name: _MEANINGFUL.get(f.name) or _value(f, hints[f.name]) for f in content_fields()}
    )
    same = [f.name for f in content_fields() if getattr(story, f.name) == getattr(blank, f.name)]
    assert not same, f"the sample leaves these at their defaults: {same}"
    return story


def _value(declared: StoryField, hint: Any) -> object:
    if hint is str:
        if declared.name == "body":  # Markdown of two paragraphs, as a body has
            return "The first paragraph of the body.\n\nThe *second* one."
        return f"{declared.title} of every field"
    if hint == tuple[str, ...]:
        return (f"{declared.title} one", f"{declared.title} two")
    if hint == tuple[Byline, ...]:
        return (Byline("Anna Ivanova", "Ankara correspondent"), Byline("John Smith"))
    if hint is Dateline:
        return Dateline(city="Ankara", region="Central Anatolia", country="Turkey",
                        date=dt.date(2008, 11, 18),
                        source="RIA Novosti")  # fmt: skip
    if hint == dt.datetime | None:
        return EMBARGO
    raise AssertionError(f"no sample value for {declared.name} ({hint}): add one here")


def differences(back: Story, story: Story, names: typing.Iterable[str]) -> dict[str, object]:
    """{field: (read back, sent)} for each named field that did not come back the same."""
    return {
        name: (getattr(back, name), getattr(story, name))
        for name in names
        if getattr(back, name) != getattr(story, name)
    }


CONTENT_NAMES = tuple(f.name for f in content_fields())
