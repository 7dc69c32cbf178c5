"""The outbox as the worker and the desk use it: claiming the next entry due (with a
lease, in a write transaction, so two workers on one library never send one version at
once), recording each attempt's result, listing entries and their attempts, resending by
hand. What a workflow move writes here is `outbox_enqueue.py`.

Order: an endpoint gets one entry at a time, the oldest first (the order of approval); an
entry waiting for its embargo holds nothing up, one waiting for its next try holds up the
endpoint's later entries (it is their turn after it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from editorial.domain.errors import BadInput, StoryNotFound
from editorial.domain.publishing import (
    DeliveryAction,
    DeliveryAttempt,
    EndpointStatus,
    OutboxEntry,
    OutboxState,
)
from editorial.domain.story import Status, Story
from editorial.domain.story_plain import story_from_plain
from editorial.storage.outbox_enqueue import queue_by_hand
from editorial.storage.outbox_tables import DeliveryAttemptRow, EndpointRow, OutboxRow
from editorial.storage.people_and_words import Transaction
from editorial.storage.tables import StoryRow

Clock = Callable[[], dt.datetime]
_S = OutboxState
_CLAIMABLE = (_S.QUEUED.value, _S.RETRYING.value, _S.SENDING.value)
_PENDING = (_S.QUEUED.value, _S.RETRYING.value, _S.SENDING.value)


@dataclass(frozen=True, slots=True)
class Claim:
    """An entry a worker holds until `lease_until`, with the story as it is to be sent."""

    entry: OutboxEntry
    story: Story
    worker: str
    lease_until: dt.datetime


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What became of one attempt, as the worker records it."""

    state: OutboxState  # delivered, retrying or failed
    status_code: int | None
    reason: str
    next_try_at: dt.datetime | None = None
    remote_id: str = ""
    link: str = ""
    maybe_delivered: bool = False


