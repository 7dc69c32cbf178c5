"""Several workers claiming outbox entries at once, each over its own connection (as
`editorial sync` on several machines does against a shared PostgreSQL library): no entry
is claimed twice, every one is delivered once, and each endpoint's line is taken in the
order of approval. On PostgreSQL a claim locks the endpoint's row with `FOR UPDATE SKIP
LOCKED` instead of taking the library's write lock: it waits for no other writer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from editorial.domain.publishing import OutboxState
from editorial.storage.library import Library
from editorial.storage.outbox_claims import claim_due
from editorial.storage.outbox_store import AttemptResult
from tests.conftest import is_sqlite
from tests.storage.test_outbox_store import LEASE, Clock, approved, clock, endpoint, library

__all__ = ["clock", "library"]  # the fixtures, used by name

WORKERS = 6
ENDPOINTS = ("wire", "site", "feed")
STORIES = 24
DONE = AttemptResult(OutboxState.DELIVERED, 201, "")


def _claim_until_empty(
    location: str, clock: Clock, name: str, start: threading.Barrier,
    log: list[tuple[str, int, str]], lock: threading.Lock, problems: list[str],
) -> None:  # fmt: skip
    try:
        with Library.open(location, create=False, clock=clock, busy_timeout=30) as mine:
            start.wait()
            idle_since = time.monotonic()
            while time.monotonic() - idle_since < 2.0:
                batch = mine.outbox.claim_batch(name, LEASE, 5)
                if not batch:
                    if mine.outbox.pending_count() == 0:
                        return
                    time.sleep(0.005)  # another worker holds the lines still to go
                    continue
                idle_since = time.monotonic()
                with lock:
                    log.extend((c.entry.endpoint, c.entry.id, name) for c in batch)
                mine.outbox.settle(name, [(c, DONE) for c in batch])
    except Exception as error:  # the test fails on it
        problems.append(f"{name}: {type(error).__name__}: {error}")


def test_workers_claiming_at_once_take_each_entry_once_in_each_lines_order(
    library: Library, library_location: str, clock: Clock
) -> None:
    for name in ENDPOINTS:
        endpoint(library, name)
    for n in range(STORIES):
        approved(library, f"Story {n}")
    log: list[tuple[str, int, str]] = []
    problems: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(WORKERS)
    threads = [
        threading.Thread(target=_claim_until_empty, args=(
            library_location, clock, f"w{n}", start, log, lock, problems))
        for n in range(WORKERS)
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not problems, problems
    claimed = [entry_id for _, entry_id, _ in log]
    assert len(claimed) == len(set(claimed)) == STORIES * len(ENDPOINTS), "claimed twice"
    for name in ENDPOINTS:
        line = [entry_id for where, entry_id, _ in log if where == name]
        assert line == sorted(line), f"{name}'s line was taken out of order"
    entries = library.outbox.entries()
    assert len(entries) == STORIES * len(ENDPOINTS)
    assert all(e.state is OutboxState.DELIVERED and e.attempts == 1 for e in entries)
    assert sum(len(library.outbox.attempts(e.id)) for e in entries) == len(entries)


@pytest.fixture
def others(library_location: str, clock: Clock) -> Iterator[list[Library]]:
    if is_sqlite(library_location):
        pytest.skip("row locks: PostgreSQL only (SQLite's claims take its write lock)")
    with ExitStack() as stack:
        opened = [Library.open(library_location, create=False, clock=clock, busy_timeout=2)
                  for _ in range(2)]  # fmt: skip
        yield [stack.enter_context(library) for library in opened]


def test_a_claim_on_postgresql_waits_for_no_writer_and_skips_a_line_being_claimed(
    library: Library, clock: Clock, others: list[Library]
) -> None:
    endpoint(library, "wire")
    first, second = approved(library, "First"), approved(library, "Second")
    writer, claimer = others
    # Another desk holds the library's write lock (a save under way): claims go on.
    with writer._write():  # type: ignore[attr-defined]
        held = library.outbox.claim_batch("w1", LEASE, 1)
        assert [c.entry.story_id for c in held] == [first.id]
    library.outbox.settle("w1", [(held[0], DONE)])
    # Another worker is in the middle of claiming the wire's line: this claim does not
    # wait for it, and takes nothing of that line.
    with claimer.outbox._claim() as session:  # type: ignore[attr-defined]
        theirs = claim_due(session, clock(), "w2", LEASE, 10)
        assert [c.entry.story_id for c in theirs] == [second.id]
        began = time.monotonic()
        assert library.outbox.claim_batch("w3", LEASE, 10) == []
        assert time.monotonic() - began < 1.5  # under the 2 s lock timeout: no wait
    assert library.outbox.claim_batch("w3", LEASE, 10) == []  # w2 holds it now
    (entry,) = [e for e in library.outbox.entries() if e.story_id == second.id]
    assert (entry.state, entry.attempts) == (OutboxState.SENDING, 1)
