"""Real HTTP servers on 127.0.0.1 for the sync tests: `ScriptedServer` answers what a test
scripts (garbage, 5xx, Retry-After, a dropped connection, a slow answer), and
`DroppingProxy` stands in front of a real server, forwarding every request and dropping
the connection, instead of answering, for the ones a test picks (the ambiguous failure)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx

DROP = "drop"  # close the connection without a word


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)

    @classmethod
    def json(cls, status: int, text: str, **headers: str) -> Answer:
        return cls(status, text, {"Content-Type": "application/json; charset=UTF-8", **headers})


Reply = Answer | str  # or DROP
Responder = Callable[[Seen], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    responder: Responder
    seen: list[Seen]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx uses it

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the tests assert on `seen`

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        seen = Seen(
            self.command,
            self.path,
            {key.lower(): value for key, value in self.headers.items()},
            self.rfile.read(length) if length else b"",
        )
        self.server.seen.append(seen)
        reply = self.server.responder(seen)
        if reply == DROP or not isinstance(reply, Answer):
            self.close_connection = True
            return
        if reply.delay:
            time.sleep(reply.delay)
        body = reply.body.encode() if isinstance(reply.body, str) else reply.body
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up waiting (a timeout test)
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _handle


@contextmanager
def serving(responder: Responder) -> Iterator[tuple[str, list[Seen]]]:
    """A server on 127.0.0.1 answering with `responder`: its base URL and what it saw."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.responder = responder
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def dropping_proxy(upstream: str, drop: Callable[[Seen], bool]) -> Iterator[tuple[str, list[Seen]]]:
    """A proxy to `upstream` that forwards every request and waits for upstream's answer,
    then drops the connection instead of passing that answer on when `drop` says so."""
    upstream_host = urlsplit(upstream).netloc
    client = httpx.Client(base_url=upstream, timeout=30)

    def forward(seen: Seen) -> Reply:
        headers = {
            key: value
            for key, value in seen.headers.items()
            if key not in ("host", "content-length", "connection", "accept-encoding")
        }
        headers["host"] = upstream_host
        answer = client.request(seen.method, seen.path, headers=headers, content=seen.body)
        if drop(seen):
            return DROP
        kept = {
            key: value
            for key, value in answer.headers.items()
            if key.lower()
            not in (
                "content-length",
                "transfer-encoding",
                "connection",
                "content-encoding",
                "keep-alive",
            )
        }
        return Answer(answer.status_code, answer.content, kept)

    try:
        with serving(forward) as (url, seen):
            yield url, seen
    finally:
        client.close()