class OutboxStore:
    def __init__(
        self, read: Transaction, write: Transaction, clock: Clock, claim: Transaction | None = None
    ) -> None:
        self._read = read
        self._write = write
        # Claims: on PostgreSQL a transaction that locks only the endpoint it claims for.
        self._claim = claim or write
        self._clock = clock

    # The worker

    def claim(self, worker: str, lease: dt.timedelta) -> Claim | None:
        """Take the entry due first (of any enabled endpoint that has nothing in flight),
        or None when nothing is due now."""
        with self._claim() as session:
            return _claim(session, self._clock(), worker, lease)

    def finish(self, claim: Claim, result: AttemptResult) -> bool:
        """Record an attempt and its result. False when the entry was no longer this
        worker's (its lease ran out and another took it over): the attempt is recorded,
        the entry left to the other."""
        with self._write() as session:
            return _finish(session, self._clock(), claim, result)

    def finish_and_claim(
        self, claim: Claim, result: AttemptResult, lease: dt.timedelta
    ) -> Claim | None:
        """`finish`, then `claim` the next entry for the same worker, in one transaction
        (a draining worker writes once per delivery, not twice)."""
        with self._claim() as session:
            now = self._clock()
            _finish(session, now, claim, result)
            return _claim(session, now, claim.worker, lease)

    def complete_publications(self) -> list[tuple[int, int]]:
        """Approved stories whose version went out to every endpoint it was queued for:
        (story id, the story's version), for the publishing side to mark published."""
        query = (
            select(OutboxRow.story_id, OutboxRow.published_version, OutboxRow.state,
                   OutboxRow.action, StoryRow.version)
            .join(StoryRow, StoryRow.id == OutboxRow.story_id)
            .where(StoryRow.status == Status.APPROVED.value)
        )  # fmt: skip
        latest: dict[int, tuple[int, int, list[str]]] = {}
        with self._read() as session:
            for story_id, version, state, action, story_version in session.execute(query):
                if action == DeliveryAction.KILL.value:
                    continue
                known = latest.get(story_id)
                if known is None or version > known[0]:
                    latest[story_id] = (version, story_version, [state])
                elif version == known[0]:
                    known[2].append(state)
        return [
            (story_id, story_version)
            for story_id, (_, story_version, states) in sorted(latest.items())
            if _S.DELIVERED.value in states
            and all(s in (_S.DELIVERED.value, _S.CANCELED.value) for s in states)
        ]

    def next_due(self) -> dt.datetime | None:
        """When the next pending entry of an enabled endpoint can go: the next try of the
        head of an endpoint's line, an embargo's end, another worker's lease running out;
        None when nothing is pending."""
        query = (
            select(OutboxRow.endpoint, OutboxRow.state, OutboxRow.next_try_at,
                   OutboxRow.not_before, OutboxRow.lease_until)
            .join(EndpointRow, EndpointRow.name == OutboxRow.endpoint)
            .where(EndpointRow.enabled.is_(True), OutboxRow.state.in_(_PENDING))
            .order_by(OutboxRow.id)
        )  # fmt: skip
        found: list[dt.datetime] = []
        headed: set[str] = set()
        now = self._clock()
        with self._read() as session:
            for endpoint, state, next_try, not_before, lease_until in session.execute(query):
                if state == _S.SENDING.value and lease_until is not None:
                    found.append(lease_until)
                    headed.add(endpoint)
                elif not_before is not None and not_before > now:
                    found.append(max(not_before, next_try))
                elif endpoint not in headed:
                    found.append(next_try)
                    headed.add(endpoint)
        return min(found) if found else None

    def pending_count(self) -> int:
        """Entries still to go to an enabled endpoint (queued, sending or retrying)."""
        with self._read() as session:
            return session.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .join(EndpointRow, EndpointRow.name == OutboxRow.endpoint)
                .where(EndpointRow.enabled.is_(True), OutboxRow.state.in_(_PENDING))
            ) or 0  # fmt: skip

    # The desk

    def endpoint_statuses(self) -> list[EndpointStatus]:
        """Each endpoint's waiting and failed entries and its last attempt."""
        with self._read() as session:
            endpoints = session.execute(
                select(EndpointRow.name, EndpointRow.enabled).order_by(EndpointRow.name)
            ).all()
            counts: dict[tuple[str, str], int] = {
                (name, state): number for name, state, number in session.execute(
                    select(OutboxRow.endpoint, OutboxRow.state, func.count())
                    .group_by(OutboxRow.endpoint, OutboxRow.state)
                )
            }  # fmt: skip
            found = []
            for name, enabled in endpoints:
                last = session.scalars(
                    select(DeliveryAttemptRow)
                    .join(OutboxRow, OutboxRow.id == DeliveryAttemptRow.outbox_id)
                    .where(OutboxRow.endpoint == name)
                    .order_by(DeliveryAttemptRow.id.desc())
                    .limit(1)
                ).first()
                attempt = None if last is None else DeliveryAttempt(
                    last.outbox_id, last.at, last.status_code, last.reason, last.next_try_at
                )  # fmt: skip
                waiting = sum(counts.get((name, state), 0) for state in _PENDING)
                failed = counts.get((name, _S.FAILED.value), 0)
                found.append(EndpointStatus(name, enabled, waiting, failed, attempt))
            return found

    def entries(self, story_id: int | None = None, limit: int = 1000) -> list[OutboxEntry]:
        """The newest entries first (of one story, or all)."""
        query = select(OutboxRow).order_by(OutboxRow.id.desc()).limit(limit)
        if story_id is not None:
            query = query.where(OutboxRow.story_id == story_id)
        with self._read() as session:
            return [entry_from_row(row) for row in session.scalars(query)]

    def entry(self, entry_id: int) -> tuple[OutboxEntry, Story]:
        with self._read() as session:
            row = _entry_row(session, entry_id)
            return entry_from_row(row), story_from_plain(row.snapshot)

    def last_delivered(self, story_id: int, endpoint: str) -> tuple[OutboxEntry, Story] | None:
        """The version of a story the endpoint last took, and the story as sent."""
        with self._read() as session:
            row = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.story_id == story_id, OutboxRow.endpoint == endpoint,
                       OutboxRow.state == _S.DELIVERED.value)
                .order_by(OutboxRow.id.desc())
            ).first()  # fmt: skip
            return (entry_from_row(row), story_from_plain(row.snapshot)) if row else None

    def upcoming_version(self, story_id: int) -> int:
        """The published version the story's next approval (or kill) would go out as."""
        with self._read() as session:
            found = session.scalar(
                select(func.max(OutboxRow.published_version))
                .where(OutboxRow.story_id == story_id)
            )  # fmt: skip
            return (found or 0) + 1

    def attempts(self, entry_id: int) -> list[DeliveryAttempt]:
        with self._read() as session:
            _entry_row(session, entry_id)
            rows = session.scalars(
                select(DeliveryAttemptRow)
                .where(DeliveryAttemptRow.outbox_id == entry_id)
                .order_by(DeliveryAttemptRow.id)
            )
            return [
                DeliveryAttempt(r.outbox_id, r.at, r.status_code, r.reason, r.next_try_at)
                for r in rows
            ]

    def send_by_hand(self, story_id: int, endpoint: str) -> OutboxEntry:
        """Queue an approved or published story for one endpoint (see `queue_by_hand`)."""
        with self._write() as session:
            row = session.get(StoryRow, story_id) if 0 < story_id < 2**63 else None
            if row is None:
                raise StoryNotFound(story_id)
            if row.status not in (Status.APPROVED.value, Status.PUBLISHED.value):
                raise BadInput(f"Only an approved or published story is sent; story "
                               f"{story_id} is {row.status}.")  # fmt: skip
            known = session.scalars(select(EndpointRow.id).where(EndpointRow.name == endpoint))
            if known.first() is None:
                raise BadInput(f"There is no endpoint named {endpoint!r}.")
            entry = queue_by_hand(session, row, endpoint, self._clock())
            if entry is None:
                raise BadInput(f"{endpoint} has this version of story {story_id} already, "
                               "or it waits to go there.")  # fmt: skip
            session.flush()
            return entry_from_row(entry)

    def resend(self, entry_id: int) -> OutboxEntry:
        """Queue a failed entry (or one waiting for its next try) again, due now."""
        now = self._clock()
        with self._write() as session:
            # Locked: a worker claiming it (a retry that fell due) is waited for.
            row = _entry_row(session, entry_id, lock=True)
            if row.state not in (_S.FAILED.value, _S.RETRYING.value):
                raise BadInput(
                    f"Outbox entry {entry_id} is {row.state}: only a failed entry, or one "
                    "waiting to be tried again, can be resent."
                )
            row.state, row.next_try_at, row.updated_at = _S.QUEUED.value, now, now
            row.last_reason = "resent by hand"
            return entry_from_row(row)


