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
from collections.abc import Callable, Collection, Sequence

from sqlalchemy import Text, func, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from editorial.domain.errors import BadInput, StoryNotFound
from editorial.domain.publishing import (
    DeliveryAction,
    DeliveryAttempt,
    EndpointStatus,
    OutboxEntry,
    OutboxState,
)
from editorial.domain.publishing_refusals import (
    ALREADY_THERE,
    NO_ENTRY,
    no_endpoint,
    not_approved,
    not_resendable,
    refusal,
)
from editorial.domain.story import Status, Story
from editorial.domain.story_plain import story_from_plain
from editorial.storage.driver_sql import in_style, marks, time_reader
from editorial.storage.outbox_claims import (
    AttemptResult,
    Claim,
    PayloadRender,
    claim_due,
    entry_from_row,
    finish,
    release,
    renew,
)
from editorial.storage.outbox_enqueue import queue_by_hand
from editorial.storage.outbox_records import record_attempts
from editorial.storage.outbox_tables import (
    DeliveryAttemptRow,
    EndpointRow,
    OutboxRow,
    OutboxSnapshotRow,
)
from editorial.storage.people_and_words import Transaction
from editorial.storage.tables import StoryRow

__all__ = ["AttemptResult", "Claim", "OutboxStore", "PayloadRender", "entry_from_row"]

Clock = Callable[[], dt.datetime]
_S = OutboxState
_PENDING = (_S.QUEUED.value, _S.RETRYING.value, _S.SENDING.value)


