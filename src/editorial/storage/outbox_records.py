"""Recording what became of a batch of attempts (the outbox worker's bookkeeping, inside
the outbox store's write transactions): every attempt inserted, every entry still held by
its worker updated, in two statements run over plain tuples.

These are the statements the worker runs most (one row each per story sent), so they go
to the database driver as they are: the SQL is written once, each value converted once a
batch (a time) or passed as it is, and no per-row statement parameters are built. The
statement is the same on SQLite and PostgreSQL; only the driver's placeholder differs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from editorial.domain.publishing import OutboxState
from editorial.storage.driver_sql import in_style, times
from editorial.storage.outbox_claims import AttemptResult, Claim

_S = OutboxState
_INSERT_ATTEMPTS = (
    "INSERT INTO delivery_attempts (outbox_id, at, status_code, reason, next_try_at) "
    "VALUES (?, ?, ?, ?, ?)"
)
# Only where the worker still holds the entry: one whose lease ran out and another worker
# took over is left to that one (its attempt is recorded all the same).
_UPDATE_HELD = (
    "UPDATE outbox SET state = ?, claimed_by = NULL, lease_until = NULL, updated_at = ?, "
    "last_reason = ?, maybe_delivered = COALESCE(?, maybe_delivered), "
    "next_try_at = COALESCE(?, next_try_at), remote_id = COALESCE(NULLIF(?, ''), remote_id), "
    "link = COALESCE(NULLIF(?, ''), link) "
    "WHERE id = ? AND state = 'sending' AND claimed_by = ?"
)


def record_attempts(
    session: Session, now: dt.datetime, results: Sequence[tuple[Claim, AttemptResult]]
) -> None:
    """Record each attempt and its result: delivered, to be tried again, failed; an entry
    whose endpoint was removed meanwhile is canceled rather than left to wait for it."""
    if not results:
        return
    connection = session.connection()
    dialect = connection.dialect
    time_of = times(dialect)
    at = time_of(now)
    known = {name for name, in connection.exec_driver_sql("SELECT name FROM endpoints")}
    attempts: list[tuple[object, ...]] = []
    entries: list[tuple[object, ...]] = []
    for claim, result in results:
        reason = result.reason[:500]
        later = None if result.next_try_at is None else time_of(result.next_try_at)
        attempts.append((claim.entry.id, at, result.status_code, reason, later))
        if result.state is _S.DELIVERED:
            entries.append((_S.DELIVERED.value, at, "", False, later, result.remote_id,
                            result.link, claim.entry.id, claim.worker))  # fmt: skip
            continue
        state = result.state.value
        if claim.entry.endpoint not in known:
            state, reason = _S.CANCELED.value, "the endpoint was removed"
        entries.append((state, at, reason, True if result.maybe_delivered else None, later,
                        "", "", claim.entry.id, claim.worker))  # fmt: skip
    connection.exec_driver_sql(in_style(_INSERT_ATTEMPTS, dialect), attempts)
    connection.exec_driver_sql(in_style(_UPDATE_HELD, dialect), entries)
