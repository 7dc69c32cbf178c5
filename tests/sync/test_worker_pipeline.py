"""The worker sends on its lane while its bookkeeping (records, claims ahead, moves to
published) goes on beside it: through an endpoint that refuses some requests for a while,
more stories than one claim holds still arrive once each, in the order of approval, on
each endpoint; every request is an attempt on record."""

from __future__ import annotations

from editorial.domain.publishing import OutboxState
from editorial.domain.story import Status
from editorial.storage.library import Library
from editorial.sync.bookkeeping import AHEAD, FIRST
from tests.sync.conftest import SECRET, add_endpoint, approve_new, make_worker
from tests.sync.fault_server import serving

STORIES = FIRST + AHEAD * 2  # claimed ahead while the first ones go


def every_seventh_refused(number: int, _key: str) -> str:
    return "503" if number % 7 == 3 else "ok"


def test_many_stories_arrive_once_each_in_the_order_of_approval(library: Library) -> None:
    with serving(SECRET.encode(), plan=every_seventh_refused) as wire, \
            serving(SECRET.encode()) as site:  # fmt: skip
        add_endpoint(library, "wire", wire.url)
        add_endpoint(library, "site", site.url)
        stories = [approve_new(library, f"Story {n}") for n in range(STORIES)]
        report = make_worker(library).run_until_idle(timeout=120)
    assert (report.pending, report.failed) == (0, 0)
    entries = sorted(library.outbox.entries(), key=lambda e: e.id)
    assert all(e.state is OutboxState.DELIVERED for e in entries)
    for name, server in (("wire", wire), ("site", site)):
        keys = [e.idempotency_key for e in entries if e.endpoint == name]
        assert list(server.accepted) == keys, f"{name} took them out of the order of approval"
        taken = [r.key for r in server.requests if r.fault == "ok"]
        assert len(taken) == len(set(taken)) == STORIES, f"{name} was sent one twice"
    assert any(r.fault == "503" for r in wire.requests)
    attempts = sum(len(library.outbox.attempts(e.id)) for e in entries)
    assert attempts == len(wire.requests) + len(site.requests)
    assert all(library.get(s.id).status is Status.PUBLISHED for s in stories)  # type: ignore[arg-type]