class OutboxStore:
    def __init__(
        self, read: Transaction, write: Transaction, clock: Clock,
        claim: Transaction | None = None,
    ) -> None:  # fmt: skip
        self._read = read
        self._write = write
        # The worker's transactions: on PostgreSQL without the library's write lock (they
        # lock the rows they claim, see `outbox_claims`), elsewhere plain writes.
        self._claim = claim or write
        self._clock = clock

    # The worker

    def claim(self, worker: str, lease: dt.timedelta) -> Claim | None:
        """Take the entry due first (of any enabled endpoint that has nothing in flight),
        or None when nothing is due now."""
        found = self.claim_batch(worker, lease, 1)
        return found[0] if found else None

    def claim_batch(
        self, worker: str, lease: dt.timedelta, limit: int, render: PayloadRender | None = None
    ) -> list[Claim]:
        """Lease up to `limit` due entries to `worker` in one transaction, in the order to
        send them (see `outbox_claims`); their payloads frozen (`render` makes one that
        approval did not)."""
        with self._claim() as session:
            return claim_due(session, self._clock(), worker, lease, limit, render,
                             snapshot_of=self.snapshot_text)  # fmt: skip

    def finish(self, claim: Claim, result: AttemptResult) -> bool:
        """Record an attempt and its result. False when the entry was no longer this
        worker's (its lease ran out and another took it over): the attempt is recorded,
        the entry left to the other."""
        with self._claim() as session:
            return finish(session, self._clock(), claim, result)

    def finish_and_claim(
        self, claim: Claim, result: AttemptResult, lease: dt.timedelta
    ) -> Claim | None:
        """`finish`, then `claim` the next entry for the same worker, in one transaction."""
        found = self.settle(claim.worker, [(claim, result)], lease=lease, claim_next=1)
        return found[0] if found else None

    def settle(
        self, worker: str, results: Sequence[tuple[Claim, AttemptResult]], *,
        unsent: Sequence[Claim] = (), still_held: Sequence[Claim] = (),
        lease: dt.timedelta = dt.timedelta(seconds=120), claim_next: int = 0,
        render: PayloadRender | None = None, ahead: bool = False,
    ) -> list[Claim]:  # fmt: skip
        """One write transaction for a worker's bookkeeping: record `results` (every
        attempt), hand back the `unsent` claims, lengthen the lease of those `still_held`,
        and claim up to `claim_next` more (`ahead`: while it still holds some, see
        `claim_due`)."""
        with self._claim() as session:
            now = self._clock()
            record_attempts(session, now, results)
            release(session, now, unsent)
            renew(session, now, worker, still_held, lease)
            if claim_next <= 0:
                return []
            return claim_due(session, now, worker, lease, claim_next, render, ahead=ahead,
                             snapshot_of=self.snapshot_text)  # fmt: skip

    def held(self, worker: str, entry_ids: Sequence[int]) -> set[int]:
        """Which of these entries `worker` still holds (a lease that ran out may have
        passed one to another worker, which sends it instead)."""
        with self._read() as session:
            return set(session.scalars(
                select(OutboxRow.id)
                .where(OutboxRow.id.in_(entry_ids), OutboxRow.claimed_by == worker,
                       OutboxRow.state == OutboxState.SENDING.value)
            ))  # fmt: skip

    def frozen_payload(self, entry_id: int) -> str:
        """The exact payload an entry was frozen with ("" before it was rendered)."""
        with self._read() as session:
            return _entry_row(session, entry_id).frozen.payload

    def snapshot_text(self, entry_id: int) -> str:
        """The JSON text of the story an entry sends, as it was approved (a claim's story,
        read when its target asks for it)."""
        with self._read() as session:
            found = session.scalar(
                select(sql_cast(OutboxSnapshotRow.snapshot, Text))
                .where(OutboxSnapshotRow.outbox_id == entry_id)
            )  # fmt: skip
            if found is None:
                raise BadInput.saying(refusal(NO_ENTRY, entry=str(entry_id)))
            return str(found)

    def complete_publications(
        self, stories: Collection[int] | None = None
    ) -> list[tuple[int, int]]:
        """Approved stories (of `stories`, or all) whose version went out to every
        endpoint it was queued for: (story id, the story's version), for the publishing
        side to mark published."""
        sql, named = _COMPLETE, tuple(stories) if stories is not None else ()
        if stories is not None:
            if not named:
                return []
            sql += f" AND o.story_id IN ({marks(len(named))})"
        latest: dict[int, tuple[int, int, list[str]]] = {}
        with self._read() as session:
            connection = session.connection()
            found = connection.exec_driver_sql(in_style(sql, connection.dialect),
                                               (Status.APPROVED.value, *named))  # fmt: skip
            for story_id, version, state, action, story_version in found.all():
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
        found: list[dt.datetime] = []
        headed: set[str] = set()
        now = self._clock()
        with self._read() as session:
            connection = session.connection()
            time_of = time_reader(connection.dialect)
            for endpoint, state, *times in connection.exec_driver_sql(
                in_style(_PENDING_OF_ENABLED.format(what=_NEXT_DUE) + " ORDER BY o.id",
                         connection.dialect),
                (True, *_PENDING),
            ):  # fmt: skip
                next_try, not_before, lease_until = (time_of(t) for t in times)
                assert next_try is not None
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
            connection = session.connection()
            counted = connection.exec_driver_sql(
                in_style(_PENDING_OF_ENABLED.format(what="count(*)"), connection.dialect),
                (True, *_PENDING),
            ).scalar()  # fmt: skip
            return int(counted or 0)

    def stories_touched_since(self, moment: dt.datetime) -> frozenset[int]:
        """Stories with an entry that changed at or after `moment` (what a pass of the
        worker moved on, for the window to show again)."""
        with self._read() as session:
            return frozenset(session.scalars(
                select(OutboxRow.story_id).where(OutboxRow.updated_at >= moment).distinct()
            ))  # fmt: skip

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
            return entry_from_row(row), story_from_plain(row.frozen.snapshot)

    def last_delivered(self, story_id: int, endpoint: str) -> tuple[OutboxEntry, Story] | None:
        """The version of a story the endpoint last took, and the story as sent."""
        with self._read() as session:
            row = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.story_id == story_id, OutboxRow.endpoint == endpoint,
                       OutboxRow.state == _S.DELIVERED.value)
                .order_by(OutboxRow.id.desc())
            ).first()  # fmt: skip
            return (entry_from_row(row), story_from_plain(row.frozen.snapshot)) if row else None

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
                raise BadInput.saying(not_approved(story_id, row.status))
            known = session.scalars(select(EndpointRow.id).where(EndpointRow.name == endpoint))
            if known.first() is None:
                raise BadInput.saying(no_endpoint(endpoint))
            entry = queue_by_hand(session, row, endpoint, self._clock())
            if entry is None:
                raise BadInput.saying(
                    refusal(ALREADY_THERE, endpoint=endpoint, story=str(story_id))
                )
            session.flush()
            return entry_from_row(entry)

    def resend(self, entry_id: int) -> OutboxEntry:
        """Queue a failed entry (or one waiting for its next try) again, due now."""
        now = self._clock()
        with self._write() as session:
            # Locked: a worker claiming it (a retry that fell due) is waited for.
            row = _entry_row(session, entry_id, lock=True)
            if row.state not in (_S.FAILED.value, _S.RETRYING.value):
                raise BadInput.saying(not_resendable(entry_id, row.state))
            row.state, row.next_try_at, row.updated_at = _S.QUEUED.value, now, now
            row.last_reason = "resent by hand"
            return entry_from_row(row)


# The entries still to go to an enabled endpoint (what a pass asks at its end), read by
# the driver as they are.
_PENDING_OF_ENABLED = (
    "SELECT {what} FROM outbox AS o JOIN endpoints AS e ON e.name = o.endpoint "
    "WHERE e.enabled = ? AND o.state IN (?, ?, ?)"
)
_NEXT_DUE = "o.endpoint, o.state, o.next_try_at, o.not_before, o.lease_until"
# What the worker asks after each record (`complete_publications`): every entry of the
# approved stories, through the index on the stories' status (0013); handed to the driver
# as it is (`driver_sql`).
_COMPLETE = (
    "SELECT o.story_id, o.published_version, o.state, o.action, s.version FROM outbox AS o "
    "JOIN stories AS s ON s.id = o.story_id WHERE s.status = ?"
)


def _entry_row(session: Session, entry_id: int, *, lock: bool = False) -> OutboxRow:
    known = 0 < entry_id < 2**63
    row = session.get(OutboxRow, entry_id, with_for_update=lock) if known else None
    if row is None:
        raise BadInput.saying(refusal(NO_ENTRY, entry=str(entry_id)))
    return row
