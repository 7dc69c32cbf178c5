"""Claims against the desk's moves and against each other, with two connections to one
library (two machines): a kill that comes while a worker is claiming the story's entry
waits for the claim and then sends the kill where the story may have gone; a resend waits
too; two workers claiming at once never take one endpoint's line twice (a claim is a write
transaction under SQLite's write lock; on PostgreSQL the claim locks the endpoint's row,
`FOR UPDATE SKIP LOCKED`, and another claim takes another endpoint's line meanwhile)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from editorial.domain.publishing import DeliveryAction, OutboxState
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.outbox_claims import Claim, claim_due
from tests.conftest import is_sqlite
from tests.storage.test_outbox_store import CHIEF, LEASE, approved, endpoint
from tests.storage.whole import assert_whole_at


@pytest.fixture
def two(library_location: str) -> Iterator[tuple[Library, Library]]:
    first, second = Library.open(library_location), Library.open(library_location)
    yield first, second
    first.close()
    second.close()
    assert_whole_at(library_location)


def _claim(session: Any, now: dt.datetime, worker: str, lease: dt.timedelta) -> Claim | None:
    """The worker's claim of the entry due first, inside the caller's transaction."""
    found = claim_due(session, now, worker, lease, 1)
    return found[0] if found else None


def in_thread(work: Any) -> tuple[threading.Thread, list[Any]]:
    done: list[Any] = []
    thread = threading.Thread(target=lambda: done.append(work()), daemon=True)
    thread.start()
    return thread, done


def test_a_kill_during_a_claim_waits_for_it_and_withdraws_the_story(
    two: tuple[Library, Library],
) -> None:
    worker, desk = two
    endpoint(worker, "wire")
    story = approved(worker)
    now = dt.datetime.now(dt.UTC)
    with worker.outbox._write() as session:  # the worker's claim, not committed yet
        claim = _claim(session, now, "w1", LEASE)
        assert claim is not None
        kill, killed = in_thread(lambda: desk.workflow.move(
            story.id or 0, story.version, Action.KILL, CHIEF, note="Legal risk"))  # fmt: skip
        kill.join(0.5)
        assert kill.is_alive(), "the kill did not wait for the claim"
    kill.join(30)
    assert killed and killed[0].status.value == "killed"
    entries = {e.action: e for e in desk.outbox.entries(story.id)}
    assert entries[DeliveryAction.PUBLISH].state is OutboxState.SENDING  # on its way
    assert entries[DeliveryAction.KILL].state is OutboxState.QUEUED  # and its withdrawal


def test_a_resend_during_a_claim_waits_and_never_queues_what_is_sending(
    two: tuple[Library, Library],
) -> None:
    worker, desk = two
    endpoint(worker, "wire")
    story = approved(worker)
    entry = worker.outbox.entries(story.id)[0]
    with worker.outbox._write() as session:
        assert _claim(session, dt.datetime.now(dt.UTC), "w1", LEASE) is not None
        resend, outcome = in_thread(lambda: _refused(lambda: desk.outbox.resend(entry.id)))
        resend.join(0.5)
        assert resend.is_alive(), "the resend did not wait for the claim"
    resend.join(30)
    assert len(outcome) == 1 and "is sending" in outcome[0]  # read as the claim left it
    assert desk.outbox.entries(story.id)[0].state is OutboxState.SENDING


def _refused(work: Any) -> str:
    try:
        work()
    except Exception as error:
        return f"refused: {error}"
    return "done"


def test_two_workers_claiming_at_once_take_different_endpoints(
    two: tuple[Library, Library],
) -> None:
    first, second = two
    for name in ("site", "wire"):
        endpoint(first, name)
    story = approved(first)
    now = dt.datetime.now(dt.UTC)
    with first.outbox._claim() as session:
        mine = _claim(session, now, "w1", LEASE)
        assert mine is not None
        theirs, got = in_thread(lambda: second.outbox.claim("w2", LEASE))
        theirs.join(0.5)
        # SQLite: the second claim waits for the first to commit. PostgreSQL: it skips
        # the line the first has locked and takes the other one at once.
        assert theirs.is_alive() is is_sqlite(str(first.location))
    theirs.join(30)
    assert got and got[0] is not None
    assert got[0].entry.endpoint != mine.entry.endpoint
    assert {e.state for e in first.outbox.entries(story.id)} == {OutboxState.SENDING}
