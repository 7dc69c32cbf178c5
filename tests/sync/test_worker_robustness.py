"""What a new desk runs into, against real servers on loopback: an endpoint that hangs
(a timeout is honoured, a request included), one removed while its entries wait or are
being sent, a keyring that goes away mid-run, a redirect, a URL that is not http(s), and
answers that are huge or not UTF-8. None of it crashes the worker or loses an entry."""

from __future__ import annotations

import datetime as dt
import time

import httpx

from editorial.domain.publishing import EndpointProfile, OutboxState
from editorial.storage.library import Library
from editorial.sync.credentials import KeyringUnavailable
from editorial.sync.worker import OutboxWorker
from tests.sync.conftest import FAST, SECRET, add_endpoint, approve_new, make_worker
from tests.sync.fault_server import serving
from tests.sync.loopback import Answer, Seen
from tests.sync.loopback import serving as scripted


def test_a_timeout_is_honoured_while_the_endpoint_hangs(library: Library) -> None:
    with serving(SECRET.encode(), plan=lambda _n, _k: "slow", slow_seconds=8) as server:
        add_endpoint(library, "wire", server.url)
        approve_new(library, "Hung")
        worker = make_worker(library, timeout=20)  # the request alone would wait 20 s
        started = time.monotonic()
        report = worker.run_until_idle(timeout=1.5)
        took = time.monotonic() - started
    assert took < 4, f"sync --wait --timeout 1.5 took {took:.1f} s"
    assert report.pending == 1
    (entry,) = library.outbox.entries()
    # The request went and no answer came: tried again later, as maybe delivered.
    assert entry.state is OutboxState.RETRYING and entry.maybe_delivered
    assert "ReadTimeout" in entry.last_reason


def test_an_endpoint_removed_while_its_entries_are_being_sent(
    library: Library, library_location: str
) -> None:
    """The first request removes the endpoint (another process, say the window); it is
    answered 503. Nothing is left claimed or waiting for an endpoint that is gone."""
    removed: list[int] = []

    def plan(number: int, _key: str) -> str:
        if number == 0:
            with Library.open(library_location, create=False) as other:
                removed.append(other.endpoints.remove("wire"))
        return "503"

    with serving(SECRET.encode(), plan=plan) as server:
        add_endpoint(library, "wire", server.url)
        add_endpoint(library, "site", server.url.replace("/ninjs", "/site"))
        for n in range(3):
            approve_new(library, f"Story {n}")
        report = make_worker(library).run_once()
    assert removed == [0]  # all three were claimed (sending) when it went
    entries = [e for e in library.outbox.entries() if e.endpoint == "wire"]
    assert [e.state for e in entries] == [OutboxState.CANCELED] * 3
    assert all(e.last_reason == "the endpoint was removed" for e in entries)
    assert report.pending == 3  # the other endpoint's, waiting to be tried again
    assert make_worker(library).run_once().pending == 3  # and no crash after


def test_a_keyring_gone_mid_run_keeps_entries_waiting_and_says_why(library: Library) -> None:
    gone = [False]

    def secret_for(_name: str) -> str:
        if gone[0]:
            raise KeyringUnavailable("The system keyring cannot be used (the bus went away).")
        return SECRET

    with serving(SECRET.encode()) as server:
        add_endpoint(library, "wire", server.url)
        worker = OutboxWorker(library.outbox, library.endpoints, library.workflow, secret_for,
                              policy=FAST)  # fmt: skip
        approve_new(library, "Before")
        assert worker.run_once().delivered == 1
        gone[0] = True
        approve_new(library, "During")
        report = worker.run_once()
        assert (report.retrying, report.pending) == (1, 1)
        waiting = library.outbox.entries()[0]
        assert waiting.state is OutboxState.RETRYING and "keyring" in waiting.last_reason
        assert not waiting.maybe_delivered
        gone[0] = False
        assert worker.run_until_idle(timeout=10).pending == 0
    assert len(server.accepted) == 2


def test_a_redirect_is_refused_visibly(library: Library) -> None:
    def moved(_seen: Seen) -> Answer:
        return Answer(301, "moved", {"Location": "https://elsewhere.example/ninjs"})

    with scripted(moved) as (url, seen):
        add_endpoint(library, "wire", url + "/ninjs")
        approve_new(library, "Moved")
        report = make_worker(library).run_until_idle(timeout=10)
    assert (report.failed, report.pending, len(seen)) == (1, 0, 1)  # not followed
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.FAILED
    assert "redirects are not followed" in entry.last_reason
    assert "https://elsewhere.example/ninjs" in entry.last_reason


