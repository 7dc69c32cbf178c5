"""Which outbox entries are due, line by line: each endpoint's entries in the order of
approval, the endpoints another worker has in flight left out. On PostgreSQL the lines a
claim takes are locked first (`FOR UPDATE SKIP LOCKED` on the endpoints' rows), so
claimers on several machines never take one line at once and never wait for each other;
SQLite's claims run under its write lock and need none of this (`outbox_claims.py`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from editorial.domain.publishing import OutboxState
from editorial.storage.driver_sql import in_style, marks
from editorial.storage.outbox_tables import EndpointRow, OutboxRow

_S = OutboxState

# (entry id, endpoint, story id, whether it waits for its next try)
Lines = list[tuple[int, str, int, bool]]


# Which entries are due: a fragment of SQL over the outbox as `o`, and its values.
Due = tuple[str, tuple[object, ...]]


def due_now(at: object, worker: str, ahead: bool) -> Due:
    """Entries to claim at `at` (a time in the driver's form): waiting, or sending under a
    lease that ran out (`ahead`: not one of `worker`'s own), and not embargoed."""
    mine = " AND o.claimed_by != ?" if ahead else ""
    sql = (
        "o.state IN (?, ?, ?) AND (o.not_before IS NULL OR o.not_before <= ?) AND "
        f"(o.state != ? OR (o.lease_until IS NOT NULL AND o.lease_until < ?{mine}))"
    )
    values = (_S.QUEUED.value, _S.RETRYING.value, _S.SENDING.value, at, _S.SENDING.value, at)
    return sql, values + ((worker,) if ahead else ())


def lines_due(
    session: Session, at: object, worker: str, endpoints: list[str], due: Due, ahead: bool
) -> tuple[dict[str, set[int]], Lines]:
    """The due entries of the endpoints no other worker has in flight, oldest first;
    and per endpoint the stories this worker has in flight (`ahead`: it may claim further
    along those lines, as it sends in order, but no later version of a story it holds).
    `at`: now, in the driver's form of a time. Handed to the driver as they are
    (`driver_sql`): they run at every claim."""
    busy: set[str] = set()
    stories: dict[str, set[int]] = {}
    if not endpoints:
        return stories, []
    connection = session.connection()
    dialect = connection.dialect
    # By endpoint and state: the index on them finds what is in flight without reading
    # the whole outbox (delivered entries pile up there for good).
    # Rows fetched at once (`.all()`): each claim reads every entry in flight and every one
    # due, and a row at a time through the result costs microseconds each.
    for endpoint, story_id, holder in connection.exec_driver_sql(
        in_style(_IN_FLIGHT.format(names=marks(len(endpoints))), dialect),
        (*endpoints, _S.SENDING.value, at),
    ).all():  # fmt: skip
        if ahead and holder == worker:
            stories.setdefault(endpoint, set()).add(story_id)
        else:
            busy.add(endpoint)
    free = [name for name in endpoints if name not in busy]
    if not free:
        return stories, []
    # Whether an entry waits is the database's comparison: no time read back per entry.
    found = connection.exec_driver_sql(
        in_style(_DUE_LINES.format(names=marks(len(free)), due=due[0]), dialect),
        (at, *free, *due[1]),
    )  # fmt: skip
    return stories, [(i, endpoint, story, bool(wait)) for i, endpoint, story, wait in found.all()]


_IN_FLIGHT = (
    "SELECT endpoint, story_id, claimed_by FROM outbox "
    "WHERE endpoint IN ({names}) AND state = ? AND lease_until >= ?"
)
_DUE_LINES = (
    "SELECT o.id, o.endpoint, o.story_id, CASE WHEN o.next_try_at > ? THEN 1 ELSE 0 END "
    "FROM outbox AS o WHERE o.endpoint IN ({names}) AND {due} ORDER BY o.id"
)


def lock_lines(session: Session, lines: Lines, limit: int) -> list[str]:
    """PostgreSQL: the endpoints whose lines this claim takes, their rows locked until
    the transaction ends (`FOR UPDATE SKIP LOCKED`): one claimer at a time per line, and
    a line another claimer is taking is skipped, not waited for. Lines are tried in the
    order of their oldest entry, until those locked hold `limit` entries."""
    locked: list[str] = []
    tried: set[str] = set()
    held = 0
    for _, endpoint, *_rest in lines:
        if endpoint in tried:
            held += endpoint in locked
            continue
        if held >= limit:
            break
        tried.add(endpoint)
        mine = session.scalar(
            select(EndpointRow.id).where(EndpointRow.name == endpoint)
            .with_for_update(skip_locked=True)
        )  # fmt: skip
        if mine is not None:
            locked.append(endpoint)
            held += 1
    return locked


def cut_at_changed(
    chosen: list[int], rows: Container[int], endpoints: dict[int, str]
) -> list[int]:
    """The chosen entries still due when locked; an endpoint's line stops at one that
    changed meanwhile (canceled by a kill, say): what follows it waits for the next claim."""
    cut: set[str] = set()
    kept = []
    for entry_id in chosen:
        if entry_id not in rows:
            cut.add(endpoints[entry_id])
        elif endpoints[entry_id] not in cut:
            kept.append(entry_id)
    return kept


def cancel_orphans(session: Session, now: dt.datetime, shared: bool) -> None:
    """An entry left `sending` by a worker that died after its endpoint was removed: no
    worker will claim it again (its endpoint is gone), so it is canceled. (On PostgreSQL
    one another claimer is canceling already is left to it, not waited for.)"""
    # First the endpoints with entries in flight, from the index on endpoint and state
    # alone (no entry's row read): almost always every one of them still exists.
    connection = session.connection()
    flying = {endpoint for endpoint, in connection.exec_driver_sql(
        in_style("SELECT DISTINCT endpoint FROM outbox WHERE state = ?", connection.dialect),
        (_S.SENDING.value,)).all()}  # fmt: skip
    if not flying:
        return
    gone = flying - set(session.scalars(select(EndpointRow.name)))
    if not gone:
        return
    orphaned = (OutboxRow.endpoint.in_(sorted(gone)), OutboxRow.state == _S.SENDING.value,
                OutboxRow.lease_until < now, OutboxRow.endpoint.not_in(select(EndpointRow.name)))
    found = select(OutboxRow.id).where(*orphaned)
    ids = list(session.scalars(found.with_for_update(skip_locked=True) if shared else found))
    if ids:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids), *orphaned)
            .values(state=_S.CANCELED.value, claimed_by=None, lease_until=None,
                    updated_at=now, last_reason="the endpoint was removed")
            .execution_options(synchronize_session=False)
        )  # fmt: skip
