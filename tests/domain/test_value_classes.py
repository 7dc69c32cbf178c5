"""The value classes the window's first frame makes, written out rather than made by
`dataclass` (whose generated methods are compiled as a module loads): each behaves as
the frozen dataclass it was. Made with positional or keyword arguments, equal and
hashed by their fields (and never equal to another class), shown with their fields,
unchangeable, pickled whole."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from editorial.domain.dates import ReadDate
from editorial.domain.story import Status as StoryStatus
from editorial.domain.story import StorySummary as StorySummaryFromStory
from editorial.domain.story_summary import Status, StorySummary
from editorial.domain.translatable import Message

WHEN = dt.datetime(2026, 12, 2, 14, 0, tzinfo=dt.UTC)


def test_a_story_summary_is_a_frozen_value() -> None:
    summary = StorySummary(7, "urn:7", "Headline", "slug", Status.SUBMITTED, WHEN)
    same = StorySummary(
        id=7, uri="urn:7", headline="Headline", slug="slug", status=Status.SUBMITTED,
        updated_at=WHEN, trashed_at=None,
    )  # fmt: skip
    assert summary == same and hash(summary) == hash(same) and summary is not same
    assert summary != StorySummary(7, "urn:7", "Headline", "slug", Status.SUBMITTED, WHEN, WHEN)
    assert summary != (7, "urn:7", "Headline", "slug", Status.SUBMITTED, WHEN, None)
    assert len({summary, same}) == 1
    assert repr(summary) == (
        "StorySummary(id=7, uri='urn:7', headline='Headline', slug='slug', "
        f"status={Status.SUBMITTED!r}, updated_at={WHEN!r}, trashed_at=None)"
    )
    with pytest.raises(AttributeError):
        summary.headline = "Another"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del summary.slug
    with pytest.raises(AttributeError):
        summary.extra = 1  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(summary)) == summary
    typed = summary.with_changes(headline="Typed")
    assert (typed.headline, typed.slug, typed.id) == ("Typed", "slug", 7)
    saved = summary.with_changes(status=Status.APPROVED, updated_at=WHEN + dt.timedelta(1))
    assert (saved.status, saved.updated_at, saved.headline) == (
        Status.APPROVED, WHEN + dt.timedelta(1), "Headline"
    )  # fmt: skip
    assert summary.headline == "Headline"
    # Named by the story's module as before.
    assert (StorySummaryFromStory, StoryStatus) == (StorySummary, Status)


def test_a_message_is_a_frozen_value() -> None:
    message = Message("“{word}” is repeated.", (("word", "the"),))
    same = Message(template="“{word}” is repeated.", arguments=(("word", "the"),), context="Checks")
    assert message == same and hash(message) == hash(same)
    assert message != Message("“{word}” is repeated.", (("word", "the"),), "Other")
    assert message.text == "“the” is repeated."
    assert repr(message) == (
        "Message(template='“{word}” is repeated.', arguments=(('word', 'the'),), context='Checks')"
    )
    with pytest.raises(AttributeError):
        message.context = "Other"  # type: ignore[misc]
    copied = pickle.loads(pickle.dumps(message))
    assert copied == message and copied.text == message.text


def test_a_read_date_is_a_frozen_value() -> None:
    read = ReadDate(dt.date(2008, 11, 18), True)
    assert read == ReadDate(date=dt.date(2008, 11, 18), year_given=True)
    assert hash(read) == hash(ReadDate(dt.date(2008, 11, 18), True))
    assert read != ReadDate(dt.date(2008, 11, 18), False)
    assert repr(read) == "ReadDate(date=datetime.date(2008, 11, 18), year_given=True)"
    with pytest.raises(AttributeError):
        read.year_given = False  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(read)) == read
