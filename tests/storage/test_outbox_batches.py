"""Claiming a batch of outbox entries in one transaction keeps the outbox's promises: each
endpoint's line in the order of approval, never two versions of one story to one endpoint
in a batch, nothing held by two workers; what the worker hands back is as it was."""

from __future__ import annotations

import datetime as dt

from editorial.domain.publishing import OutboxState
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult
from tests.storage.test_outbox_store import (
    LEASE,
    Clock,
    approved,
    clock,
    endpoint,
    library,
    move,
)

__all__ = ["clock", "library"]  # the fixtures, used by name


def test_a_batch_keeps_each_endpoints_line_and_one_version_per_story(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "site")
    endpoint(library, "wire")
    first = approved(library, "First")
    held = library.outbox.claim("w1", LEASE)  # First to "site", then w1 dies
    assert held is not None and held.entry.endpoint == "site"
    move(library, library.get(first.id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
    second = approved(library, "Second")
    clock.advance(LEASE.total_seconds() + 1)
    batch = library.outbox.claim_batch("w2", LEASE, 10)
    assert [c.entry.id for c in batch] == sorted(c.entry.id for c in batch)
    # The kill of First waits behind First's version 1 (taken over: it may have arrived),
    # and Second waits behind the kill in site's line.
    assert [(c.entry.endpoint, c.story.headline, c.entry.action.value) for c in batch] == [
        ("site", "First", "publish"), ("wire", "Second", "publish")]  # fmt: skip
    assert batch[0].entry.maybe_delivered and batch[0].entry.attempts == 2
    assert library.outbox.claim_batch("w3", LEASE, 10) == []  # all held by w2
    assert all(c.payload == "" and c.render_problem == "no renderer" for c in batch)
    done = AttemptResult(OutboxState.DELIVERED, 201, "", remote_id="r-1")
    library.outbox.settle("w2", [(c, done) for c in batch])
    kill, then = library.outbox.claim_batch("w3", LEASE, 10)
    assert (kill.entry.endpoint, kill.entry.action.value, kill.entry.remote_id) == (
        "site", "kill", "r-1")  # fmt: skip
    assert (then.entry.endpoint, then.entry.story_id) == ("site", second.id)


def test_a_retry_stops_its_endpoints_line_and_what_is_handed_back_is_untouched(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "wire")
    stories = [approved(library, f"Story {n}") for n in range(3)]
    batch = library.outbox.claim_batch("w1", LEASE, 10)
    assert [c.story.headline for c in batch] == ["Story 0", "Story 1", "Story 2"]
    later = clock.now + dt.timedelta(seconds=30)
    retry = AttemptResult(OutboxState.RETRYING, 503, "503", next_try_at=later)
    library.outbox.settle("w1", [(batch[0], retry)], unsent=batch[1:])
    states = {e.story_id: (e.state, e.attempts) for e in library.outbox.entries()}
    assert states == {
        stories[0].id: (OutboxState.RETRYING, 1),
        stories[1].id: (OutboxState.QUEUED, 0), stories[2].id: (OutboxState.QUEUED, 0),
    }  # fmt: skip
    assert library.outbox.claim_batch("w1", LEASE, 10) == []  # behind the retry
    clock.advance(31)
    again = library.outbox.claim_batch("w2", LEASE, 10)
    assert [c.story.headline for c in again] == ["Story 0", "Story 1", "Story 2"]
    assert [len(library.outbox.attempts(c.entry.id)) for c in again] == [1, 0, 0]


def test_a_lease_renewed_while_a_long_batch_goes_on(library: Library, clock: Clock) -> None:
    endpoint(library, "wire")
    for n in range(2):
        approved(library, f"Story {n}")
    first, second = library.outbox.claim_batch("w1", LEASE, 10)
    clock.advance(50)
    done = AttemptResult(OutboxState.DELIVERED, 201, "")
    library.outbox.settle("w1", [(first, done)], still_held=[second], lease=LEASE)
    clock.advance(50)  # past the first lease, within the renewed one
    assert library.outbox.claim_batch("w2", LEASE, 10) == []
    clock.advance(11)
    (taken,) = library.outbox.claim_batch("w2", LEASE, 10)
    assert taken.entry.id == second.entry.id and taken.entry.maybe_delivered


def test_a_worker_claims_ahead_behind_its_own_place_and_never_a_later_version(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "site")
    first = approved(library, "First")
    (held,) = library.outbox.claim_batch("w1", LEASE, 1)  # First v1, being sent
    second = approved(library, "Second")
    # Behind its own place in the line: w1 (still sending First) may take Second next.
    (ahead,) = library.outbox.settle("w1", [], claim_next=10, ahead=True, lease=LEASE)
    assert ahead.entry.story_id == second.id
    assert library.outbox.claim_batch("w2", LEASE, 10) == []  # the line is w1's
    move(library, library.get(first.id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
    third = approved(library, "Third")
    # The kill is First's next version: not while w1 still holds First v1 (nor what
    # follows it in the line).
    assert library.outbox.settle("w1", [], claim_next=10, ahead=True,
                                 lease=LEASE) == []
    done = AttemptResult(OutboxState.DELIVERED, 201, "", remote_id="r-1")
    kill, then = library.outbox.settle("w1", [(held, done)], claim_next=10, ahead=True,
                                       lease=LEASE)  # fmt: skip
    assert (kill.entry.story_id, kill.entry.action.value, kill.entry.remote_id) == (
        first.id, "kill", "r-1")  # fmt: skip
    assert then.entry.story_id == third.id
    # Claiming ahead never takes back what the worker holds, even past its lease.
    clock.advance(LEASE.total_seconds() + 1)
    assert library.outbox.settle("w1", [], claim_next=10, ahead=True,
                                 lease=LEASE) == []
    taken = library.outbox.claim_batch("w2", LEASE, 10)  # another worker takes them over
    assert [c.entry.id for c in taken] == [ahead.entry.id, kill.entry.id, then.entry.id]
