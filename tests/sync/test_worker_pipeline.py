"""The worker sends on its lane while its bookkeeping (records, claims ahead, moves to
published) goes on beside it: through an endpoint that refuses some requests for a while,
more stories than one claim holds still arrive once each, in the order of approval, on
each endpoint; every request is an attempt on record."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Collection

from editorial.domain.publishing import OutboxState
from editorial.domain.story import Status
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult
from editorial.sync.bookkeeping import AHEAD, BATCH, FIRST, MOVE_AT, RAMP, Bookkeeper
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


def test_moves_to_published_go_beside_the_sending_after_their_records(
    library: Library,
) -> None:
    """The bookkeeping thread moves delivered stories to published while the lane still
    has entries to send, each move only after the deliveries it moves were recorded;
    every story ends published once (the batch moves and the pass's own), with its
    history entry and the revision of the version it replaced."""
    add_endpoint(library, "wire", "http://127.0.0.1:9/ninjs")
    stories = [approve_new(library, f"Story {n}") for n in range(FIRST + BATCH)]
    sent = 0
    moves: list[tuple[int, bool]] = []  # (sent so far, all of its stories recorded)

    def mark_published(chosen: Collection[int] | None = None) -> None:
        if chosen is not None:
            recorded = {e.story_id for e in library.outbox.entries()
                        if e.state is OutboxState.DELIVERED}  # fmt: skip
            moves.append((sent, set(chosen) <= recorded))
        complete = library.outbox.complete_publications(chosen)
        library.workflow.move_each(complete, Action.PUBLISH, None)

    lease = dt.timedelta(seconds=120)
    with Bookkeeper(library.outbox, "lane", lease, lambda *_: "", mark_published,
                    lambda: dt.datetime.now(dt.UTC)) as books:  # fmt: skip
        books.claim_now()
        while (claim := books.next_claim(False)) is not None:
            time.sleep(0.002)  # the request
            sent += 1
            books.sent(claim, AttemptResult(OutboxState.DELIVERED, 201, ""))
    mark_published()  # the pass's own, for what was left at its end
    assert sent == len(stories)
    assert moves and all(recorded for _, recorded in moves)
    assert moves[0][0] < len(stories), "no story was moved while the lane still sent"
    for story in stories:
        assert story.id is not None
        assert library.get(story.id).status is Status.PUBLISHED
        history = library.workflow.history(story.id)
        assert [h.action for h in history].count(Action.PUBLISH.value) == 1
        assert history[-1].status is Status.PUBLISHED
        assert history[-1].version == story.version + 1
        assert library.revisions(story.id)[-1].story.version == story.version


def test_claims_grow_with_what_the_lane_holds_and_the_last_stretch_moves_as_it_records(
    library: Library,
) -> None:
    """The first claim ahead asks for a few times what the lane holds (it must be back
    before the lane has sent those), later ones for more; once a claim finds fewer than
    it asked for, each record moves what it recorded: the last move (the lane waits for
    it, having nothing left to send) is of the last record's stories, not of every one
    delivered since the last batch of MOVE_AT."""
    add_endpoint(library, "wire", "http://127.0.0.1:9/ninjs")
    stories = [approve_new(library, f"Story {n}") for n in range(FIRST + BATCH)]
    asked: list[int] = []
    settle = library.outbox.settle

    def settling(*args: object, claim_next: int = 0, **kwargs: object) -> object:
        if claim_next:
            asked.append(claim_next)
        return settle(*args, claim_next=claim_next, **kwargs)  # type: ignore[arg-type]

    library.outbox.settle = settling  # type: ignore[method-assign]

    moved: list[int] = []

    def mark_published(chosen: Collection[int] | None = None) -> int:
        complete = library.outbox.complete_publications(chosen)
        moved.append(len(complete))
        library.workflow.move_each(complete, Action.PUBLISH, None)
        return len(complete)

    with Bookkeeper(library.outbox, "lane", dt.timedelta(seconds=120), lambda *_: "",
                    mark_published, lambda: dt.datetime.now(dt.UTC)) as books:  # fmt: skip
        books.claim_now()
        while (claim := books.next_claim(False)) is not None:
            time.sleep(0.002)  # the request
            books.sent(claim, AttemptResult(OutboxState.DELIVERED, 201, ""))
    assert asked[0] == RAMP * FIRST
    assert asked[:3] == sorted(asked[:3]) and BATCH in asked
    assert mark_published() == 0, "the pass's end was left stories to move"
    assert sum(moved) == len(stories) and moved[-2] < MOVE_AT
    assert all(library.get(s.id).status is Status.PUBLISHED for s in stories)  # type: ignore[arg-type]
