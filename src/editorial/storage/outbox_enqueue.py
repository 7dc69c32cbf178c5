"""What a workflow move writes to the outbox, inside the move's own transaction
(`WorkflowStore`'s `after_move` hook): an approval or a kill is in the library together
with what it sends, or neither is.

- Approve: one entry per enabled endpoint that publishes on approval, the story as
  approved, with the story's next published version (1 the first time; a correction,
  approved again, goes out as the next version of the same uri). What still waited to go
  to that endpoint for an earlier version is superseded: only the newest version goes.
- Kill: what has not gone out is canceled and nothing is sent for it; an endpoint that
  has the story (or may have it: an attempt went out unanswered, or one is in flight)
  gets the kill as the next version.
- Return (an approved story taken back before it went out): what waits is canceled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from editorial.domain.publishing import DeliveryAction, OutboxState, idempotency_key
from editorial.domain.story import Story
from editorial.domain.story_plain import story_from_plain, story_to_plain
from editorial.domain.workflow import Action
from editorial.storage.mappers import snapshot_of_row, story_from_row
from editorial.storage.outbox_claims import PayloadRender, profile_of
from editorial.storage.outbox_tables import EndpointRow, OutboxRow, OutboxSnapshotRow
from editorial.storage.revisions import packed_now, snapshot_text
from editorial.storage.tables import StoryRow

Clock = Callable[[], dt.datetime]
# States an entry may be superseded or canceled in: not delivered, and not in flight
# (an entry being sent may arrive; what follows it waits its turn instead).
_WAITING = (OutboxState.QUEUED.value, OutboxState.RETRYING.value, OutboxState.FAILED.value)


class OutboxWriter:
    """The outbox's side of the workflow's moves. With a `render` (the desk sets one, with
    its house style), each entry's exact payload is rendered and frozen as it is queued:
    what the pre-flight view shows is what goes, and every retry sends the same bytes.
    Without one (or when rendering fails) the worker freezes it at the first attempt."""

    MOVES: ClassVar[frozenset[Action]] = frozenset({Action.APPROVE, Action.KILL, Action.RETURN})

    def __init__(self, clock: Clock, render: PayloadRender | None = None) -> None:
        self._clock = clock
        self.render = render

    def after_move(self, session: Session, row: StoryRow, action: Action, _to: object) -> None:
        if action is Action.APPROVE:
            self._queue_version(session, row)
        elif action is Action.KILL:
            self._queue_kill(session, row)
        elif action is Action.RETURN:
            _cancel_waiting(session, row.id, None, "returned to its author before it went out",
                            self._clock())  # fmt: skip

    def _queue_version(self, session: Session, row: StoryRow) -> None:
        endpoints = session.scalars(
            select(EndpointRow)
            .where(EndpointRow.enabled.is_(True), EndpointRow.publish_on_approval.is_(True))
            .order_by(EndpointRow.name)
        ).all()
        if not endpoints:
            return
        now = self._clock()
        version = _next_version(session, row.id)
        # The revision the move to published will keep of this version, made now, by the
        # desk, rather than by the worker for every story it delivers (migration 0015).
        kept = packed_now(session, row.id, snapshot_text(snapshot_of_row(row)))
        for endpoint in endpoints:
            entry = _queue_one(session, row, endpoint.name, version, now)
            entry.frozen.revision, entry.frozen.revision_against = kept
            entry.frozen.revision_version = row.version
            self._freeze(endpoint, entry)

    def _queue_kill(self, session: Session, row: StoryRow) -> None:
        now = self._clock()
        story = story_from_row(row)
        known = {e.name: e for e in session.scalars(select(EndpointRow))}
        had = session.scalars(
            select(OutboxRow.endpoint).where(OutboxRow.story_id == row.id).distinct()
        ).all()
        version: int | None = None
        for endpoint in sorted(had):
            earlier = _entries(session, row.id, endpoint)
            _cancel_waiting(session, row.id, endpoint, "killed before it went out", now)
            if endpoint not in known:
                continue
            # Sent, or may have been: the endpoint gets the kill. Never sent: nothing goes.
            has_it = any(
                _went_out(e) or e.maybe_delivered or e.state == OutboxState.SENDING.value
                for e in earlier
            )
            if has_it:
                version = version or _next_version(session, row.id)
                withdrawn = _as_it_went_out(story, earlier)
                kill = _entry(withdrawn, endpoint, DeliveryAction.KILL, version, now, earlier)
                session.add(kill)
                self._freeze(known[endpoint], kill)

    def _freeze(self, endpoint: EndpointRow, entry: OutboxRow) -> None:
        if self.render is None:
            return
        story = story_from_plain(entry.frozen.snapshot)
        try:
            payload = self.render(profile_of(endpoint), DeliveryAction(entry.action),
                                  entry.published_version, story)  # fmt: skip
        except Exception:  # never undoes the move: the worker freezes it at the first attempt
            return
        entry.frozen.payload = payload


def _as_it_went_out(killed: Story, earlier: list[OutboxRow]) -> Story:
    """What a kill carries: the text the endpoint has (not a correction still being
    written when the kill came), marked killed, with the kill's reason as its note."""
    sent = [e for e in earlier if e.action != DeliveryAction.KILL.value]
    delivered = [e for e in sent if e.state == OutboxState.DELIVERED.value]
    if not sent:
        return killed
    last = (delivered or sent)[-1]
    return story_from_plain(last.frozen.snapshot).edited(
        status=killed.status, note=killed.note, version=killed.version,
        updated_at=killed.updated_at,
    )  # fmt: skip


