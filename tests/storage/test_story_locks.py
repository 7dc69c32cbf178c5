"""Soft locks in a real SQLite library: one holder at a time, stale locks expire, a take
over keeps the other editor's text, and a conflict's resolution keeps both texts."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from typing import Any

import pytest

from editorial.domain.errors import StoryReadOnly, VersionConflict
from editorial.domain.story import Status, new_story
from editorial.domain.story_lock import STALE_AFTER, LockHolder, being_edited_message
from editorial.storage.library import Library
from tests.storage.lock_racing import take_in_rounds

ANNA = LockHolder("Anna Ivanova", "desk-1", "window-anna")
JOHN = LockHolder("John Smith", "desk-2", "window-john")
T0 = dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def libraries(library_location: str, clock: Clock) -> Any:
    """Two connections to one library file, as two windows (or machines) have."""
    first = Library.open(library_location, clock=clock)
    second = Library.open(library_location, clock=clock)
    yield first, second
    first.close()
    second.close()


def add_story(library: Library, body: str = "Anna's first paragraph.") -> int:
    story = library.add(new_story("x.org", headline="Talks resume").edited(body=body))
    assert story.id is not None
    return story.id


def test_the_second_taker_is_told_who_holds_the_story(libraries: Any) -> None:
    anna_lib, john_lib = libraries
    story_id = add_story(anna_lib)
    assert anna_lib.locks.take(story_id, ANNA).taken
    refused = john_lib.locks.take(story_id, JOHN)
    assert not refused.taken
    assert refused.lock.holder == ANNA and refused.lock.since == T0
    assert being_edited_message(refused.lock).startswith(
        "Being edited by Anna Ivanova on desk-1 since "
    )
    # Taking it again is a refresh for the holder; a release lets the other in untouched.
    assert anna_lib.locks.take(story_id, ANNA).taken
    anna_lib.locks.release(story_id, JOHN)  # not John's to release: nothing happens
    assert john_lib.locks.holder_of(story_id) is not None
    anna_lib.locks.release(story_id, ANNA)
    version = john_lib.get(story_id).version
    assert john_lib.locks.take(story_id, JOHN).taken
    assert john_lib.get(story_id).version == version  # a free lock costs no version
    assert john_lib.revisions(story_id) == []


def test_a_lock_not_refreshed_goes_stale_and_is_taken_keeping_the_text(
    libraries: Any, clock: Clock
) -> None:
    anna_lib, john_lib = libraries
    story_id = add_story(anna_lib)
    anna_lib.locks.take(story_id, ANNA)
    clock.now = T0 + dt.timedelta(seconds=90)
    assert anna_lib.locks.refresh(story_id, ANNA).taken  # the heartbeat keeps it fresh
    clock.now = T0 + dt.timedelta(seconds=90) + STALE_AFTER - dt.timedelta(seconds=1)
    assert not john_lib.locks.take(story_id, JOHN).taken  # not stale yet
    saved = anna_lib.save(anna_lib.get(story_id).edited(body="Anna typed this."))
    clock.now += dt.timedelta(seconds=2)  # two minutes without a heartbeat: stale
    taken = john_lib.locks.take(story_id, JOHN)
    assert taken.taken and taken.lock.holder == JOHN
    story = john_lib.get(story_id)
    assert story.version == saved.version + 2 and story.body == "Anna typed this."
    (kept,) = john_lib.revisions(story_id)
    assert (kept.action, kept.by, kept.story.body) == (
        "take over",
        "John Smith",
        "Anna typed this.",
    )
    assert "Anna Ivanova's text" in kept.note
    # Anna's window wakes up: its heartbeat learns, its save is refused by the version.
    lost = anna_lib.locks.refresh(story_id, ANNA)
    assert not lost.taken and lost.lock.holder == JOHN
    with pytest.raises(VersionConflict):
        anna_lib.save(saved.edited(body="Anna typed this. And more, never saved."))
    # What it had not saved is kept, in the version left free for it, once.
    unsaved = saved.edited(body="Anna typed this. And more, never saved.")
    assert anna_lib.locks.set_aside(story_id, ANNA, unsaved) == saved.version + 1
    assert anna_lib.locks.set_aside(story_id, ANNA, unsaved) is None
    assert [(r.story.version, r.story.body) for r in john_lib.revisions(story_id)] == [
        (saved.version, "Anna typed this."),
        (saved.version + 1, "Anna typed this. And more, never saved."),
    ]
    # John's first save goes on from there, losing nothing.
    john_saved = john_lib.save(story.edited(body="John's text."), explicit=True)
    assert john_saved.version == story.version + 1


def test_a_fresh_lock_can_be_taken_over(libraries: Any) -> None:
    anna_lib, john_lib = libraries
    story_id = add_story(anna_lib)
    anna_lib.locks.take(story_id, ANNA)
    before = anna_lib.get(story_id)
    lock = john_lib.locks.take_over(story_id, JOHN)
    assert lock.holder == JOHN
    assert john_lib.get(story_id).version == before.version + 2
    assert [r.story.body for r in john_lib.revisions(story_id)] == [before.body]
    assert not anna_lib.locks.refresh(story_id, ANNA).taken
    assert john_lib.locks.set_aside(story_id, JOHN, before) is None  # only for the loser


def test_two_processes_taking_one_lock_at_once_exactly_one_wins(library_location: str) -> None:
    path = library_location
    with Library.open(path) as library:
        story_ids = [add_story(library) for _ in range(8)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results: Any = context.Queue()
    workers = [
        context.Process(target=take_in_rounds, args=(name, str(path), story_ids, barrier, results))
        for name in ("anna", "john")
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in range(2 * len(story_ids))]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    for story_id in story_ids:
        rounds = [o for o in outcomes if o[0] == story_id]
        assert sorted(o[2] for o in rounds) == [False, True]
        winner = next(o[1] for o in rounds if o[2])
        assert {o[3] for o in rounds} == {winner}  # the loser was told the winner's name


def test_choosing_mine_keeps_theirs_as_a_revision(libraries: Any) -> None:
    mine_lib, theirs_lib = libraries
    story_id = add_story(mine_lib)
    base = mine_lib.get(story_id)
    theirs = theirs_lib.save(base.edited(body="Their text."))
    mine = base.edited(body="My text.")
    with pytest.raises(VersionConflict):
        mine_lib.save(mine)
    result = mine_lib.conflicts.resolve(story_id, theirs.version, mine, mine, by="Anna")
    assert result.body == "My text." and result.version == theirs.version + 1
    (kept,) = mine_lib.revisions(story_id)
    assert (kept.story.version, kept.story.body, kept.action) == (
        theirs.version,
        "Their text.",
        "conflict",
    )


def test_choosing_theirs_keeps_mine_and_a_merge_keeps_both(libraries: Any) -> None:
    mine_lib, theirs_lib = libraries
    story_id = add_story(mine_lib)
    base = mine_lib.get(story_id)
    theirs = theirs_lib.save(base.edited(body="Their text."))
    mine = base.edited(body="My text.")
    result = mine_lib.conflicts.resolve(story_id, theirs.version, mine, theirs, by="Anna")
    assert result.body == "Their text." and result.version == theirs.version + 2
    assert [(r.story.version, r.story.body) for r in mine_lib.revisions(story_id)] == [
        (theirs.version + 1, "My text.")
    ]
    # Again, now merging: both texts kept, the merge is the story.
    theirs = theirs_lib.save(result.edited(body="Their second text."))
    mine = result.edited(body="My second text.")
    merged = mine.edited(body="My second text. Their second text.")
    with pytest.raises(VersionConflict):  # a third save came in meanwhile: asked anew
        mine_lib.conflicts.resolve(story_id, theirs.version - 1, mine, merged, by="Anna")
    final = mine_lib.conflicts.resolve(story_id, theirs.version, mine, merged, by="Anna")
    assert final.body == "My second text. Their second text."
    bodies = [r.story.body for r in mine_lib.revisions(story_id)]
    assert bodies[-2:] == ["Their second text.", "My second text."]


def test_a_story_approved_elsewhere_keeps_its_text_and_mine_too(libraries: Any) -> None:
    mine_lib, theirs_lib = libraries
    story_id = add_story(mine_lib)
    base = mine_lib.get(story_id)
    theirs = theirs_lib.save(base.edited(body="Approved text."))
    theirs_lib.trash(story_id)  # spiked: its text may not change
    assert theirs_lib.get(story_id).status is Status.SPIKED
    spiked = theirs_lib.get(story_id)
    mine = base.edited(body="My text.")
    with pytest.raises(StoryReadOnly):
        mine_lib.conflicts.resolve(story_id, spiked.version, mine, mine, by="Anna")
    kept = mine_lib.conflicts.resolve(story_id, spiked.version, mine, spiked, by="Anna")
    assert kept.body == "Approved text." and kept.status is Status.SPIKED
    assert [r.story.body for r in mine_lib.revisions(story_id)] == ["My text."]
    assert theirs.version < kept.version


def test_closing_without_a_lock_writes_nothing(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window closed before it opened a story gives up nothing, and so does not make
    the library's first write, which reads the whole file to check it (seconds on a big
    library, on the way out)."""
    path = tmp_path / "desk.sqlite"
    with Library.open(path) as library:
        story_id = add_story(library)
    import editorial.storage.library as library_module

    checks: list[object] = []
    monkeypatch.setattr(library_module, "quick_check", lambda engine: checks.append(engine))
    with Library.open(path) as anna, Library.open(path) as john:
        anna.locks.release_all(ANNA)
        assert checks == []  # no write made
        assert john.locks.take(story_id, JOHN).taken
        john.locks.release_all(JOHN)  # held one: given up
        assert anna.locks.take(story_id, ANNA).taken
