"""The outbox's worker as the window runs it: on a thread of its own, over a connection
to the library of its own (a `Library` is not shared between threads; to the library the
window's worker is one more worker, as `editorial sync` in a cron job is).

A pass sends what is due and says which stories it moved on, so the window shows them
again (their outbox entries, and their state: a story delivered everywhere is published).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from editorial.domain.publishing import SyncReport
from editorial.storage.library import Library
from editorial.sync.worker import OutboxWorker

# Entries are stamped by the worker's clock; a little slack covers the read between.
_SLACK = dt.timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class SentPass:
    """What one pass did, and the stories whose entries (or state) it changed."""

    report: SyncReport
    stories: frozenset[int] = frozenset()


class OutboxSender:
    def __init__(self, library: Library, worker: OutboxWorker) -> None:
        self._library = library
        self._worker = worker

    def run_once(self, stop: Callable[[], bool] = lambda: False) -> SentPass:
        outbox = self._library.outbox
        if outbox.pending_count() == 0 and not outbox.complete_publications():
            # Nothing to send or to mark published: two reads, where a pass would take
            # the write lock to claim (the window looks every few seconds).
            return SentPass(SyncReport())
        started = dt.datetime.now(dt.UTC) - _SLACK
        report = self._worker.run_once(stop)
        touched: frozenset[int] = frozenset()
        if report.delivered or report.retrying or report.failed:
            touched = self._library.outbox.stories_touched_since(started)
        return SentPass(report, touched)

    def close(self) -> None:
        self._library.close()
