"""A batch of attempts recorded at once (`outbox_records`: two statements for the whole
batch): each entry ends as its own result says, one held by another worker meanwhile is
left to it, and every attempt is on record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from editorial.domain.publishing import OutboxState
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult
from editorial.storage.outbox_tables import OutboxRow
from tests.storage.test_outbox_store import LEASE, Clock, approved, clock, endpoint, library

__all__ = ["clock", "library"]  # the fixtures, used by name

_S = OutboxState


def _result(n: int, now: dt.datetime) -> AttemptResult:
    if n % 3 == 0:
        return AttemptResult(_S.DELIVERED, 201, "", remote_id=f"r-{n}", link=f"https://x/{n}")
    if n % 3 == 1:
        return AttemptResult(_S.RETRYING, 503, f"503 busy {n}", maybe_delivered=n % 2 == 1,
                             next_try_at=now + dt.timedelta(seconds=n))  # fmt: skip
    return AttemptResult(_S.FAILED, 422, f"422 not taken {n}")


def test_a_batch_of_results_is_recorded_entry_by_entry(
    library: Library, clock: Clock
) -> None:
    endpoint(library, "wire")
    count = 150
    for n in range(count):
        approved(library, f"Story {n}")
    claims = library.outbox.claim_batch("w1", LEASE, count)
    assert len(claims) == count
    taken = claims[5].entry.id  # its lease ran out and another worker holds it now
    with library._write() as session:
        session.execute(update(OutboxRow).where(OutboxRow.id == taken)
                        .values(claimed_by="w2"))  # fmt: skip
    clock.advance(10)
    now = clock()
    library.outbox.settle("w1", [(c, _result(n, now)) for n, c in enumerate(claims)])

    for n, claim in enumerate(claims):
        entry, _ = library.outbox.entry(claim.entry.id)
        tried = library.outbox.attempts(claim.entry.id)
        assert [(a.status_code, a.reason) for a in tried][-1] == (
            _result(n, now).status_code, _result(n, now).reason[:500])  # fmt: skip
        if claim.entry.id == taken:
            assert entry.state is _S.SENDING  # left to the worker that holds it
            continue
        expected = _result(n, now)
        assert entry.state is expected.state
        assert entry.updated_at == now
        if expected.state is _S.DELIVERED:
            assert (entry.remote_id, entry.link, entry.maybe_delivered) == (
                f"r-{n}", f"https://x/{n}", False)  # fmt: skip
        elif expected.state is _S.RETRYING:
            assert entry.next_try_at == expected.next_try_at
            assert entry.maybe_delivered is (n % 2 == 1)
            assert entry.last_reason == expected.reason
        else:
            assert (entry.last_reason, entry.remote_id) == (expected.reason, "")
