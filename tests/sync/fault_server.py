"""A real ninjs push endpoint on 127.0.0.1 that injects faults: an HTTP/1.1 server (keep-
alive, one thread per connection) that takes items as a careful receiver does (by their
`Idempotency-Key`: a key it already holds is answered 409) and, per request, may instead
answer 500/503/429 with `Retry-After`, close the connection before answering, take the
item and then drop the connection (the ambiguous case), answer slowly, answer garbage or
the wrong content type, or refuse the item.

Every request is recorded (key, body, signature valid or not, what was done), so a test
can say exactly what arrived and how often.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What the server does with one request. "ok" takes the item; the others are faults.
FAULTS = ("ok", "500", "503", "429", "close_before", "accept_then_drop", "slow", "garbage",
          "wrong_type", "422")  # fmt: skip
TRANSIENT_FAULTS = ("500", "503", "429", "close_before", "accept_then_drop", "slow", "garbage",
                    "wrong_type")  # fmt: skip


@dataclass
class Received:
    key: str
    body: bytes
    timestamp: str
    signed: bool  # the signature verifies with the endpoint's secret
    fault: str
    at: float


@dataclass
class FaultServer:
    secret: bytes
    url: str = ""
    # Decides each request's fault from its number (0, 1, ...) and its key.
    plan: Callable[[int, str], str] = lambda _n, _key: "ok"
    slow_seconds: float = 0.5
    retry_after: str = "0"
    requests: list[Received] = field(default_factory=list)
    accepted: dict[str, bytes] = field(default_factory=dict)  # key -> the body it took
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, key: str, body: bytes) -> bool:
        """Keep an item; False when its key was taken before (a duplicate)."""
        with self.lock:
            if key in self.accepted:
                return False
            self.accepted[key] = body
            return True

    def items(self) -> dict[str, dict[str, object]]:
        """The items taken, by key, as JSON."""
        with self.lock:
            return {key: json.loads(body) for key, body in self.accepted.items()}

    def keys_per_version(self) -> dict[tuple[str, str], set[str]]:
        """For each (uri, ninjs version) that arrived, the keys it came under."""
        found: dict[tuple[str, str], set[str]] = {}
        for request in list(self.requests):
            try:
                item = json.loads(request.body)
            except ValueError:
                continue
            found.setdefault((item["uri"], item["version"]), set()).add(request.key)
        return found


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_OPTIONS(self) -> None:
            timestamp = self.headers.get("X-Editorial-Timestamp", "")
            signed = _verifies(server.secret, timestamp, b"", self.headers)
            self._answer(204 if signed else 401, b"", "text/plain")

        def do_POST(self) -> None:
            key = self.headers.get("Idempotency-Key", "")
            with server.lock:
                number = len(server.requests)
            fault = server.plan(number, key)
            if fault == "close_before":  # closes without reading what came, or answering
                self._record(key, b"", fault)
                self._drop()
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if not self._record(key, body, fault):
                self._answer(401, b'{"error": "bad signature"}', "application/json")
                return
            if fault in ("500", "503", "429"):
                self._answer(int(fault), b"<html>busy</html>", "text/html",
                             {"Retry-After": server.retry_after})  # fmt: skip
                return
            if fault == "422":
                self._answer(422, b'{"error": "not an item we take"}', "application/json")
                return
            fresh = server.take(key, body)
            if fault == "accept_then_drop":
                self._drop()
                return
            if fault == "slow":
                time.sleep(server.slow_seconds)
            if not fresh:
                self._answer(409, b'{"error": "have it"}', "application/json")
            elif fault == "garbage":
                self._answer(201, b"\x00\xff{not json", "application/json")
            elif fault == "wrong_type":
                self._answer(200, b"<p>thanks</p>", "text/html")
            else:
                said = {"id": f"remote-{len(server.accepted)}", "link": f"{server.url}/{key}"}
                self._answer(201, json.dumps(said).encode(), "application/json")

        def _record(self, key: str, body: bytes, fault: str) -> bool:
            timestamp = self.headers.get("X-Editorial-Timestamp", "")
            signed = _verifies(server.secret, timestamp, body, self.headers)
            with server.lock:
                server.requests.append(
                    Received(key, body, timestamp, signed, fault, time.monotonic())
                )
            return signed

        def _answer(self, code: int, body: bytes, kind: str,
                    extra: dict[str, str] | None = None) -> None:  # fmt: skip
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _drop(self) -> None:
            self.close_connection = True
            with suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    return Handler


def _verifies(secret: bytes, timestamp: str, body: bytes, headers: Message) -> bool:
    given = headers.get("X-Editorial-Signature", "")
    wanted = "sha256=" + hmac.new(secret, timestamp.encode() + b"." + body,
                                  hashlib.sha256).hexdigest()  # fmt: skip
    return hmac.compare_digest(given, wanted)


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that went away mid-answer is what these tests make happen


@contextmanager
def serving(secret: bytes, port: int = 0, **options: object) -> Iterator[FaultServer]:
    """A fault server on 127.0.0.1:<port> (a free one by default) for the block; `url` is
    where to post."""
    server = FaultServer(secret, **options)  # type: ignore[arg-type]
    http = _Quiet(("127.0.0.1", port), _handler(server))
    server.url = f"http://127.0.0.1:{http.server_address[1]}/ninjs"
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        http.shutdown()
        http.server_close()
        thread.join(timeout=5)
