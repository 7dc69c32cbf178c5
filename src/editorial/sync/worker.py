"""The worker that drains the outbox: the window runs it on its own lane while it is open,
`editorial sync` runs it headless; two of them on one library never send one version at
once (each entry is claimed with a lease in a write transaction, see `outbox_store`).

A pass takes what is due now, one entry at a time, sends it through its endpoint's target
and records the attempt: delivered, tried again later (backoff with jitter, or the
endpoint's `Retry-After`), or refused (failed until a person resends it). When a version
has gone out to every endpoint it was queued for, the publishing side moves the story from
approved to published. Qt-free; nothing here blocks on anything but the network.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import time
import uuid
from collections.abc import Callable

import httpx

from editorial import __version__
from editorial.domain.errors import EditorialError, MoveNotAllowed, StoryNotFound, VersionConflict
from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.publishing import OutboxState, SyncReport
from editorial.domain.workflow import Action
from editorial.storage.endpoint_store import EndpointStore
from editorial.storage.outbox_store import AttemptResult, Claim, OutboxStore
from editorial.storage.workflow_store import WorkflowStore
from editorial.sync.backoff import RetryPolicy
from editorial.sync.kinds import TargetFactory, build_target
from editorial.sync.target import Delivered, Delivery, Outcome, Refused, Target, TryAgain

# Longer than the longest request can take with the timeouts below, so a lease runs out
# only when its worker has died or hung.
LEASE = dt.timedelta(seconds=120)
TIMEOUT = httpx.Timeout(20.0, connect=5.0, pool=5.0)
_SHORTEST_SLEEP = 0.02
# A waiting worker looks again at least this often: another worker may finish what it
# holds (its lease runs far longer), a desk may approve more.
POLL_SECONDS = 1.0
MARK_PUBLISHED_EVERY = 1.0  # seconds
DEFAULT_POLICY = RetryPolicy()


def new_client() -> httpx.Client:
    """One client for a pass: connections kept alive between deliveries, explicit
    timeouts, certificates verified, no redirect followed (a moved endpoint is refused
    visibly rather than posted to somewhere else)."""
    return httpx.Client(
        timeout=TIMEOUT,
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=10,
                            keepalive_expiry=30.0),
        follow_redirects=False,
        headers={"User-Agent": f"Editorial/{__version__}"},
    )  # fmt: skip


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class OutboxWorker:
    def __init__(
        self,
        outbox: OutboxStore,
        endpoints: EndpointStore,
        workflow: WorkflowStore,
        secret_for: Callable[[str], str],
        *,
        style: Callable[[], HouseStyle] = lambda: BASIC_HOUSE_STYLE,
        policy: RetryPolicy = DEFAULT_POLICY,
        lease: dt.timedelta = LEASE,
        targets: TargetFactory = build_target,
        client: Callable[[], httpx.Client] = new_client,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        name: str | None = None,
    ) -> None:
        self._outbox = outbox
        self._endpoints = endpoints
        self._workflow = workflow
        self._secret_for = secret_for
        self._style = style
        self._policy = policy
        self._lease = lease
        self._targets = targets
        self._new_client = client
        self._clock = clock
        self.name = name or worker_name()

    def run_once(self, stop: Callable[[], bool] = lambda: False) -> SyncReport:
        """Send everything due now; return when nothing more is (or `stop` says so)."""
        counts = dict.fromkeys(OutboxState, 0)
        self._mark_published()
        marked = time.monotonic()
        with self._new_client() as client:
            targets: dict[str, Target | EditorialError] = {}
            claim = None if stop() else self._outbox.claim(self.name, self._lease)
            while claim is not None:
                result = self._attempt(claim, client, targets)
                counts[result.state] += 1
                if stop():
                    self._outbox.finish(claim, result)
                    break
                claim = self._outbox.finish_and_claim(claim, result, self._lease)
                # Stories whose version has gone everywhere become published as the pass
                # goes (not after each delivery: that is a transaction per story more).
                if time.monotonic() - marked > MARK_PUBLISHED_EVERY:
                    self._mark_published()
                    marked = time.monotonic()
        self._mark_published()
        return SyncReport(
            counts[OutboxState.DELIVERED], counts[OutboxState.RETRYING],
            counts[OutboxState.FAILED], self._outbox.pending_count(), self._outbox.next_due(),
        )  # fmt: skip

    def run_until_idle(
        self, timeout: float | None = None, stop: Callable[[], bool] = lambda: False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> SyncReport:  # fmt: skip
        """Keep sending, sleeping through backoffs and embargoes, until nothing is left to
        go (or `timeout` seconds have passed, or `stop`)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        report = SyncReport()
        while True:
            report = report + self.run_once(stop)
            if report.pending == 0 or stop():
                return report
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return report
            wait = POLL_SECONDS
            if report.next_due is not None:
                due = (report.next_due - self._clock()).total_seconds()
                wait = min(max(_SHORTEST_SLEEP, due), POLL_SECONDS)
            sleep(min(wait, left) if left is not None else wait)

    def _attempt(
        self, claim: Claim, client: httpx.Client, targets: dict[str, Target | EditorialError]
    ) -> AttemptResult:
        entry = claim.entry
        target = targets.get(entry.endpoint)
        if target is None:
            target = targets[entry.endpoint] = self._target(entry.endpoint, client)
        if isinstance(target, EditorialError):
            if isinstance(target, _Removed):
                return AttemptResult(OutboxState.CANCELED, None, str(target))
            return self._result(claim, TryAgain(str(target)))
        delivery = Delivery(
            story=claim.story, action=entry.action, published_version=entry.published_version,
            idempotency_key=entry.idempotency_key, remote_id=entry.remote_id,
            maybe_delivered=entry.maybe_delivered,
        )  # fmt: skip
        try:
            outcome = target.send(delivery)
        except EditorialError as error:
            outcome = Refused(str(error))
        except Exception as error:  # a target's bug: kept on record, tried again later
            outcome = TryAgain(f"the {entry.endpoint} target failed: "
                               f"{type(error).__name__}: {error}"[:300])  # fmt: skip
        return self._result(claim, outcome)

    def _target(self, endpoint: str, client: httpx.Client) -> Target | EditorialError:
        profile = self._endpoints.get(endpoint)
        if profile is None:
            return _Removed("the endpoint was removed")
        try:
            secret = self._secret_for(endpoint)
            return self._targets(profile, secret, client, self._style())
        except EditorialError as problem:  # no keyring, no secret, a kind not built in
            return problem

    def _result(self, claim: Claim, outcome: Outcome) -> AttemptResult:
        if isinstance(outcome, Delivered):
            reason = "409: the endpoint has this version already" if outcome.status_code == 409 \
                else ""  # fmt: skip
            return AttemptResult(OutboxState.DELIVERED, outcome.status_code, reason,
                                 remote_id=outcome.remote_id, link=outcome.link)  # fmt: skip
        if isinstance(outcome, Refused):
            return AttemptResult(OutboxState.FAILED, outcome.status_code, outcome.reason)
        wait = self._policy.wait(claim.entry.attempts, outcome.after)
        return AttemptResult(
            OutboxState.RETRYING, outcome.status_code, outcome.reason,
            next_try_at=self._clock() + wait, maybe_delivered=outcome.maybe_delivered,
        )  # fmt: skip

    def _mark_published(self) -> None:
        """The publishing side's move: each approved story whose version went out to
        every endpoint becomes published (another worker may have done it first)."""
        for story_id, version in self._outbox.complete_publications():
            with contextlib.suppress(VersionConflict, MoveNotAllowed, StoryNotFound):
                self._workflow.move(story_id, version, Action.PUBLISH, None)


class _Removed(EditorialError):
    """The entry's endpoint is gone: nothing more is sent for it."""
