"""The worker's bookkeeping, done beside its sending: a small pipeline on the worker's lane.

The lane sends one entry at a time, in order, as before. What the library must learn of it
(every attempt and its result, leases lengthened, the next entries claimed, the stories
delivered everywhere moved to published) goes to one bookkeeping thread, one transaction
at a time, while the lane sends the next entry: so the network and the database wait side
by side instead of in turn, and a transaction (one commit, one fsync) takes whatever
results came in while the one before was written.

Nothing about order or ownership changes: only the lane sends; an entry is claimed (with
its lease, see `outbox_claims`) before it is sent; its result is recorded only where this
worker still holds it. Entries are claimed ahead, before the ones held are all sent, only
behind this worker's own place in an endpoint's line and never a later version of a story
this worker holds for that endpoint (`claim_due`). An endpoint whose entry must be tried
again later stops: what this worker holds behind it is handed back untouched. A crash
between a send and its record leaves the entry `sending` under a lease that runs out; the
next worker sends the same body under the same Idempotency-Key, as before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections import deque
from collections.abc import Callable, Collection
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from editorial.domain.publishing import OutboxState
from editorial.storage.outbox_store import AttemptResult, Claim, OutboxStore, PayloadRender

# Entries claimed in one transaction: a claim reads every line's due entries, so one for
# many costs little more than one for a few.
BATCH = 256
FIRST = 8  # the pass's first claim, made before anything is sent: small, to start soon
AHEAD = 64  # claim more when this few are left to send
# A claim ahead takes at most this many times what the lane still holds (and at least
# FIRST): it must be back before the lane has sent those. A claim of 256 costs about 20 ms
# of CPU (40 ms beside the sending); the lane sends the first 8 in about 12: the lane sat
# idle until it came. Claims grow 8, 32, 128, 256 instead.
RAMP = 4
# How often the leases of what the lane holds are lengthened (by the next transaction; a
# request that outlasts half a lease makes the lane renew them itself, and drop what
# another worker took over meanwhile), and how long results wait to be recorded at most.
RECORD_EVERY = 0.5  # seconds
RECORD_AT = 64  # results recorded together (sooner when RECORD_EVERY has passed)
# The stories whose delivery a transaction recorded are moved to published after it, on
# the same thread, once this many wait or the first of them has waited RECORD_EVERY (and
# at the end of the pass, by the pass's own move, for what is left and any whose move
# failed). A batch move's transaction has a fixed part of about 3 ms (its statements, a
# savepoint, the commit): moved fifty at a time, as each record came, that was half of
# what a move cost a story.
MOVE_AT = 128
# Once a claim found fewer due than it asked for, the pass is in its last stretch (all
# that is due is held): each record moves what it recorded, so what the pass's end moves
# (on the lane, which has nothing left to send then) is the last record's stories only,
# not up to MOVE_AT + RECORD_AT of them (30 ms the lane sat idle at the end of 300).

Results = list[tuple[Claim, AttemptResult]]


class Bookkeeper:
    """The entries a worker's pass holds, and the one transaction under way for it."""

    def __init__(
        self, outbox: OutboxStore, worker: str, lease: dt.timedelta, render: PayloadRender,
        mark_published: Callable[[Collection[int]], None], clock: Callable[[], dt.datetime],
    ) -> None:  # fmt: skip
        self._outbox = outbox
        self._worker = worker
        self._lease = lease
        self._render = render
        self._mark_published = mark_published
        self._clock = clock
        self._held: deque[Claim] = deque()  # claimed, to be sent in this order
        self._done: Results = []  # sent, not yet recorded
        self._unsent: list[Claim] = []  # to hand back untouched
        # An endpoint whose entry waits to be tried again: the number of the transaction
        # that records that (what one begun before it claims for the endpoint goes back).
        self._stopped: dict[str, int] = {}
        self._jobs = 0  # transactions begun
        # A pass tries an entry once: one due again before the pass ends (a short backoff,
        # a slow machine) waits for the next pass, and so does the rest of its line.
        self._tried: set[int] = set()
        self._finished: set[str] = set()
        self._in_flight: Claim | None = None
        self._job: Future[list[Claim]] | None = None
        self._job_load: tuple[Results, list[Claim]] = ([], [])
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="outbox-records")
        self._renewed = self._started = time.monotonic()
        self._claiming = self._dry = False  # the job under way claims; the last found none
        self._asked = 0  # how many the job under way claims
        self._last_stretch = False  # the last claim found fewer than it asked for
        self._job_number = 0
        # Recorded as delivered, not yet moved to published: the bookkeeping thread's own.
        self._unmoved: set[int] = set()
        self._unmoved_since = 0.0

    def __enter__(self) -> Bookkeeper:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:  # fmt: skip
        try:
            if error is not None:
                self._abandon()
                return
            try:
                self._wait()
                self._settle_now(claim_next=0)
            except BaseException:
                self._abandon()
                raise
        finally:
            self._thread.shutdown(wait=error is None, cancel_futures=True)

    def claim_now(self) -> None:
        """The pass's first batch, claimed before anything is sent."""
        self._held.extend(self._outbox.claim_batch(self._worker, self._lease, FIRST,
                                                   self._render))  # fmt: skip
        self._renewed = time.monotonic()

    def next_claim(self, stopping: bool) -> Claim | None:
        """The next entry to send; None when nothing more is held or due (or `stopping`:
        what is held is then handed back)."""
        while True:
            self._collect(wait=False)
            if stopping:
                return None
            if time.monotonic() - self._renewed > self._lease.total_seconds() / 2:
                self._renew_and_drop_taken_over()  # a long request: leases at risk
            if self._job is None:
                self._start_job_if_due()
            if self._held:
                self._in_flight = self._held.popleft()
                return self._in_flight
            if self._job is None:
                return None
            self._collect(wait=True)
            if not self._held and not self._done and self._claiming:
                return None  # the claim made with nothing held found nothing due

    def sent(self, claim: Claim, result: AttemptResult) -> None:
        self._in_flight = None
        self._tried.add(claim.entry.id)
        self._done.append((claim, result))
        if result.state is OutboxState.RETRYING:
            # Its line waits behind this one: what this worker holds of it goes back.
            endpoint = claim.entry.endpoint
            self._stopped[endpoint] = self._jobs
            self._unsent += [c for c in self._held if c.entry.endpoint == endpoint]
            self._held = deque(c for c in self._held if c.entry.endpoint != endpoint)

    # The transactions

    def _start_job_if_due(self) -> None:
        """Claim ahead when few are left to send (unless the last claim found nothing:
        then only once nothing is left), record once enough results wait (or they have
        waited long)."""
        claim = len(self._held) <= AHEAD and (not self._dry or not self._held)
        waited = time.monotonic() - self._started > RECORD_EVERY
        if claim or len(self._done) >= RECORD_AT or (self._done and waited):
            size = min(BATCH, max(FIRST, RAMP * len(self._held)))
            self._start_job(claim_next=size if claim else 0)

    def _start_job(self, claim_next: int) -> None:
        results, unsent = self._done, self._unsent
        self._done, self._unsent = [], []
        self._job_load = (results, unsent)
        now = self._started = time.monotonic()
        self._claiming, self._asked = claim_next > 0, claim_next
        held: list[Claim] = []
        if now - self._renewed > min(RECORD_EVERY, self._lease.total_seconds() / 4):
            held, self._renewed = list(self._held), now
        delivered = {c.entry.story_id for c, r in results if r.state is OutboxState.DELIVERED}
        self._job = self._thread.submit(self._settle, results, unsent, held, claim_next,
                                        delivered, self._last_stretch)  # fmt: skip
        self._job_number = self._jobs
        self._jobs += 1

    def _settle(
        self, results: Results, unsent: list[Claim], held: list[Claim], claim_next: int,
        delivered: Collection[int], last_stretch: bool,
    ) -> list[Claim]:  # fmt: skip
        claimed = self._outbox.settle(self._worker, results, unsent=unsent, still_held=held,
                                      lease=self._lease, claim_next=claim_next,
                                      render=self._render, ahead=True)  # fmt: skip
        if delivered and not self._unmoved:
            self._unmoved_since = time.monotonic()
        self._unmoved |= set(delivered)
        waited = time.monotonic() - self._unmoved_since > RECORD_EVERY
        if self._unmoved and (len(self._unmoved) >= MOVE_AT or waited or last_stretch):
            moving, self._unmoved = self._unmoved, set()
            # Recorded and claimed already: a move that fails now (the library busy) is
            # made by the pass's own at its end.
            with contextlib.suppress(Exception):
                self._mark_published(moving)
        return claimed

    def _collect(self, *, wait: bool) -> None:
        """Take in what the transaction under way claimed, once it is done (or wait for
        it). Its failure is raised here, its results kept for the lane's last record."""
        job = self._job
        if job is None or not (wait or job.done()):
            return
        self._job = None
        try:
            claimed = job.result()
        except BaseException:
            results, unsent = self._job_load
            self._done[:0], self._unsent[:0] = results, unsent
            raise
        self._take(claimed, self._job_number)
        if self._claiming:
            self._dry = not claimed
            self._last_stretch = len(claimed) < self._asked

    def _take(self, claimed: list[Claim], job: int) -> None:
        """Hold what transaction number `job` claimed, but for an endpoint stopped by a
        retry it did not record yet; an endpoint's stop ends with the one that did."""
        for claim in claimed:
            endpoint = claim.entry.endpoint
            if claim.entry.id in self._tried:
                self._finished.add(endpoint)
            stop = self._stopped.get(endpoint)
            back = endpoint in self._finished or (stop is not None and job < stop)
            (self._unsent if back else self._held).append(claim)
        self._stopped = {e: n for e, n in self._stopped.items() if n > job}

    def _wait(self) -> None:
        self._collect(wait=True)

    def _renew_and_drop_taken_over(self) -> None:
        """A request took long: lengthen the leases of what is held, and drop what another
        worker took over meanwhile (its lease ran out while this one waited)."""
        self._wait()
        self._settle_now(claim_next=0, still_held=list(self._held))
        kept = self._outbox.held(self._worker, [c.entry.id for c in self._held])
        self._held = deque(c for c in self._held if c.entry.id in kept)
        self._renewed = time.monotonic()

    def _settle_now(self, claim_next: int, still_held: list[Claim] | None = None) -> None:
        results, unsent = self._done, self._unsent
        self._done, self._unsent = [], []
        unsent += self._held if still_held is None else []
        if still_held is None:
            self._held.clear()
        number, self._jobs = self._jobs, self._jobs + 1
        try:
            claimed = self._outbox.settle(
                self._worker, results, unsent=unsent, still_held=still_held or (),
                lease=self._lease, claim_next=claim_next, render=self._render,
            )  # fmt: skip
        except BaseException:
            self._done[:0], self._unsent[:0] = results, unsent
            raise
        self._take(claimed, number)

    def _abandon(self) -> None:
        """Ctrl+C, SIGTERM, a bug: what went out is recorded, the request cut short may
        have arrived (so it is marked so, and due again at once), what was not tried is
        handed back untouched."""
        with contextlib.suppress(Exception):
            self._wait()
        if self._in_flight is not None:
            cut = AttemptResult(
                OutboxState.RETRYING, None, "interrupted while sending: it may have arrived",
                next_try_at=self._clock(), maybe_delivered=True,
            )  # fmt: skip
            self._done.append((self._in_flight, cut))
            self._in_flight = None
        with contextlib.suppress(Exception):
            self._settle_now(claim_next=0)
