"""The statements the worker hands to the driver as they are (`storage/driver_sql.py`:
leases, records, moves to published, their revisions and history) write each time as
SQLAlchemy writes it: on SQLite the same text, which the claims compare as text. (The
driver's own form of a time left out the microseconds when they were 0: a lease ending
at 09:02:00 was then earlier, as text, than one ending at 09:02:00.000000.)"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from editorial.domain.publishing import OutboxState
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult
from tests.storage.test_outbox_store import LEASE, Clock, approved, endpoint

WRITTEN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def test_every_time_the_worker_writes_is_in_sqlalchemys_text(tmp_path: Path) -> None:
    clock = Clock()  # a whole minute: no microseconds
    path = tmp_path / "lib.sqlite"
    with Library.open(path, clock=clock) as library:
        endpoint(library, "wire")
        first, second = approved(library, "First"), approved(library, "Second")
        clock.advance(60)
        claims = library.outbox.settle("w1", [], lease=LEASE, claim_next=2, ahead=True)
        assert [c.entry.story_id for c in claims] == [first.id, second.id]
        clock.advance(60)
        delivered = AttemptResult(OutboxState.DELIVERED, 201, "")
        retry = AttemptResult(OutboxState.RETRYING, 503, "busy", next_try_at=clock() + LEASE)
        library.outbox.settle("w1", [(claims[0], delivered), (claims[1], retry)], lease=LEASE)
        done = library.outbox.complete_publications([first.id or 0])
        assert library.workflow.move_each(done, Action.PUBLISH, None) == [None]
        # Due again once its time comes, to the microsecond.
        clock.advance(LEASE.total_seconds())
        (again,) = library.outbox.settle("w1", [], lease=LEASE, claim_next=1)
        assert again.entry.story_id == second.id
    with sqlite3.connect(path) as raw:
        written = [value for row in raw.execute(
            "SELECT updated_at, next_try_at, lease_until FROM outbox "
            "UNION ALL SELECT at, next_try_at, NULL FROM delivery_attempts "
            "UNION ALL SELECT at, NULL, NULL FROM story_history "
            "UNION ALL SELECT saved_at, replaced_at, NULL FROM story_revisions "
            "UNION ALL SELECT updated_at, NULL, NULL FROM stories") for value in row
            if value is not None]  # fmt: skip
    raw.close()
    assert written and all(WRITTEN.fullmatch(value) for value in written), written
