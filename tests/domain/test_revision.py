"""What made each version of a story, from its kept revisions and its history: a move
names itself, a save is named by what replaced the version before, and a version nobody
kept a trace of making is an edit."""

from __future__ import annotations

import datetime as dt

from editorial.domain.revision import StoryRevision, restored_note, story_versions
from editorial.domain.story import Status, Story
from editorial.domain.workflow import HistoryEntry

T0 = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def version(number: int, body: str, status: Status = Status.DRAFT) -> Story:
    return Story(uri="urn:x", id=1, version=number, body=body, status=status,
                 updated_at=at(number))  # fmt: skip


def test_each_version_is_named_by_what_made_it() -> None:
    revisions = [
        StoryRevision(version(2, "Typed."), at(2), at(3), "save", "Rita"),
        StoryRevision(version(3, "Saved."), at(3), at(4), "submit", "Rita"),
        StoryRevision(version(4, "Saved.", Status.SUBMITTED), at(4), at(5), "revert", "Cody",
                      restored_note(2)),
    ]  # fmt: skip
    history = [
        HistoryEntry(at(0), "Rita", "create", Status.DRAFT, "", 1),
        HistoryEntry(at(4), "Rita", "submit", Status.SUBMITTED, "", 4),
        HistoryEntry(at(5), "Cody", "revert", Status.SUBMITTED, restored_note(2), 5),
    ]
    current = version(5, "Typed.", Status.SUBMITTED)
    versions = story_versions(current, revisions, history)
    assert [(v.version, v.title, v.by, v.note, v.current) for v in versions] == [
        (2, "Edit", "", "", False),  # made over the new story, of which nothing was kept
        (3, "Save", "Rita", "", False),  # what replaced version 2 made version 3
        (4, "Submit", "Rita", "", False),
        (5, "Restore version", "Cody", "Restored version 2.", True),
    ]
    assert [v.at for v in versions] == [at(2), at(3), at(4), at(5)]
    assert versions[-1].story is current and versions[-1].status is Status.SUBMITTED


def test_a_revision_of_the_current_version_is_not_listed_twice() -> None:
    current = version(2, "Now.")
    kept = [StoryRevision(version(2, "Now."), at(2), at(3), "save")]
    assert [v.version for v in story_versions(current, kept, [])] == [2]