def queue_by_hand(
    session: Session, row: StoryRow, endpoint: str, now: dt.datetime
) -> OutboxRow | None:
    """Send an approved or published story to one endpoint by hand (one that does not
    publish on approval, or one added since): as the version the other endpoints got, so
    every endpoint has the same item under the same key. None when that endpoint has it,
    or has it waiting, already."""
    versions = session.scalars(
        select(OutboxRow.published_version)
        .where(OutboxRow.story_id == row.id, OutboxRow.action != DeliveryAction.KILL.value,
               OutboxRow.state != OutboxState.CANCELED.value)
    ).all()  # fmt: skip
    version = max(versions, default=0) or _next_version(session, row.id)
    earlier = _entries(session, row.id, endpoint)
    if any(e.published_version == version for e in earlier):
        if any(e.published_version == version and e.state != OutboxState.CANCELED.value
               for e in earlier):  # fmt: skip
            return None
        version = _next_version(session, row.id)  # its key was used by a canceled entry
    return _queue_one(session, row, endpoint, version, now)


def _queue_one(
    session: Session, row: StoryRow, endpoint: str, version: int, now: dt.datetime
) -> OutboxRow:
    earlier = _entries(session, row.id, endpoint)
    _cancel_waiting(session, row.id, endpoint, f"superseded by version {version}", now)
    went_out = any(_went_out(e) for e in earlier)
    unsure = not went_out and any(e.maybe_delivered for e in earlier)
    action = DeliveryAction.CORRECT if went_out else DeliveryAction.PUBLISH
    entry = _entry(story_from_row(row), endpoint, action, version, now, earlier, unsure)
    session.add(entry)
    return entry


def _went_out(entry: OutboxRow) -> bool:
    return entry.state == OutboxState.DELIVERED.value and entry.action != DeliveryAction.KILL


def _entries(session: Session, story_id: int, endpoint: str) -> list[OutboxRow]:
    # Locked (PostgreSQL; SQLite's writer holds the whole library): a worker claiming one
    # of them right now is waited for, and its entry read as it left it (sending: the
    # endpoint may have the story, so a kill goes there too).
    return list(
        session.scalars(
            select(OutboxRow)
            .where(OutboxRow.story_id == story_id, OutboxRow.endpoint == endpoint)
            .order_by(OutboxRow.id)
            .with_for_update()
        )
    )


def _next_version(session: Session, story_id: int) -> int:
    found = session.scalar(
        select(func.max(OutboxRow.published_version)).where(OutboxRow.story_id == story_id)
    )
    return (found or 0) + 1


def _cancel_waiting(
    session: Session, story_id: int, endpoint: str | None, reason: str, now: dt.datetime
) -> None:
    statement = update(OutboxRow).where(
        OutboxRow.story_id == story_id, OutboxRow.state.in_(_WAITING)
    )
    if endpoint is not None:
        statement = statement.where(OutboxRow.endpoint == endpoint)
    session.execute(
        statement.values(state=OutboxState.CANCELED.value, last_reason=reason, updated_at=now)
        .execution_options(synchronize_session="fetch")
    )  # fmt: skip


def _entry(
    story: Story, endpoint: str, action: DeliveryAction, version: int, now: dt.datetime,
    earlier: list[OutboxRow], maybe_delivered: bool = False,
) -> OutboxRow:  # fmt: skip
    remote_id = next((e.remote_id for e in reversed(earlier) if e.remote_id), "")
    link = next((e.link for e in reversed(earlier) if e.link), "")
    # An embargoed story waits for its time; a kill never waits.
    embargo = story.embargo if action is not DeliveryAction.KILL else None
    return OutboxRow(
        story_id=story.id, story_uri=story.uri, endpoint=endpoint, action=action.value,
        published_version=version, idempotency_key=idempotency_key(story.uri, version),
        headline=story.headline, frozen=OutboxSnapshotRow(snapshot=story_to_plain(story)),
        state=OutboxState.QUEUED.value, attempts=0,
        next_try_at=now, not_before=embargo if embargo and embargo > now else None,
        remote_id=remote_id, link=link, last_reason="", maybe_delivered=maybe_delivered,
        created_at=now, updated_at=now,
    )  # fmt: skip
