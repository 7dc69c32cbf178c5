"""Claiming outbox entries and recording what became of them, inside the outbox store's
write transactions (`outbox_store.py` holds the transactions; this is what runs in them).

A worker claims several due entries at once (one transaction for a batch, not one per
entry): each is leased to it (state `sending`, `claimed_by`, `lease_until`), so no other
worker sends them meanwhile. The order of an endpoint's line holds within a batch: its
entries are taken oldest first, the batch stops at one not due yet (a retry waiting for
its time holds up the entries behind it) and never holds two versions of one story for one
endpoint (the later one needs what the earlier one's answer says: the remote id, whether
it is a correction). The worker sends a batch in order and hands back an endpoint's
entries behind one that did not go (`release`), untouched. A worker may claim ahead
(`ahead`) while it still sends what it holds: further along its own lines only.

Who claims at once: on SQLite a claim is a write like any other, under the file's write
lock. On PostgreSQL it takes no library-wide lock: it locks the rows of the endpoints
whose lines it takes (`FOR UPDATE SKIP LOCKED`: a line another claimer is taking is
skipped, not waited for), reads those lines again once they are its own, and locks the
entries it takes (`FOR UPDATE`, their state checked again: a kill or a resend that came
meanwhile wins and the line stops there). So workers on several machines claim in
parallel and never one line twice.

The payload is frozen here too: an entry that reaches its first attempt without the body
that approval rendered (a library opened without a renderer) gets it rendered now, in the
claim's transaction, before anything is sent; every retry of that version sends it again.
It is kept beside the entry's snapshot, in a row of their own (`OutboxSnapshotRow`): a
claim reads it from there, and writes on the entry's own row only its small columns.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Table,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from editorial.domain.publishing import (
    DeliveryAction,
    EndpointProfile,
    OutboxEntry,
    OutboxState,
)
from editorial.domain.story import Story
from editorial.domain.story_plain import story_from_plain
from editorial.storage.driver_sql import in_style, marks, time_reader, times
from editorial.storage.outbox_lines import (
    cancel_orphans,
    cut_at_changed,
    due_now,
    lines_due,
    lock_lines,
)
from editorial.storage.outbox_tables import (
    DeliveryAttemptRow,
    EndpointRow,
    OutboxRow,
    OutboxSnapshotRow,
)

_S = OutboxState
_CLAIMABLE = (_S.QUEUED.value, _S.RETRYING.value, _S.SENDING.value)
# (the endpoint, the action, the published version, the story) -> the payload's text
PayloadRender = Callable[[EndpointProfile, DeliveryAction, int, Story], str]
# An entry's id -> its snapshot's JSON text (read in a transaction of its own)
SnapshotReader = Callable[[int], str]


@dataclass(frozen=True, slots=True)
class Claim:
    """An entry a worker holds until `lease_until`, with the story as it is to be sent and
    the payload frozen for it ("" when it could not be rendered: `render_problem` says
    why). The story is read from the entry's snapshot (through `snapshot_of`) when first
    asked for: a target that sends the frozen payload as it is never needs it, and a
    claim then reads none of the snapshot's kilobytes."""

    entry: OutboxEntry
    payload: str
    worker: str
    lease_until: dt.datetime
    render_problem: str = ""
    snapshot_of: SnapshotReader | None = field(default=None, repr=False, compare=False)
    _story: list[Story] = field(default_factory=list, repr=False, compare=False)

    @property
    def story(self) -> Story:
        if not self._story:
            if self.snapshot_of is None:
                raise LookupError(f"no reader of outbox entry {self.entry.id}'s snapshot")
            self._story.append(story_from_plain(json.loads(self.snapshot_of(self.entry.id))))
        return self._story[0]


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What became of one attempt, as the worker records it."""

    state: OutboxState  # delivered, retrying, failed (or canceled: the endpoint is gone)
    status_code: int | None
    reason: str
    next_try_at: dt.datetime | None = None
    remote_id: str = ""
    link: str = ""
    maybe_delivered: bool = False


def claim_due(
    session: Session, now: dt.datetime, worker: str, lease: dt.timedelta, limit: int,
    render: PayloadRender | None = None, *, ahead: bool = False,
    snapshot_of: SnapshotReader | None = None,
) -> list[Claim]:  # fmt: skip
    """Lease up to `limit` due entries to `worker`, in the order they are to be sent.
    `ahead`: the worker still holds entries it has not sent (it claims the next while it
    sends): it may claim behind them in their endpoints' lines, and takes none of its
    own back (an entry it holds is in its hands whatever its lease says). `snapshot_of`
    reads an entry's story for a claim whose target asks for it."""
    connection = session.connection()
    dialect = connection.dialect
    shared = dialect.name == "postgresql"
    cancel_orphans(session, now, shared)
    enabled = connection.exec_driver_sql(in_style(_ENABLED, dialect), (True,))
    profiles = {row[0]: EndpointProfile(*row[:4], *(bool(on) for on in row[4:]))
                for row in enabled}  # fmt: skip
    at = times(dialect)(now)
    due = due_now(at, worker, ahead)
    stories, lines = lines_due(session, at, worker, list(profiles), due, ahead)
    if shared and lines:
        # Read again once the lines are this claimer's: another may have claimed from
        # them and committed in between.
        locked = lock_lines(session, lines, limit)
        stories, lines = lines_due(session, at, worker, locked, due, ahead)
    chosen: list[int] = []
    stopped: set[str] = set()
    for entry_id, endpoint, story_id, waits in lines:
        if len(chosen) >= limit:
            break
        taken = stories.setdefault(endpoint, set())
        if endpoint in stopped or waits or story_id in taken:
            stopped.add(endpoint)
            continue
        taken.add(story_id)
        chosen.append(entry_id)
    if not chosen:
        return []
    taking, values = _TAKING.format(ids=marks(len(chosen))), tuple[object, ...](chosen)
    if shared:
        # Writers that do not lock the line (a kill cancelling what waits, a resend) are
        # waited for, and an entry they changed is checked again.
        taking, values = f"{taking} AND {due[0]} FOR UPDATE OF o", values + due[1]
    # Plain values of the columns a claim needs (the payload from the entry's snapshot row,
    # not the snapshot): no ORM object, no JSON read here.
    time_of = time_reader(dialect)
    rows = {}
    # Fetched at once (`.all()`): a row at a time through the result costs microseconds each.
    for found in connection.exec_driver_sql(in_style(taking, dialect), values).all():
        row = SimpleNamespace(**dict(zip(_TAKEN, found, strict=True)))
        row.next_try_at, row.not_before = time_of(row.next_try_at), time_of(row.not_before)
        row.created_at = time_of(row.created_at)
        row.maybe_delivered, row.had_delivered = bool(row.maybe_delivered), bool(row.had_delivered)
        rows[row.id] = row
    chosen = cut_at_changed(chosen, rows, {i: endpoint for i, endpoint, *_ in lines})
    before = {i: _as_written(rows[i]) for i in chosen}
    _resolve_actions(session, list(rows.values()))
    claims = [_lease(session, rows[i], now, worker, lease, profiles[rows[i].endpoint], render,
                     snapshot_of) for i in chosen]  # fmt: skip
    _write_leases(session, now, worker, lease, [rows[i] for i in chosen], before)
    return claims