def test_an_endpoint_url_that_is_not_http_fails_visibly(library: Library) -> None:
    # Only the library's own store is this lax (the service and the CLI check the URL).
    library.endpoints.add(EndpointProfile("wire", "ninjs-push", "ftp://127.0.0.1/ninjs"))
    library.endpoints.add(EndpointProfile("far", "ninjs-push", "http://example.org/ninjs"))
    approve_new(library, "Nowhere")
    report = make_worker(library).run_until_idle(timeout=10)
    assert (report.failed, report.pending) == (2, 0)  # refused, not retried for ever
    reasons = {e.endpoint: e.last_reason for e in library.outbox.entries()}
    assert "not an http:// or https:// URL" in reasons["wire"]
    assert "Plain http:// is accepted only for this machine" in reasons["far"]


def test_huge_and_non_utf8_answers(library: Library) -> None:
    huge = b"x" * (64 << 20)
    answers = iter([
        Answer(500, b"\xff\xfe\x80 broken \xc3", {"Content-Type": "text/plain; charset=utf-8"}),
        Answer(201, huge, {"Content-Type": "application/json"}),
    ])  # fmt: skip

    with scripted(lambda _seen: next(answers)) as (url, seen):
        add_endpoint(library, "wire", url + "/ninjs")
        approve_new(library, "Odd answers")
        worker = make_worker(library)
        first = worker.run_once()
        assert first.retrying == 1
        (entry,) = library.outbox.entries()
        assert entry.last_reason.startswith("500 Internal Server Error: ")
        assert entry.last_reason.isprintable() and "broken" in entry.last_reason
        assert worker.run_until_idle(timeout=30).pending == 0
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.DELIVERED and len(seen) == 2


def test_a_read_limited_answer_stays_whole_in_what_it_says() -> None:
    from editorial.sync.http_outcomes import request_limited

    def answer(_seen: Seen) -> Answer:
        return Answer.json(201, '{"id": "item-7", "link": "https://x.example/7"}')

    with scripted(answer) as (url, _seen), httpx.Client() as client:
        response = request_limited(client, "POST", url, content=b"{}", limit=10)
        assert response.status_code == 201 and response.content == b'{"id": "it'
        full = request_limited(client, "POST", url, content=b"{}")
        assert full.json() == {"id": "item-7", "link": "https://x.example/7"}


def test_a_small_compressed_answer_is_still_cut_at_the_limit_once_decoded() -> None:
    """A gzip answer whose length on the wire is within the limit, decoded far past it:
    only what is plain and within its length is read whole at once."""
    import gzip

    from editorial.sync.http_outcomes import request_limited

    said = b'{"id": "' + b"x" * 100_000 + b'"}'
    packed = gzip.compress(said)

    def answer(_seen: Seen) -> Answer:
        return Answer(201, packed, {"Content-Type": "application/json",
                                    "Content-Encoding": "gzip"})  # fmt: skip

    with scripted(answer) as (url, _seen), httpx.Client() as client:
        assert len(packed) < 1000
        cut = request_limited(client, "POST", url, content=b"{}", limit=1000)
        assert cut.status_code == 201 and cut.content == said[:1000]
        assert "content-encoding" not in cut.headers
        whole = request_limited(client, "POST", url, content=b"{}")
        assert whole.content == said


def test_what_another_worker_took_over_during_a_long_request_is_not_sent(
    library: Library, library_location: str
) -> None:
    """A request outlasts the lease of the batch it belongs to; meanwhile a second worker
    takes the batch over. The first worker sends nothing more of it."""
    taken: list[object] = []

    def plan(number: int, _key: str) -> str:
        if number == 0:
            time.sleep(0.6)  # past the first worker's 0.3 s lease
            with Library.open(library_location, create=False) as other:
                taken.extend(other.outbox.claim_batch("w2", dt.timedelta(seconds=60), 10))
        return "ok"

    with serving(SECRET.encode(), plan=plan) as server:
        add_endpoint(library, "wire", server.url)
        for n in range(2):
            approve_new(library, f"Story {n}")
        worker = OutboxWorker(library.outbox, library.endpoints, library.workflow,
                              lambda _name: SECRET, policy=FAST,
                              lease=dt.timedelta(seconds=0.3), name="w1")  # fmt: skip
        report = worker.run_once()
    assert len(taken) == 2  # both were the second worker's once the lease ran out
    assert len(server.requests) == 1, "the first worker sent what it no longer held"
    assert report.delivered == 1
    entries = {e.id: e for e in library.outbox.entries()}
    assert all(e.state is OutboxState.SENDING for e in entries.values())  # w2's now
