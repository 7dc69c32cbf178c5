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
from tests.time_limit import within as time_limit


@contextmanager
def endless_answer(status: str) -> Iterator[str]:
    """A server on loopback that answers every request with `status` and a chunked body
    that goes on until the client hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def answer(connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            connection.sendall(f"HTTP/1.1 {status}\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
            try:
                while not stop.is_set():
                    connection.sendall(b"1000\r\n" + b"x" * 4096 + b"\r\n")
            except OSError:
                pass  # the client has gone: what the test wants

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=answer, args=(connection,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/ninjs"
    finally:
        stop.set()
        listener.close()


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