_OUTBOX = cast(Table, OutboxRow.__table__)
_SNAPSHOTS = cast(Table, OutboxSnapshotRow.__table__)
# The endpoints whose lines are claimed, as `EndpointProfile` takes their columns.
_ENABLED = (
    'SELECT name, kind, url, "user", enabled, publish_on_approval, kill_to_draft '
    "FROM endpoints WHERE enabled = ?"
)
# The entry's columns but the two times its lease sets anew (a time is parsed from text
# on SQLite: each costs a couple of microseconds an entry), its payload, and whether an
# earlier version went out to this endpoint (`_resolve_actions`: looked up by the database
# in the index on story and endpoint, an entry at a time). Handed to the driver as it is
# (`driver_sql`).
_TAKEN = ("id", "story_id", "story_uri", "endpoint", "action", "published_version",
          "idempotency_key", "headline", "state", "attempts", "next_try_at", "not_before",
          "claimed_by", "remote_id", "link", "last_reason", "maybe_delivered", "created_at",
          "payload", "had_delivered")  # fmt: skip
_TAKING = (
    f"SELECT {', '.join(f'o.{name}' for name in _TAKEN[:-2])}, s.payload, "
    "EXISTS (SELECT 1 FROM outbox AS e WHERE e.story_id = o.story_id "
    f"AND e.endpoint = o.endpoint AND e.id < o.id AND e.state = '{_S.DELIVERED.value}') "
    "FROM outbox AS o JOIN outbox_snapshots AS s ON s.outbox_id = o.id WHERE o.id IN ({ids})"
)
_PER_ENTRY = ("action", "remote_id", "link", "maybe_delivered")  # what a claim may change
# The leases of a batch, handed to the driver as it is (`driver_sql`).
_LEASES = (
    "UPDATE outbox SET state = ?, claimed_by = ?, lease_until = ?, attempts = attempts + 1, "
    "updated_at = ? WHERE id IN ({ids})"
)


