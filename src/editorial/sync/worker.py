"""The worker that drains the outbox: the window runs it on its own lane while it is open,
`editorial sync` runs it headless; two of them on one library never send one version at
once (each entry is claimed with a lease in a write transaction, see `outbox_store`).

A pass takes what is due now, one entry at a time, sends it through its endpoint's target
and records the attempt: delivered, tried again later (backoff with jitter, or the
endpoint's `Retry-After`), or refused (failed until a person resends it). When a version
has gone out to every endpoint it was queued for, the publishing side moves the story from
approved to published. The database's part of this goes on beside the sending, on one
thread of the pass's own (`bookkeeping.py`). Qt-free; nothing here blocks on anything
but the network.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Collection

import httpx

from editorial import __version__
from editorial.domain.delivery_reasons import NO_PAYLOAD, REMOVED
from editorial.domain.delivery_reasons import reason as written
from editorial.domain.errors import BadInput, EditorialError
from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.publishing import (
    DeliveryAction,
    EndpointProfile,
    OutboxState,
    SyncReport,
    check_endpoint_url,
)
from editorial.domain.story import Story
from editorial.domain.workflow import Action
from editorial.storage.endpoint_store import EndpointStore
from editorial.storage.outbox_store import AttemptResult, Claim, OutboxStore
from editorial.storage.workflow_store import WorkflowStore
from editorial.sync.backoff import RetryPolicy
from editorial.sync.bookkeeping import Bookkeeper
from editorial.sync.kinds import TargetFactory, build_target, render_payload
from editorial.sync.target import Delivered, Delivery, Outcome, Refused, Target, TryAgain

# Longer than the longest request can take with the timeouts below, so a lease runs out
# only when its worker has died or hung.
LEASE = dt.timedelta(seconds=120)
TIMEOUT = httpx.Timeout(20.0, connect=5.0, pool=5.0)
_SHORTEST_SLEEP = 0.02
# A waiting worker looks again at least this often: another worker may finish what it
# holds (its lease runs far longer), a desk may approve more.
POLL_SECONDS = 1.0
_GONE = -1  # the status of the outcome that cancels the entries of a removed endpoint
DEFAULT_POLICY = RetryPolicy()


def new_client() -> httpx.Client:
    """One client for a pass: connections kept alive between deliveries, explicit
    timeouts, certificates verified, no redirect followed (a moved endpoint is refused
    visibly rather than posted to somewhere else)."""
    return httpx.Client(
        verify=_tls_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")),
        timeout=TIMEOUT,
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=10,
                            keepalive_expiry=30.0),
        follow_redirects=False,
        headers={"User-Agent": f"Editorial/{__version__}"},
    )  # fmt: skip


@functools.cache
def _tls_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """httpx's own verifying context (certifi's roots, or those the environment names),
    made once a process: reading the roots costs tens of milliseconds, which every pass
    (a handful of stories, say) would pay again for its client. A context may be shared by
    clients and threads; the environment's names are the cache's key."""
    del cert_file, cert_dir  # read by httpx itself, from the environment
    return httpx.create_ssl_context()


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

    def run_once(
        self, stop: Callable[[], bool] = lambda: False, deadline: float | None = None
    ) -> SyncReport:
        """Send everything due now; return when nothing more is (or `stop` says so, or the
        `deadline` on `time.monotonic()`'s clock has passed: a request under way is cut
        short at it)."""
        counts = dict.fromkeys(OutboxState, 0)

        def stopping() -> bool:
            return stop() or (deadline is not None and time.monotonic() >= deadline)

        self._mark_published()
        with self._new_client() as client, Bookkeeper(
            self._outbox, self.name, self._lease, self._render, self._mark_published,
            self._clock,
        ) as books:  # fmt: skip
            targets: dict[str, Target | Outcome] = {}
            base = client.timeout
            if not stopping():
                books.claim_now()
            while (claim := books.next_claim(stopping())) is not None:
                _cut_short_at(client, base, deadline)
                result = self._attempt(claim, client, targets)
                books.sent(claim, result)
                counts[result.state] += 1
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
        go (or `timeout` seconds have passed, a request under way included, or `stop`)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        report = SyncReport()
        while True:
            report = report + self.run_once(stop, deadline)
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

    def _render(
        self, profile: EndpointProfile, action: DeliveryAction, version: int, story: Story
    ) -> str:
        return render_payload(profile, action, version, story, self._style())

    def _attempt(
        self, claim: Claim, client: httpx.Client, targets: dict[str, Target | Outcome]
    ) -> AttemptResult:
        entry = claim.entry
        target = targets.get(entry.endpoint)
        if target is None:
            target = targets[entry.endpoint] = self._target(entry.endpoint, client)
        if isinstance(target, Delivered | TryAgain | Refused):
            if isinstance(target, Refused) and target.status_code == _GONE:
                return AttemptResult(OutboxState.CANCELED, None, target.reason)
            return self._result(claim, target)
        if not claim.payload:
            return self._result(claim, Refused(
                written(NO_PAYLOAD, problem=str(claim.render_problem))))  # fmt: skip
        delivery = Delivery(
            story=lambda: claim.story, action=entry.action,
            published_version=entry.published_version,
            idempotency_key=entry.idempotency_key, remote_id=entry.remote_id,
            maybe_delivered=entry.maybe_delivered, frozen=claim.payload,
        )  # fmt: skip
        try:
            outcome = target.send(delivery)
        except EditorialError as error:
            outcome = Refused(str(error))
        except Exception as error:  # a target's bug: kept on record, tried again later
            outcome = TryAgain(f"the {entry.endpoint} target failed: "
                               f"{type(error).__name__}: {error}"[:300])  # fmt: skip
        return self._result(claim, outcome)

    def _target(self, endpoint: str, client: httpx.Client) -> Target | Outcome:
        """The endpoint's target for this pass (its secret read once a pass), or the
        outcome every entry for it gets: refused for a URL no secret may go to, tried
        again later for a keyring that cannot be used now."""
        profile = self._endpoints.get(endpoint)
        if profile is None:
            return Refused(written(REMOVED), status_code=_GONE)
        try:
            check_endpoint_url(profile.url)
        except BadInput as problem:
            return Refused(f"{problem} Change the endpoint's URL, then resend.")
        try:
            secret = self._secret_for(endpoint)
            return self._targets(profile, secret, client, self._style())
        except EditorialError as problem:  # no keyring, no secret, a kind not built in
            return TryAgain(str(problem))

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

    def _mark_published(self, stories: Collection[int] | None = None) -> None:
        """The publishing side's move: each approved story (of `stories`, or any) whose
        version went out to every endpoint becomes published, all in one transaction (a
        story another worker moved first, or one changed meanwhile, is left as it is)."""
        complete = self._outbox.complete_publications(stories)
        if complete:
            self._workflow.move_each(complete, Action.PUBLISH, None)


def _cut_short_at(client: httpx.Client, base: httpx.Timeout, deadline: float | None) -> None:
    """A request never runs past the deadline of `sync --wait --timeout` (each of its
    waits is cut to the time left; `base` is the client's own timeout)."""
    if deadline is None:
        return
    left = max(0.05, deadline - time.monotonic())

    def cut(wait: float | None) -> float:
        return left if wait is None else min(wait, left)

    client.timeout = httpx.Timeout(connect=cut(base.connect), read=cut(base.read),
                                   write=cut(base.write), pool=cut(base.pool))  # fmt: skip
