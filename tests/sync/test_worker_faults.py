"""The worker against a real endpoint on loopback that fails half its requests in every
way a network and a server can: every approved version arrives, each under one key with
one body, nothing twice under different keys, every request signed, every attempt kept."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Callable

from editorial.domain.publishing import DeliveryAction, OutboxState
from editorial.domain.story import Status
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from tests.sync.conftest import (
    SECRET,
    add_endpoint,
    approve_new,
    correct_and_approve,
    make_worker,
    move,
)
from tests.sync.fault_server import TRANSIENT_FAULTS, FaultServer, serving


def half_failing(seed: int) -> Callable[[int, str], str]:
    """Half the requests fail, each transient fault in turn (the first of them in an
    order shuffled by `seed`), then at random."""
    faults = list(TRANSIENT_FAULTS)
    random.Random(seed).shuffle(faults)

    def plan(number: int, _key: str) -> str:
        if number < 2 * len(faults):
            return faults[number // 2] if number % 2 == 0 else "ok"
        chance = random.Random(seed * 100_003 + number)
        return chance.choice(faults) if chance.random() < 0.5 else "ok"

    return plan


def assert_exactly_once(library: Library, server: FaultServer) -> None:
    entries = [e for e in library.outbox.entries() if e.state is not OutboxState.CANCELED]
    assert all(e.state is OutboxState.DELIVERED for e in entries), [
        (e.id, e.state, e.last_reason) for e in entries
    ]
    assert set(server.accepted) == {e.idempotency_key for e in entries}
    bodies: dict[str, set[bytes]] = {}
    for request in server.requests:
        if request.body:  # a request closed before its body was read has none
            bodies.setdefault(request.key, set()).add(request.body)
    assert all(len(found) == 1 for found in bodies.values()), "a retry changed the body"
    for (uri, version), keys in server.keys_per_version().items():
        assert keys == {f"{uri}@{version}"}, "one version went out under two keys"
    assert all(r.signed for r in server.requests if r.body)
    # Every request the server saw is an attempt on record.
    attempts = sum(len(library.outbox.attempts(e.id)) for e in entries)
    assert attempts == len(server.requests)


def test_every_version_arrives_exactly_once_through_a_half_failing_endpoint(
    library: Library,
) -> None:
    with serving(SECRET.encode(), plan=half_failing(7), slow_seconds=0.4) as server:
        add_endpoint(library, "wire", server.url)
        stories = [approve_new(library, f"Story {n}") for n in range(12)]
        worker = make_worker(library, timeout=0.25)  # "slow" answers time out: ambiguous
        report = worker.run_until_idle(timeout=60)
        assert report.pending == 0 and report.delivered == 12 and report.failed == 0
        assert {r.fault for r in server.requests} >= set(TRANSIENT_FAULTS)
        assert all(library.get(s.id).status is Status.PUBLISHED for s in stories)  # type: ignore[arg-type]

        corrected = correct_and_approve(library, stories[0], "The body, corrected.")
        move(library, library.get(stories[1].id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
        report = worker.run_until_idle(timeout=60)
        assert report.pending == 0
        assert_exactly_once(library, server)

    items = server.items()
    fixed = items[f"{corrected.uri}@2"]
    assert fixed["version"] == "2" and fixed["pubstatus"] == "usable"
    assert "The body, corrected." in json.dumps(fixed)
    killed = items[f"{stories[1].uri}@2"]
    assert killed["pubstatus"] == "canceled" and killed["ednote"] == "Legal risk"
    assert items[f"{stories[2].uri}@1"]["version"] == "1"
    assert library.get(corrected.id).status is Status.PUBLISHED  # type: ignore[arg-type]
    assert library.get(stories[1].id).status is Status.KILLED  # type: ignore[arg-type]


def test_retry_after_is_honoured(library: Library) -> None:
    plan = {0: "429"}
    with serving(SECRET.encode(), plan=lambda n, _k: plan.get(n, "ok"), retry_after="1") as server:
        add_endpoint(library, "wire", server.url)
        approve_new(library, "Busy")
        worker = make_worker(library)
        first = worker.run_once()
        assert (first.retrying, first.pending) == (1, 1)
        (entry,) = library.outbox.entries()
        (attempt,) = library.outbox.attempts(entry.id)
        assert attempt.status_code == 429 and attempt.reason.startswith("429 Too Many Requests")
        assert attempt.next_try_at is not None
        assert abs((attempt.next_try_at - attempt.at).total_seconds() - 1.0) < 0.2
        assert worker.run_once().delivered == 0  # not before its time
        worker.run_until_idle(timeout=10)
    assert server.requests[1].at - server.requests[0].at >= 0.95
    assert [r.key for r in server.requests] == [entry.idempotency_key] * 2


def test_a_refused_item_fails_visibly_until_resent(library: Library) -> None:
    faults = ["422"]
    with serving(SECRET.encode(), plan=lambda n, _k: faults[0]) as server:
        add_endpoint(library, "wire", server.url)
        story = approve_new(library, "Refused")
        worker = make_worker(library)
        report = worker.run_until_idle(timeout=10)
        assert (report.failed, report.pending) == (1, 0)  # not retried by itself
        (entry,) = library.outbox.entries()
        assert entry.state is OutboxState.FAILED and "422" in entry.last_reason
        assert "not an item we take" in entry.last_reason
        assert library.get(story.id).status is Status.APPROVED  # type: ignore[arg-type]
        faults[0] = "ok"
        library.outbox.resend(entry.id)
        assert worker.run_until_idle(timeout=10).delivered == 1
    assert library.get(story.id).status is Status.PUBLISHED  # type: ignore[arg-type]
    assert len(server.requests) == 2


def test_a_wrong_secret_is_refused_and_nothing_is_taken(library: Library) -> None:
    with serving(SECRET.encode()) as server:
        add_endpoint(library, "wire", server.url)
        approve_new(library, "Forged")
        make_worker(library, {"wire": "not-the-secret"}).run_until_idle(timeout=10)
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.FAILED and entry.last_reason.startswith("401")
    assert server.accepted == {} and not server.requests[0].signed


def test_an_endpoint_offline_is_waited_for(library: Library) -> None:
    with serving(SECRET.encode()) as server:
        url = server.url
        port = int(url.split(":")[2].split("/")[0])
    add_endpoint(library, "wire", url)
    approve_new(library, "Offline")
    worker = make_worker(library)
    report = worker.run_once()
    assert (report.retrying, report.pending) == (1, 1)
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.RETRYING and "ConnectError" in entry.last_reason
    assert not entry.maybe_delivered  # nothing can have reached a closed port
    (status,) = library.outbox.endpoint_statuses()
    assert (status.endpoint, status.waiting, status.online) == ("wire", 1, False)
    with serving(SECRET.encode(), port=port) as server:
        assert worker.run_until_idle(timeout=10).pending == 0
    assert list(server.accepted) == [entry.idempotency_key]
    (status,) = library.outbox.endpoint_statuses()
    assert (status.waiting, status.failed, status.online) == (0, 0, True)
    assert status.last_attempt is not None and status.last_attempt.status_code == 201


def test_an_embargoed_story_waits_for_its_time(
    library: Library, soon: Callable[[float], dt.datetime]
) -> None:
    with serving(SECRET.encode()) as server:
        add_endpoint(library, "wire", server.url)
        # Far enough ahead that two approvals and a pass finish before it on a busy machine.
        embargo = soon(6)
        approve_new(library, "Embargoed", embargo=embargo)
        approve_new(library, "Free")
        worker = make_worker(library)
        first = worker.run_once()
        assert dt.datetime.now(dt.UTC) < embargo, "the machine was too slow for this test"
        assert (first.delivered, first.pending) == (1, 1)  # the free one did not wait
        worker.run_until_idle(timeout=20)
        arrived = time.time()
    assert arrived >= embargo.timestamp()
    assert len(server.accepted) == 2


def test_a_kill_before_delivery_sends_nothing_even_from_a_failing_endpoint(
    library: Library,
) -> None:
    with serving(SECRET.encode(), plan=lambda n, _k: "503") as server:
        add_endpoint(library, "wire", server.url)
        story = approve_new(library, "Pulled")
        worker = make_worker(library)
        worker.run_once()  # refused with 503: nothing went out, it waits to retry
        move(library, library.get(story.id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
        assert worker.run_until_idle(timeout=10).pending == 0
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.CANCELED and entry.action is DeliveryAction.PUBLISH
    assert server.accepted == {} and len(server.requests) == 1


def test_a_kill_after_an_unanswered_attempt_goes_out(library: Library) -> None:
    with serving(SECRET.encode(), plan=lambda n, _k: "accept_then_drop" if n == 0 else "503"
                 ) as server:  # fmt: skip
        add_endpoint(library, "wire", server.url)
        story = approve_new(library, "Maybe out")
        worker = make_worker(library)
        worker.run_once()  # the item was taken, the answer never came
        (entry,) = library.outbox.entries()
        assert entry.maybe_delivered
        move(library, library.get(story.id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
        server.plan = lambda n, _k: "ok"
        worker.run_until_idle(timeout=10)
    kill = server.items()[f"{story.uri}@2"]
    assert kill["pubstatus"] == "canceled"