_as_written: Callable[[Any], tuple[object, ...]] = attrgetter(*_PER_ENTRY)


def _write_leases(
    session: Session, now: dt.datetime, worker: str, lease: dt.timedelta, rows: list[Any],
    before: dict[int, tuple[object, ...]],
) -> None:  # fmt: skip
    """The leases in one statement for the batch; the few entries whose action, remote id
    or link the claim changed (a correction, one taken over) one statement more."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    time_of = times(dialect)
    connection.exec_driver_sql(
        in_style(_LEASES.format(ids=marks(len(rows))), dialect),
        (_S.SENDING.value, worker, time_of(now + lease), time_of(now), *(row.id for row in rows)),
    )  # fmt: skip
    changed = [row for row in rows if _as_written(row) != before[row.id]]
    if changed:
        connection.execute(
            update(_OUTBOX).where(_OUTBOX.c.id == bindparam("b_id"))
            .values(action=bindparam("b_action"), remote_id=bindparam("b_remote"),
                    link=bindparam("b_link"), maybe_delivered=bindparam("b_maybe", type_=Boolean)),
            [{"b_id": row.id, "b_action": row.action, "b_remote": row.remote_id,
              "b_link": row.link, "b_maybe": row.maybe_delivered} for row in changed],
        )  # fmt: skip
    rendered = [row for row in rows if getattr(row, "rendered", False)]
    if rendered:
        connection.execute(
            update(_SNAPSHOTS).where(_SNAPSHOTS.c.outbox_id == bindparam("b_id"))
            .values(payload=bindparam("b_payload")),
            [{"b_id": row.id, "b_payload": row.payload} for row in rendered],
        )  # fmt: skip


def _lease(
    session: Session, row: Any, now: dt.datetime, worker: str, lease: dt.timedelta,
    endpoint: EndpointProfile, render: PayloadRender | None, snapshot_of: SnapshotReader | None,
) -> Claim:  # fmt: skip
    if row.state == _S.SENDING.value:
        # The worker that held it stopped (or hung) past its lease: it may have sent it.
        # The same key and body go again, so the endpoint can tell.
        row.maybe_delivered = True
        session.connection().execute(insert(cast(Table, DeliveryAttemptRow.__table__)), [{
            "outbox_id": row.id, "at": now, "status_code": None, "next_try_at": now,
            "reason": f"taken over: the lease of {row.claimed_by or 'a worker'} ran out",
        }])  # fmt: skip
    row.state, row.claimed_by = _S.SENDING.value, worker
    row.lease_until = now + lease
    row.attempts += 1
    row.updated_at = now
    payload, problem = row.payload or "", ""
    if not payload:
        payload, problem = "", "no renderer"
        if render is not None:
            kept = select(OutboxSnapshotRow.snapshot).where(OutboxSnapshotRow.outbox_id == row.id)
            snapshot = session.scalar(kept) or {}
            try:
                payload = render(endpoint, DeliveryAction(row.action),
                                 row.published_version, story_from_plain(snapshot))  # fmt: skip
            except Exception as error:  # a rendering bug: the entry fails visibly
                problem = f"{type(error).__name__}: {error}"[:300]
            else:
                row.payload, row.rendered = payload, True
    return Claim(_entry_of(row), payload, worker, row.lease_until,
                 problem if not payload else "", snapshot_of)  # fmt: skip


def finish(session: Session, now: dt.datetime, claim: Claim, result: AttemptResult) -> bool:
    """Record an attempt and its result; False when the entry was no longer this worker's
    (its lease ran out and another took it over): the attempt is kept, the entry left."""
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
    return _update_held(session, claim, values)


def release(session: Session, now: dt.datetime, claims: Iterable[Claim]) -> None:
    """Hand back entries claimed and not sent (one ahead of them in their endpoint's line
    did not go, or the worker is stopping): as they were, due again, no attempt made."""
    for claim in claims:
        before = _S.RETRYING.value if claim.entry.attempts > 1 else _S.QUEUED.value
        _update_held(session, claim, {
            "state": before, "claimed_by": None, "lease_until": None,
            "attempts": claim.entry.attempts - 1, "updated_at": now,
        })  # fmt: skip


def renew(
    session: Session, now: dt.datetime, worker: str, claims: Iterable[Claim],
    lease: dt.timedelta,
) -> None:  # fmt: skip
    """Lengthen the lease of entries still held (a long batch against a slow endpoint)."""
    ids = [claim.entry.id for claim in claims]
    if ids:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids), OutboxRow.state == _S.SENDING.value,
                   OutboxRow.claimed_by == worker)
            .values(lease_until=now + lease)
            .execution_options(synchronize_session=False)
        )  # fmt: skip


def _update_held(session: Session, claim: Claim, values: dict[str, object]) -> bool:
    """Change the entry only while it is still this worker's; an entry whose endpoint was
    removed meanwhile is canceled rather than left to wait for an endpoint that is gone."""
    if values["state"] in (_S.RETRYING.value, _S.FAILED.value, _S.QUEUED.value):
        gone = session.scalar(
            select(EndpointRow.id).where(EndpointRow.name == claim.entry.endpoint)
        )
        if gone is None:
            values = values | {"state": _S.CANCELED.value,
                               "last_reason": "the endpoint was removed"}  # fmt: skip
    done = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == claim.entry.id, OutboxRow.state == _S.SENDING.value,
               OutboxRow.claimed_by == claim.worker)
        .values(**values)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    return bool(done.rowcount == 1)  # type: ignore[attr-defined]


def _resolve_actions(session: Session, rows: list[Any]) -> None:
    """A publication queued while an earlier version was in flight becomes a correction
    once that one went out; the endpoint's name for the story is carried along. (One
    query for the whole batch: a batch holds one entry per story and endpoint.)"""
    rows = [row for row in rows if row.had_delivered]  # the others have nothing to resolve
    if not rows:
        return
    delivered: dict[tuple[int, str], list[tuple[int, str, str, str]]] = {}
    for story_id, endpoint, entry_id, action, remote_id, link in session.execute(
        select(OutboxRow.story_id, OutboxRow.endpoint, OutboxRow.id, OutboxRow.action,
               OutboxRow.remote_id, OutboxRow.link)
        .where(OutboxRow.story_id.in_({row.story_id for row in rows}),
               OutboxRow.state == _S.DELIVERED.value)
        .order_by(OutboxRow.id.desc())
    ):  # fmt: skip
        delivered.setdefault((story_id, endpoint), []).append((entry_id, action, remote_id, link))
    for row in rows:
        earlier = [e for e in delivered.get((row.story_id, row.endpoint), []) if e[0] < row.id]
        sent = [e for e in earlier if e[1] != DeliveryAction.KILL.value]
        if sent and row.action == DeliveryAction.PUBLISH.value:
            row.action = DeliveryAction.CORRECT.value
        if not row.remote_id:
            row.remote_id = next((e[2] for e in earlier if e[2]), "")
            row.link = row.link or next((e[3] for e in earlier if e[3]), "")


def profile_of(row: EndpointRow) -> EndpointProfile:
    return EndpointProfile(
        name=row.name, kind=row.kind, url=row.url, user=row.user, enabled=row.enabled,
        publish_on_approval=row.publish_on_approval, kill_to_draft=row.kill_to_draft,
    )  # fmt: skip


def entry_from_row(row: OutboxRow) -> OutboxEntry:
    return _entry_of(row)


def _entry_of(row: Any) -> OutboxEntry:
    return OutboxEntry(
        id=row.id, story_id=row.story_id, story_uri=row.story_uri,
        headline=row.headline or "", endpoint=row.endpoint,
        action=DeliveryAction(row.action), published_version=row.published_version,
        idempotency_key=row.idempotency_key, state=OutboxState(row.state),
        attempts=row.attempts, created_at=row.created_at, updated_at=row.updated_at,
        next_try_at=row.next_try_at, not_before=row.not_before, remote_id=row.remote_id,
        link=row.link, last_reason=row.last_reason, maybe_delivered=row.maybe_delivered,
    )  # fmt: skip
