"""Reading a stream of stories on a thread of its own while the library writes the ones
read before: a bulk import's two halves overlap instead of taking turns.

Reading a story (JSON, HTML to Markdown, the dateline) is Python work; writing it is
mostly the database's (SQLite's FTS5 indexing runs with the GIL released, PostgreSQL's
tsvector on the server while the client waits). Taking turns, each waits for the other;
overlapped, an import takes about as long as the longer half. At most `ahead` stories
are held read and not yet written, so memory stays bounded whatever the stream's size.
Whatever the reader raises is raised where the stories are taken, in order, so an error
late in a file still undoes the whole file; a writer that stops early stops the reader
before the stream's file is closed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_WAIT_SECONDS = 0.1  # how often a blocked reader looks whether it was told to stop


class _End:
    """The reader's last message: the stream ended, or it raised `error`."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class ReadAhead(Generic[T]):
    """Iterate over `items` on a reader thread, at most `ahead` items in advance.
    Use as a context manager: leaving it stops and joins the reader."""

    def __init__(self, items: Iterable[T], ahead: int) -> None:
        self._items = items
        self._queue: queue.Queue[T | _End] = queue.Queue(maxsize=max(1, ahead))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="editorial-read-ahead",
                                        daemon=True)  # fmt: skip

    def __enter__(self) -> Iterator[T]:
        self._thread.start()
        return self._taken()

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _read(self) -> None:
        end = _End()
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as error:  # handed over: raised in the writer's thread
            end = _End(error)
        self._put(end)

    def _put(self, message: T | _End) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(message, timeout=_WAIT_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def _taken(self) -> Iterator[T]:
        while True:
            message = self._queue.get()
            if isinstance(message, _End):
                if message.error is not None:
                    raise message.error
                return
            yield message
