"""Testing an endpoint's connection has an overall deadline: an endpoint that answers a
byte at a time (each byte well within httpx's read timeout, so no timeout ever fires)
is cut at the deadline with a one-line message, and its connection is shut, not left
dripping. Against a real server on loopback, for both kinds of endpoint."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from editorial.domain.errors import BadInput
from editorial.domain.publishing import EndpointProfile
from editorial.services.publishing import PublishingService
from editorial.services.styles import StyleBook
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.sync.connection_check import CHECK_DEADLINE
from tests.sync.fault_server import serving
from tests.sync.raw_server import raw_server

DRIP_EVERY = 0.05  # seconds between bytes
HEADERS_THEN_BODY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
)


class Dripping:
    """What the server saw: whether the client hung up on the drip (and when)."""

    def __init__(self) -> None:
        self.cut_at: float | None = None
        self.done = threading.Event()


@contextmanager
def dripping_server(in_headers: bool) -> Iterator[tuple[str, Dripping]]:
    """A server on loopback that answers every request a byte at a time: its status line
    and headers (`in_headers`), or its headers at once and then the body."""
    seen = Dripping()

    def answer(connection: socket.socket, stop: threading.Event) -> None:
        with connection:
            connection.recv(65536)
            start = b"" if in_headers else HEADERS_THEN_BODY
            try:
                connection.sendall(start)
                drip = HEADERS_THEN_BODY if in_headers else b"{" + b" " * 99_999
                for byte in drip:
                    if stop.is_set():
                        return
                    connection.sendall(bytes([byte]))
                    time.sleep(DRIP_EVERY)
            except OSError:
                seen.cut_at = time.monotonic()  # the client shut the connection
            finally:
                seen.done.set()

    with raw_server(answer) as url:
        yield url, seen


@pytest.fixture
def publishing(tmp_path: Path) -> Iterator[PublishingService]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield PublishingService(library, PreferencesHolder(Preferences()), StyleBook())


@pytest.mark.parametrize("kind", ["ninjs-push", "wordpress"])
@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_a_dripping_endpoint_is_cut_at_the_deadline(
    publishing: PublishingService, kind: str, in_headers: bool
) -> None:
    with dripping_server(in_headers) as (url, seen):
        profile = EndpointProfile("wire", kind, url, user="editor" if kind == "wordpress" else "")
        began = time.monotonic()
        with pytest.raises(BadInput) as refused:
            publishing.check_connection(profile, "app pass 1234", deadline=1.0)
        took = time.monotonic() - began
        assert seen.done.wait(5), "the dripping connection was left open"
    message = str(refused.value)
    assert message == f"wire: {url} did not finish answering within 1 seconds."
    assert "\n" not in message
    assert 1.0 <= took < 4.0, took  # cut at the deadline, not at the drip's end (~5 s)
    assert seen.cut_at is not None and seen.cut_at - began < 4.0


def test_an_endpoint_that_answers_is_not_held_to_the_deadline(
    publishing: PublishingService,
) -> None:
    with serving(b"app pass 1234") as server:
        profile = EndpointProfile("wire", "ninjs-push", server.url)
        line = publishing.check_connection(profile, "app pass 1234", deadline=1.0)
    assert line.startswith(f"wire: {server.url} answers (")
    # The watchdog is stopped with the check, not left to fire on nothing later.
    for thread in threading.enumerate():
        if isinstance(thread, threading.Timer):
            thread.join(timeout=2)
            assert not thread.is_alive()


def test_the_deadline_outlasts_one_read_timeout() -> None:
    from editorial.sync.worker import TIMEOUT

    # A silent endpoint is still told as silent (a read timeout), one that drips is cut.
    assert TIMEOUT.read is not None and TIMEOUT.read < CHECK_DEADLINE <= 30
