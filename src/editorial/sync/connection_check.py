"""Testing an endpoint's connection ends within an overall deadline.

httpx's timeouts bound each wait on the network (a connect, one read, one write), not a
request: an endpoint that answers a byte at a time, each within the read timeout, holds
`editorial endpoint test` (or the settings page's Test) for as long as it likes. The test
runs with a watchdog instead: at the deadline it shuts the sockets of the check's
connections down, which wakes any read under way at once, and the check says in one line
that the endpoint did not finish answering in time.

The sockets are found through httpcore's `trace` extension (each connection reports its
stream when it is made), set on every request by an httpx event hook: public interfaces
of both, so nothing of the transport is replaced.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from editorial.domain.delivery_reasons import ANSWER_TOO_SLOW
from editorial.domain.delivery_reasons import reason as written
from editorial.domain.errors import BadInput, EditorialError
from editorial.domain.publishing import EndpointProfile

# Longer than one read may wait (the worker's TIMEOUT: 20 s), so an endpoint that is
# silent is still told as such; one that drips its answer is cut here.
CHECK_DEADLINE = 25.0  # seconds, for the whole test: every request, connect to last byte
_CONNECTED = ("connection.connect_tcp.complete", "connection.start_tls.complete",
              "connection.connect_unix_socket.complete")  # fmt: skip


class _Watchdog:
    """The streams of a check's connections, shut down when its time is up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._streams: list[Any] = []
        self.expired = False

    def watch(self, request: httpx.Request) -> None:
        """An httpx request hook: have the request's connection report its stream."""
        request.extensions = {**request.extensions, "trace": self._trace}

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event not in _CONNECTED:
            return
        stream = info.get("return_value")
        with self._lock:
            self._streams.append(stream)
            late = self.expired
        if late:  # a connection made after the deadline
            _shut(stream)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            streams = list(self._streams)
        for stream in streams:
            _shut(stream)


def _shut(stream: Any) -> None:
    """Shut the stream's socket down (not close it: the reader still holds it), so a
    read blocked on it returns at once; httpx then ends the request with an error."""
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # closed already
            sock.shutdown(socket.SHUT_RDWR)


def check_within(
    profile: EndpointProfile, client: httpx.Client, check: Callable[[], str],
    deadline: float = CHECK_DEADLINE,
) -> str:  # fmt: skip
    """`check()` (a target's `check_connection` on `client`), ended after `deadline`
    seconds with a `BadInput` saying the endpoint was too slow to answer."""
    watchdog = _Watchdog()
    hooks = client.event_hooks
    client.event_hooks = {**hooks, "request": [*hooks.get("request", []), watchdog.watch]}
    timer = threading.Timer(deadline, watchdog.expire)
    timer.daemon = True
    timer.start()
    try:
        line = check()
    except (EditorialError, httpx.HTTPError):
        if not watchdog.expired:
            raise
        line = ""
    finally:
        timer.cancel()
        client.event_hooks = hooks
    if watchdog.expired and not line:
        slow = written(ANSWER_TOO_SLOW, name=profile.name, url=profile.url,
                       seconds=f"{deadline:g}")  # fmt: skip
        raise BadInput.saying(slow.message) from None
    return line