def _claim(session: Session, now: dt.datetime, worker: str, lease: dt.timedelta) -> Claim | None:
    row = _next_due(session, now)
    if row is None:
        return None
    if row.state == _S.SENDING.value:
        # The worker that held it stopped (or hung) past its lease: it may have sent it.
        # The same key and body go again, so the endpoint can tell.
        row.maybe_delivered = True
        session.add(DeliveryAttemptRow(
            outbox_id=row.id, at=now, status_code=None, next_try_at=now,
            reason=f"taken over: the lease of {row.claimed_by or 'a worker'} ran out",
        ))  # fmt: skip
    _resolve_action(session, row)
    row.state, row.claimed_by = _S.SENDING.value, worker
    row.lease_until = now + lease
    row.attempts += 1
    row.updated_at = now
    return Claim(entry_from_row(row), story_from_plain(row.snapshot), worker, row.lease_until)


def _finish(session: Session, now: dt.datetime, claim: Claim, result: AttemptResult) -> bool:
    session.add(DeliveryAttemptRow(
        outbox_id=claim.entry.id, at=now, status_code=result.status_code,
        reason=result.reason[:500], next_try_at=result.next_try_at,
    ))  # fmt: skip
    values: dict[str, object] = {
        "state": result.state.value, "claimed_by": None, "lease_until": None,
        "updated_at": now, "last_reason": result.reason[:500],
    }  # fmt: skip
    if result.state is _S.DELIVERED:
        values |= {"maybe_delivered": False, "last_reason": ""}
        values |= {"remote_id": result.remote_id} if result.remote_id else {}
        values |= {"link": result.link} if result.link else {}
    elif result.maybe_delivered:
        values["maybe_delivered"] = True
    if result.next_try_at is not None:
        values["next_try_at"] = result.next_try_at
    # Only while it is still this worker's: a lease that ran out is another's now.
    done = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == claim.entry.id, OutboxRow.state == _S.SENDING.value,
               OutboxRow.claimed_by == claim.worker)
        .values(**values)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    return bool(done.rowcount == 1)  # type: ignore[attr-defined]


