"""A bare TCP server on 127.0.0.1 for answers no HTTP server library will write: a byte at
a time, a body that never ends. The test writes the bytes; this accepts the connections."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# What a test does with one connection: read the request, write its answer. `stop` is set
# when the server's block ends, for an answer that would otherwise go on.
Answer = Callable[[socket.socket, threading.Event], None]


@contextmanager
def raw_server(answer: Answer, path: str = "/ninjs") -> Iterator[str]:
    """Serve every connection with `answer`, each on a thread of its own, until the block
    ends; yields the server's URL (with `path`)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:  # the listener closed: the block has ended
                return
            threading.Thread(target=answer, args=(connection, stop), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}{path}"
    finally:
        stop.set()
        listener.close()
