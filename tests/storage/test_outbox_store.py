"""The outbox in a real SQLite library: approval, correction and kill write their entries
in the move's own transaction; entries are claimed with a lease, one at a time per
endpoint in the order of approval; a kill before delivery sends nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from editorial.domain.errors import BadInput
from editorial.domain.publishing import DeliveryAction, EndpointProfile, OutboxState
from editorial.domain.story import Status, Story, new_story
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult, Claim
from editorial.storage.workflow_store import WorkflowStore
from tests.storage.whole import assert_whole_at

CHIEF = Actor("Carla Chief", EVERY_ROLE)
LEASE = dt.timedelta(seconds=60)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def library(library_location: str, clock: Clock) -> Iterator[Library]:
    with Library.open(library_location, clock=clock) as opened:
        yield opened
    assert_whole_at(library_location)


def endpoint(library: Library, name: str, **switches: bool) -> None:
    library.endpoints.add(EndpointProfile(name, "ninjs-push", f"http://127.0.0.1/{name}",
                                          **switches))  # fmt: skip


def move(library: Library, story: Story, action: Action, note: str = "Because.") -> Story:
    assert story.id is not None
    actor = None if action is Action.PUBLISH else CHIEF
    return library.workflow.move(story.id, story.version, action, actor, note=note)


def approved(library: Library, headline: str = "Quake", **fields: object) -> Story:
    story = library.add(new_story("x.org", headline=headline).edited(body="Body.", **fields))
    return move(library, move(library, story, Action.SUBMIT), Action.APPROVE)


def deliver(library: Library, claim: Claim, remote_id: str = "") -> None:
    assert library.outbox.finish(claim, AttemptResult(OutboxState.DELIVERED, 200, "",
                                                      remote_id=remote_id))  # fmt: skip


def drain(library: Library) -> list[Claim]:
    sent = []
    while (claim := library.outbox.claim("w1", LEASE)) is not None:
        deliver(library, claim, remote_id=f"r-{claim.entry.id}")
        sent.append(claim)
    return sent


def test_approval_queues_one_entry_per_enabled_endpoint_that_publishes(library: Library) -> None:
    endpoint(library, "wire")
    endpoint(library, "site")
    endpoint(library, "off", enabled=False)
    endpoint(library, "manual", publish_on_approval=False)
    story = approved(library)
    entries = library.outbox.entries(story.id)
    assert sorted(e.endpoint for e in entries) == ["site", "wire"]
    for entry in entries:
        assert entry.action is DeliveryAction.PUBLISH and entry.published_version == 1
        assert entry.idempotency_key == f"{story.uri}@1" and entry.state is OutboxState.QUEUED
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None and claim.story.headline == "Quake"
    assert claim.story.status is Status.APPROVED and claim.story.body == "Body."


def test_a_move_and_its_outbox_entries_are_one_transaction(library: Library) -> None:
    endpoint(library, "wire")
    failing = WorkflowStore(
        library._read,
        library._write,
        library._clock,  # type: ignore[attr-defined]
        after_move=(library.workflow._after_move[0], _fail),  # type: ignore[attr-defined]
    )
    story = move(library, library.add(new_story("x.org", headline="Quake")), Action.SUBMIT)
    assert story.id is not None
    with pytest.raises(RuntimeError):
        failing.move(story.id, story.version, Action.APPROVE, CHIEF)
    assert library.get(story.id).status is Status.SUBMITTED
    assert library.outbox.entries() == []
    assert [h.action for h in library.workflow.history(story.id)] == ["create", "submit"]


def _fail(*_args: object) -> None:
    raise RuntimeError("the disk is full")


def test_one_at_a_time_per_endpoint_in_order_of_approval(library: Library) -> None:
    endpoint(library, "wire")
    endpoint(library, "site")
    first, second = approved(library, "First"), approved(library, "Second")
    a = library.outbox.claim("w1", LEASE)
    b = library.outbox.claim("w2", LEASE)
    assert a is not None and b is not None
    assert (a.story.headline, b.story.headline) == ("First", "First")
    assert {a.entry.endpoint, b.entry.endpoint} == {"site", "wire"}
    # Both endpoints have one in flight: nothing else may go until one is done.
    assert library.outbox.claim("w3", LEASE) is None
    deliver(library, a)
    c = library.outbox.claim("w3", LEASE)
    assert c is not None and c.entry.endpoint == a.entry.endpoint
    assert c.story.headline == "Second" and c.entry.story_id == second.id != first.id


def test_a_retry_holds_up_its_endpoint_and_an_embargo_does_not(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "wire")
    embargoed = approved(library, "Embargoed", embargo=clock.now + dt.timedelta(hours=1))
    approved(library, "Retried")
    approved(library, "Third")
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None and claim.story.headline == "Retried"
    later = clock.now + dt.timedelta(seconds=30)
    library.outbox.finish(claim, AttemptResult(OutboxState.RETRYING, 503, "503", next_try_at=later))
    assert library.outbox.claim("w1", LEASE) is None  # "Third" waits behind "Retried"
    assert library.outbox.next_due() == clock.now + dt.timedelta(seconds=30)
    clock.advance(30)
    assert [c.story.headline for c in drain(library)] == ["Retried", "Third"]
    clock.advance(3600)
    sent = drain(library)
    assert [c.story.headline for c in sent] == ["Embargoed"]
    assert sent[0].entry.story_id == embargoed.id


def test_a_lease_that_ran_out_is_taken_over_and_the_late_worker_changes_nothing(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "wire")
    approved(library)
    first = library.outbox.claim("w1", LEASE)
    assert first is not None and library.outbox.claim("w2", LEASE) is None
    clock.advance(61)
    second = library.outbox.claim("w2", LEASE)
    assert second is not None and second.entry.id == first.entry.id
    assert second.entry.maybe_delivered and second.entry.attempts == 2
    assert second.entry.idempotency_key == first.entry.idempotency_key
    late = AttemptResult(OutboxState.RETRYING, None, "timed out", next_try_at=clock.now)
    assert not library.outbox.finish(first, late)
    deliver(library, second)
    (entry,) = library.outbox.entries()
    assert entry.state is OutboxState.DELIVERED
    reasons = [a.reason for a in library.outbox.attempts(entry.id)]
    assert reasons[0].startswith("taken over") and "timed out" in reasons


def test_killing_an_approved_story_before_it_went_out_sends_nothing(library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    killed = move(library, story, Action.KILL, "Legal risk")
    (entry,) = library.outbox.entries(story.id)
    assert entry.state is OutboxState.CANCELED and "killed before" in entry.last_reason
    assert library.outbox.claim("w1", LEASE) is None
    assert killed.status is Status.KILLED


def test_a_kill_goes_where_the_story_went_as_its_next_version(library: Library) -> None:
    endpoint(library, "wire")
    endpoint(library, "site")
    story = approved(library)
    (wire,) = [c for c in drain(library) if c.entry.endpoint == "wire"] or [None]
    assert wire is not None
    assert library.outbox.complete_publications() == [(story.id, story.version)]
    published = move(library, story, Action.PUBLISH)
    move(library, published, Action.KILL, "Legal risk")
    kills = [e for e in library.outbox.entries(story.id) if e.action is DeliveryAction.KILL]
    assert sorted(e.endpoint for e in kills) == ["site", "wire"]
    assert {e.published_version for e in kills} == {2}
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None and claim.story.status is Status.KILLED
    assert claim.story.note == "Legal risk" and claim.entry.remote_id.startswith("r-")


def test_complete_publications_of_named_stories_leaves_the_others_out(
    library: Library,
) -> None:
    """The worker asks about the stories whose deliveries it just recorded: only those
    come back, each only once its version went everywhere it was queued for."""
    endpoint(library, "wire")
    first, second = approved(library, "First"), approved(library, "Second")
    waiting = approved(library, "Waiting")
    for story in (first, second):
        claim = library.outbox.claim("w1", LEASE)
        assert claim is not None and claim.entry.story_id == story.id
        deliver(library, claim)
    sending = library.outbox.claim("w1", LEASE)
    assert sending is not None and sending.entry.story_id == waiting.id
    assert library.outbox.complete_publications([second.id, waiting.id]) == [
        (second.id, second.version)]  # fmt: skip
    assert library.outbox.complete_publications([]) == []
    assert library.outbox.complete_publications() == [
        (first.id, first.version), (second.id, second.version)]  # fmt: skip


def test_a_correction_goes_out_when_approved_again_as_the_next_version(library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    drain(library)
    story = move(library, story, Action.PUBLISH)
    corrected = move(library, story, Action.CORRECT, "Corrects the toll")
    assert library.outbox.claim("w1", LEASE) is None  # the working version waits
    assert corrected.id is not None
    fixed = library.save(corrected.edited(body="Body, corrected."), explicit=True)
    approved_again = move(library, move(library, fixed, Action.SUBMIT), Action.APPROVE)
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None
    assert claim.entry.action is DeliveryAction.CORRECT and claim.entry.published_version == 2
    assert claim.entry.idempotency_key == f"{story.uri}@2"
    assert claim.story.body == "Body, corrected." and claim.entry.remote_id.startswith("r-")
    deliver(library, claim)
    assert library.outbox.complete_publications() == [(story.id, approved_again.version)]


def test_a_story_returned_before_it_went_out_sends_nothing(library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    move(library, story, Action.RETURN, "Source the toll")
    assert [e.state for e in library.outbox.entries()] == [OutboxState.CANCELED]
    assert library.outbox.pending_count() == 0


def test_a_new_version_supersedes_a_failed_one(library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None
    library.outbox.finish(claim, AttemptResult(OutboxState.FAILED, 422, "422: bad item"))
    returned = move(library, story, Action.RETURN, "Fix it")
    approved_again = move(library, move(library, returned, Action.SUBMIT), Action.APPROVE)
    newest, oldest = library.outbox.entries(approved_again.id)
    assert oldest.state is OutboxState.CANCELED and newest.published_version == 2
    assert newest.action is DeliveryAction.PUBLISH  # the endpoint never took version 1


def test_resend_queues_a_failed_entry_again(library: Library) -> None:
    endpoint(library, "wire")
    approved(library)
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None
    library.outbox.finish(claim, AttemptResult(OutboxState.FAILED, 400, "400: no"))
    assert library.outbox.claim("w1", LEASE) is None
    with pytest.raises(BadInput, match="no outbox entry 99"):
        library.outbox.resend(99)
    entry = library.outbox.resend(claim.entry.id)
    assert entry.state is OutboxState.QUEUED
    again = library.outbox.claim("w1", LEASE)
    assert again is not None and again.entry.attempts == 2
    deliver(library, again)
    with pytest.raises(BadInput, match="is delivered"):
        library.outbox.resend(claim.entry.id)


def test_removing_an_endpoint_cancels_what_waited_for_it(library: Library) -> None:
    endpoint(library, "wire")
    approved(library)
    assert library.endpoints.remove("wire") == 1
    assert [e.state for e in library.outbox.entries()] == [OutboxState.CANCELED]
    with pytest.raises(BadInput, match="no endpoint named"):
        library.endpoints.remove("wire")


def test_endpoint_names_and_kinds_are_checked(library: Library) -> None:
    endpoint(library, "wire")
    with pytest.raises(BadInput, match="already"):
        endpoint(library, "wire")
    with pytest.raises(BadInput, match="kinds are"):
        library.endpoints.add(EndpointProfile("x", "gopher", "http://127.0.0.1/"))
    with pytest.raises(BadInput, match="name"):
        library.endpoints.add(EndpointProfile(" \n", "ninjs-push", "http://127.0.0.1/"))


def test_a_story_is_sent_by_hand_to_an_endpoint_that_does_not_publish_on_approval(
    library: Library,
) -> None:
    endpoint(library, "wire")
    endpoint(library, "archive", publish_on_approval=False)
    story = approved(library)
    assert story.id is not None
    drain(library)
    published = move(library, story, Action.PUBLISH)
    entry = library.outbox.send_by_hand(story.id, "archive")
    assert (entry.endpoint, entry.published_version) == ("archive", 1)
    assert entry.action is DeliveryAction.PUBLISH
    assert entry.idempotency_key == f"{story.uri}@1"  # the same item the wire took
    with pytest.raises(BadInput, match="already, or it waits"):
        library.outbox.send_by_hand(story.id, "archive")
    with pytest.raises(BadInput, match="no endpoint named"):
        library.outbox.send_by_hand(story.id, "nowhere")
    draft = library.add(new_story("x.org", headline="Draft"))
    with pytest.raises(BadInput, match="is draft"):
        library.outbox.send_by_hand(draft.id, "archive")  # type: ignore[arg-type]
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None and claim.entry.endpoint == "archive"
    assert claim.story.headline == published.headline


def test_a_kill_during_a_correction_withdraws_the_text_that_went_out(library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    drain(library)
    published = move(library, story, Action.PUBLISH)
    corrected = move(library, published, Action.CORRECT, "Fixing the toll")
    library.save(corrected.edited(body="Half-written correction."), explicit=True)
    move(library, library.get(story.id), Action.KILL, "Legal risk")  # type: ignore[arg-type]
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None and claim.entry.action is DeliveryAction.KILL
    assert claim.story.body == "Body." and claim.story.status is Status.KILLED
    assert claim.story.note == "Legal risk"
