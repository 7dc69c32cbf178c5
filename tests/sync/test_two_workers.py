"""Two worker processes on one library file at once (as the window and `editorial sync`
are): each version goes to each endpoint exactly once, and the work is shared."""

from __future__ import annotations

import multiprocessing

from editorial.domain.publishing import OutboxState
from editorial.domain.story import Status
from editorial.storage.library import Library
from tests.sync.conftest import SECRET, add_endpoint, approve_new
from tests.sync.fault_server import serving
from tests.sync.racing_workers import drain

STORIES = 40


def test_two_worker_processes_send_each_version_once(library_location: str) -> None:
    path = library_location
    # Each answer takes a little while, so that the two workers overlap all the time.
    slow = {"plan": lambda _n, _k: "slow", "slow_seconds": 0.01}
    with serving(SECRET.encode(), **slow) as wire, serving(SECRET.encode(), **slow) as site:
        with Library.open(path) as library:
            add_endpoint(library, "wire", wire.url)
            add_endpoint(library, "site", site.url)
            stories = [approve_new(library, f"Story {n}") for n in range(STORIES)]
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(2)
        results = context.Queue()
        workers = [
            context.Process(target=drain, args=(name, str(path), SECRET, barrier, results))
            for name in ("window", "cli")
        ]
        for worker in workers:
            worker.start()
        reports = [results.get(timeout=180) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
    assert all(r[1] != "raised" for r in reports), reports
    assert sum(r[1] for r in reports) == 2 * STORIES
    for server in (wire, site):
        assert len(server.accepted) == STORIES
        assert len(server.requests) == STORIES, "a version was sent twice"
    with Library.open(path) as library:
        entries = library.outbox.entries()
        assert {e.state for e in entries} == {OutboxState.DELIVERED}
        assert all(library.get(s.id).status is Status.PUBLISHED for s in stories)  # type: ignore[arg-type]