def _next_due(session: Session, now: dt.datetime) -> OutboxRow | None:
    """The oldest claimable entry at the head of an endpoint's line, or None.

    Several workers (on several machines, on PostgreSQL) claim at once: the endpoint is
    locked before its head is taken (`FOR UPDATE SKIP LOCKED`), and its head looked at
    again under that lock. An endpoint another worker is claiming for right now is skipped
    for the next one; once that claim commits the endpoint has an entry sending, and is
    busy. On SQLite the whole claim holds the write lock (the locking clauses are not SQL
    it knows, and SQLAlchemy leaves them out)."""
    enabled = session.scalars(
        select(EndpointRow.name).where(EndpointRow.enabled.is_(True)).order_by(EndpointRow.id)
    ).all()
    heads = sorted(
        (head, endpoint)
        for endpoint in enabled
        if (head := _head_due(session, endpoint, now)) is not None
    )
    for _, endpoint in heads:
        locked = session.scalar(
            select(EndpointRow.id)
            .where(EndpointRow.name == endpoint, EndpointRow.enabled.is_(True))
            .with_for_update(skip_locked=True)
        )
        if locked is None:
            continue
        head = _head_due(session, endpoint, now)  # again: a claim may have committed since
        if head is None:
            continue
        locked_head = select(OutboxRow).where(OutboxRow.id == head).with_for_update()
        return session.scalars(locked_head).first()
    return None


def _head_due(session: Session, endpoint: str, now: dt.datetime) -> int | None:
    """The id of the endpoint's head entry when it is due now; None when there is none,
    or when the endpoint has an entry in flight (a live lease)."""
    sending = session.scalar(
        select(OutboxRow.id)
        .where(OutboxRow.endpoint == endpoint, OutboxRow.state == _S.SENDING.value,
               OutboxRow.lease_until >= now)
        .limit(1)
    )  # fmt: skip
    if sending is not None:
        return None
    head = session.execute(
        select(OutboxRow.id, OutboxRow.next_try_at)
        .where(
            OutboxRow.endpoint == endpoint,
            OutboxRow.state.in_(_CLAIMABLE),
            or_(OutboxRow.not_before.is_(None), OutboxRow.not_before <= now),
            or_(OutboxRow.state != _S.SENDING.value,
                and_(OutboxRow.lease_until.is_not(None), OutboxRow.lease_until < now)),
        )
        .order_by(OutboxRow.id)
        .limit(1)
    ).first()  # fmt: skip
    if head is None or head[1] > now:
        return None
    return int(head[0])


def _resolve_action(session: Session, row: OutboxRow) -> None:
    """A publication queued while an earlier version was in flight becomes a correction
    once that one went out; the endpoint's name for the story is carried along."""
    earlier = session.execute(
        select(OutboxRow.action, OutboxRow.remote_id, OutboxRow.link)
        .where(OutboxRow.story_id == row.story_id, OutboxRow.endpoint == row.endpoint,
               OutboxRow.id < row.id, OutboxRow.state == _S.DELIVERED.value)
        .order_by(OutboxRow.id.desc())
    ).all()  # fmt: skip
    sent = [e for e in earlier if e.action != DeliveryAction.KILL.value]
    if sent and row.action == DeliveryAction.PUBLISH.value:
        row.action = DeliveryAction.CORRECT.value
    if not row.remote_id:
        row.remote_id = next((e.remote_id for e in earlier if e.remote_id), "")
        row.link = row.link or next((e.link for e in earlier if e.link), "")


def _entry_row(session: Session, entry_id: int, *, lock: bool = False) -> OutboxRow:
    known = 0 < entry_id < 2**63
    row = session.get(OutboxRow, entry_id, with_for_update=lock) if known else None
    if row is None:
        raise BadInput(f"There is no outbox entry {entry_id}.")
    return row


def entry_from_row(row: OutboxRow) -> OutboxEntry:
    headline = row.snapshot.get("headline") if isinstance(row.snapshot, dict) else ""
    return OutboxEntry(
        id=row.id, story_id=row.story_id, story_uri=row.story_uri,
        headline=headline if isinstance(headline, str) else "", endpoint=row.endpoint,
        action=DeliveryAction(row.action), published_version=row.published_version,
        idempotency_key=row.idempotency_key, state=OutboxState(row.state),
        attempts=row.attempts, created_at=row.created_at, updated_at=row.updated_at,
        next_try_at=row.next_try_at, not_before=row.not_before, remote_id=row.remote_id,
        link=row.link, last_reason=row.last_reason, maybe_delivered=row.maybe_delivered,
    )  # fmt: skip
