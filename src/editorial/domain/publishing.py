"""Publishing as plain values: the endpoints a desk sends to, the outbox's entries (one
version of one story for one endpoint) and the attempts made to deliver them.

These are the words the window and the command line read (they may not import `sync/` or
`storage/`); `sync/target.py` re-exports `EndpointProfile` and `DeliveryAction` as part of
the targets' interface. What an endpoint URL may be is checked here too: plain `http://`
only to this machine, `https://` anywhere else.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from editorial.domain.errors import BadInput

# The kinds of endpoint Editorial can send to (`sync/kinds.py` builds each).
ENDPOINT_KINDS = ("ninjs-push", "wordpress")


class DeliveryAction(StrEnum):
    """What one outbox entry asks of the endpoint."""

    PUBLISH = "publish"  # first time out (ninjs pubstatus usable; WordPress create)
    CORRECT = "correct"  # a new version of the same uri (WordPress: update in place)
    KILL = "kill"  # withdrawn (ninjs pubstatus canceled; WordPress: trash or draft)


@dataclass(frozen=True, slots=True)
class EndpointProfile:
    """A publishing endpoint as the library keeps it: never its secret, which lives in
    the system keyring under the endpoint's name."""

    name: str
    kind: str  # a Target.kind: "ninjs-push", "wordpress"
    url: str
    user: str = ""
    enabled: bool = True
    publish_on_approval: bool = True
    kill_to_draft: bool = False  # WordPress: a kill moves the post to draft, not the trash


class OutboxState(StrEnum):
    QUEUED = "queued"  # waiting its turn (or its embargo)
    SENDING = "sending"  # a worker holds it (a lease) and is sending it now
    DELIVERED = "delivered"  # the endpoint took it
    RETRYING = "retrying"  # a transient failure; tried again at `next_try_at`
    FAILED = "failed"  # refused by the endpoint: waits for a person to resend it
    CANCELED = "canceled"  # never to be sent (killed before it went out, superseded)


# States an entry leaves only by a person (resend) or never.
SETTLED = frozenset({OutboxState.DELIVERED, OutboxState.CANCELED})
# States the worker still has work for (failed waits for a person).
PENDING = frozenset({OutboxState.QUEUED, OutboxState.SENDING, OutboxState.RETRYING})


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One version of one story for one endpoint, and where it stands."""

    id: int
    story_id: int
    story_uri: str
    headline: str
    endpoint: str
    action: DeliveryAction
    published_version: int
    idempotency_key: str
    state: OutboxState
    attempts: int
    created_at: dt.datetime
    updated_at: dt.datetime
    next_try_at: dt.datetime | None = None
    not_before: dt.datetime | None = None  # the story's embargo
    remote_id: str = ""
    link: str = ""
    last_reason: str = ""
    maybe_delivered: bool = False  # an attempt went out and no answer came back


@dataclass(frozen=True, slots=True)
class DeliveryAttempt:
    """One try at delivering an entry: when, what the endpoint answered (None: no answer
    at all), why in a few words, and when the next try is due (None: no next try)."""

    entry_id: int
    at: dt.datetime
    status_code: int | None
    reason: str
    next_try_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class EndpointStatus:
    """How an endpoint stands, for the status bar's light: how many entries wait for it,
    and what its last attempt got (None: never tried)."""

    endpoint: str
    enabled: bool
    waiting: int
    failed: int
    last_attempt: DeliveryAttempt | None = None

    @property
    def online(self) -> bool | None:
        """True when it answered last time (anything but a 5xx), False when it did not
        answer or answered 5xx, None when nothing was tried yet."""
        if self.last_attempt is None:
            return None
        code = self.last_attempt.status_code
        return code is not None and code < 500


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a pass of the outbox's worker (or a wait) did, and what is left."""

    delivered: int = 0
    retrying: int = 0
    failed: int = 0
    pending: int = 0  # still to go (queued, being sent elsewhere, waiting to retry)
    next_due: dt.datetime | None = None

    def __add__(self, later: SyncReport) -> SyncReport:
        return SyncReport(
            self.delivered + later.delivered, self.retrying + later.retrying,
            self.failed + later.failed, later.pending, later.next_due,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Preflight:
    """What one endpoint would receive for a story (the pre-flight view): the exact body,
    the problems found in it (ninjs: where it fails the 2.2 schema), and what changed
    since the version that endpoint last took (a unified diff; empty when it never took
    one). `entry`: the queued entry this is for, None for a story not yet approved."""

    endpoint: str
    kind: str
    content_type: str
    body: str
    problems: tuple[str, ...] = ()
    diff: str = ""
    last_delivered_version: int | None = None
    entry: OutboxEntry | None = None
    # For a person to read: the payload laid out (indented JSON, or the WordPress fields),
    # and the version last delivered laid out the same way (empty when none), so a word
    # diff between them shows what the endpoint will see change.
    shown: str = ""
    delivered: str = ""


def idempotency_key(uri: str, published_version: int) -> str:
    """The same for every retry of one version of one story."""
    return f"{uri}@{published_version}"


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def check_endpoint_url(url: str) -> str:
    """The URL, stripped, when an endpoint may have it; `BadInput` saying why not. Plain
    `http://` only to a loopback address (a secret never crosses a network in clear)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - a port that is no number raises here
    except ValueError as error:
        raise BadInput(f"{text!r} is not a URL an endpoint can have ({error}).") from None
    if parts.scheme not in ("http", "https") or not host:
        raise BadInput(f"{text!r} is not an http:// or https:// URL with a host name.")
    if parts.username or parts.password:
        raise BadInput("Put no user name or password in the URL: give --user, and the secret "
                       "on standard input (it goes to the system keyring).")  # fmt: skip
    if parts.scheme == "http" and not is_loopback(host):
        raise BadInput(
            f"Plain http:// is accepted only for this machine (127.0.0.1, ::1, localhost); "
            f"use https:// for {host}."
        )
    return text


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
