"""The one interface every publishing target implements (ninjs push, WordPress REST, and
later Ghost or NewsML-G2), so the outbox and its worker never know which kind they feed.

The outbox hands a target one `Delivery` at a time (one version of one story, to one
endpoint) and gets back an `Outcome`; a target never retries by itself and never raises
for what the network or the endpoint does: the worker decides when to try again and keeps
the record. `payload` is exactly what `send` would put on the wire, for the pre-flight view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from editorial.domain.house_style import HouseStyle

# The endpoint and the action are the domain's words (the window and the command line
# read them too); they are part of this interface as before.
from editorial.domain.publishing import DeliveryAction as DeliveryAction
from editorial.domain.publishing import EndpointProfile as EndpointProfile
from editorial.domain.story import Story


class Delivery:
    """One version of one story for one endpoint, as the outbox hands it to a target.

    `story` may be given as the story or as how to read it (the outbox's worker reads it
    from the entry's snapshot only if the target asks: one that sends the frozen payload
    as it is never does)."""

    __slots__ = ("_story", "action", "frozen", "idempotency_key", "maybe_delivered",
                 "published_version", "remote_id")  # fmt: skip

    def __init__(
        self,
        story: Story | Callable[[], Story],  # the text as approved, corrected or killed
        action: DeliveryAction,
        published_version: int,  # 1 for the first publication, +1 for each correction, kill
        idempotency_key: str,  # the same for every retry of this version: "<uri>@<version>"
        remote_id: str = "",  # what the endpoint called this story last time, if it answered
        # The previous attempt may have reached the endpoint without an answer reaching us
        # (sent, then the connection dropped): a target with no idempotency key looks first.
        maybe_delivered: bool = False,
        # The payload frozen for this version (at approval, or at its first attempt): what
        # `send` puts on the wire every time, whatever the house style has become since.
        # Empty: rendered afresh (the pre-flight view of a story not yet approved).
        frozen: str = "",
    ) -> None:
        self._story = story
        self.action = action
        self.published_version = published_version
        self.idempotency_key = idempotency_key
        self.remote_id = remote_id
        self.maybe_delivered = maybe_delivered
        self.frozen = frozen

    @property
    def story(self) -> Story:
        if not isinstance(self._story, Story):
            self._story = self._story()
        return self._story

    def __repr__(self) -> str:
        return (f"Delivery({self.idempotency_key!r}, {self.action.value}, "
                f"version {self.published_version})")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Payload:
    """What a target would send, for a person to read (the pre-flight view)."""

    content_type: str  # "application/json"
    body: str  # the exact body, decoded as text
    fields: dict[str, object] = field(default_factory=dict)  # the same, field by field
    problems: tuple[str, ...] = ()  # e.g. where it fails the ninjs 2.2 schema


@dataclass(frozen=True, slots=True)
class Delivered:
    remote_id: str = ""
    link: str = ""
    status_code: int | None = None  # what the endpoint answered, for the attempt's record
    # What the editor should know beyond "delivered": e.g. the WordPress post had been
    # deleted on the site, so the correction published it again under a new id.
    note: str = ""


@dataclass(frozen=True, slots=True)
class TryAgain:
    """A transient failure: 408, 425, 429, 5xx, a timeout, a refused or dropped
    connection. `after` is the endpoint's Retry-After, when it gave one."""

    reason: str
    after: dt.timedelta | None = None
    maybe_delivered: bool = False  # the request went out and no answer came back
    status_code: int | None = None  # None: no answer at all (timeout, dropped connection)


@dataclass(frozen=True, slots=True)
class Refused:
    """A permanent failure (another 4xx, a payload the endpoint rejects): the entry waits
    for a person to resend it."""

    reason: str
    status_code: int | None = None


Outcome = Delivered | TryAgain | Refused


class Target(Protocol):
    """One kind of endpoint. Built with the endpoint's profile and its secret (from the
    keyring, never stored) and an `httpx.Client` shared by the worker. `render` (a static
    method: it needs no secret and no connection) makes the text frozen as the delivery's
    `frozen`: the body itself, or whatever part of it the house style shapes."""

    kind: ClassVar[str]

    @staticmethod
    def render(profile: EndpointProfile, delivery: Delivery, style: HouseStyle) -> str: ...

    def payload(self, delivery: Delivery) -> Payload: ...

    def send(self, delivery: Delivery) -> Outcome: ...

    def check_connection(self) -> str:
        """A line saying the endpoint answers and accepts the credentials; raises
        an `EditorialError` (domain/errors.py) with a clear message otherwise."""
        ...
