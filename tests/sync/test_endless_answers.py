"""An endpoint whose answer never ends (an endless chunked body, a misconfigured proxy
streaming a file): testing the connection reads at most `ANSWER_LIMIT` of it and answers,
as a delivery does, never waiting for the end or holding it all in memory."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from editorial.domain.errors import BadInput
from editorial.domain.publishing import EndpointProfile
from editorial.sync.ninjs_push import NinjsPushTarget
from tests.sync.raw_server import raw_server
from tests.time_limit import within as time_limit


@contextmanager
def endless_answer(status: str) -> Iterator[str]:
    """A server on loopback that answers every request with `status` and a chunked body
    that goes on until the client hangs up."""

    def answer(connection: socket.socket, stop: threading.Event) -> None:
        with connection:
            connection.recv(65536)
            connection.sendall(f"HTTP/1.1 {status}\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
            try:
                while not stop.is_set():
                    connection.sendall(b"1000\r\n" + b"x" * 4096 + b"\r\n")
            except OSError:
                pass  # the client has gone: what the test wants

    with raw_server(answer) as url:
        yield url


def test_testing_an_endpoint_with_an_endless_answer_ends() -> None:
    for status, said in (("204 No Content", "answers (204"), ("503 Busy", "answered 503")):
        with endless_answer(status) as url, httpx.Client(timeout=10) as client:
            target = NinjsPushTarget(EndpointProfile("wire", "ninjs-push", url), "s", client)
            try:
                with time_limit(20):
                    line = target.check_connection()
            except BadInput as refused:  # the 503, saying what it answered
                line = str(refused)
            assert said in line
