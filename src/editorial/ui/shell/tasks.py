"""Work off the GUI thread, results back on it (as Anki's CollectionOp and QueryOp).

A task is a plain function plus what to do with its result or its error. Tasks run on
lanes: one worker thread each, running its tasks in the order given.

- The database lane runs every call into the library and the editing service. A
  `Library` is not thread-safe, and one lane also keeps the order the editor expects:
  a save queued before a load is written before that load reads.
- The render lane turns stories into HTML for the preview. A newer render of the same
  pane replaces one still waiting (`key`), so typing never builds a queue of stale work.
- The checks lane runs the story's checks (spelling, style, structure) as the editor
  types; like renders, a newer check with the same key replaces a waiting one. Checks
  read no library: what they need from it is loaded on the database lane first.

Callbacks always run on the GUI thread: the lane emits a signal on an object that lives
there, and Qt queues the call across threads. A task given a `receiver` (the widget its
callbacks update) is dropped unseen when that object has been deleted by the time its
result arrives: a popup closed or a window torn down meanwhile is never touched.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from editorial.app_log import logger
from editorial.domain.errors import EditorialError

T = TypeVar("T")


class Task(Generic[T]):
    """One piece of background work. `key`: a newer task with the same key replaces this
    one while it is still waiting (its callbacks are then never called). A plain class:
    as a dataclass its `__init__` was compiled as the window started (some 2 M
    instructions of a cold start)."""

    def __init__(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        key: str | None = None,
        label: str = "",
        receiver: QObject | None = None,
    ) -> None:
        self.work = work
        self.on_success = on_success
        self.on_failure = on_failure
        self.key = key
        self.label = label
        self.receiver = receiver

    def __repr__(self) -> str:
        return f"Task(label={self.label!r}, key={self.key!r})"

    @property
    def receiver_gone(self) -> bool:
        return self.receiver is not None and not shiboken6.isValid(self.receiver)


class _Relay(QObject):
    """Lives on the GUI thread; lanes emit on it so that delivery is queued there."""

    done = Signal(object, object, object)  # task, result, error


class Lane(QThread):
    """A worker thread that runs its tasks one at a time, in order."""

    def __init__(self, name: str, relay: _Relay) -> None:
        super().__init__()
        self.setObjectName(name)
        self._relay = relay
        self._queue: deque[Task[Any]] = deque()
        self._condition = threading.Condition()
        self._stopping = False

    def submit(self, task: Task[Any]) -> list[Task[Any]]:
        """Queue a task; returns the waiting tasks it replaced (see `Task.key`)."""
        with self._condition:
            if self._stopping:
                raise RuntimeError(f"the {self.objectName()} lane has stopped")
            dropped: list[Task[Any]] = []
            if task.key is not None:
                dropped = [waiting for waiting in self._queue if waiting.key == task.key]
                for waiting in dropped:
                    self._queue.remove(waiting)
            self._queue.append(task)
            self._condition.notify()
        if not self.isRunning():
            self.start()
        return dropped

    def stop(self) -> None:
        """Run what is queued, then end the thread (`wait()` for it)."""
        with self._condition:
            self._stopping = True
            self._condition.notify()

    def run(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._stopping:
                    self._condition.wait()
                if not self._queue:
                    return
                task = self._queue.popleft()
            result: Any = None
            error: Exception | None = None
            try:
                result = task.work()
            except Exception as caught:  # handed to the task's failure callback
                error = caught
            self._relay.done.emit(task, result, error)


class TaskRunner(QObject):
    """The window's one way to run work in the background.

    `failed` is emitted for errors of tasks that have no failure callback of their own,
    so that no error passes silently.
    """

    failed = Signal(object, object)  # task, error
    idle = Signal()  # every submitted task has been delivered

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self.database_lane = Lane("editorial-database", self._relay)
        self.render_lane = Lane("editorial-render", self._relay)
        self.checks_lane = Lane("editorial-checks", self._relay)
        self._outstanding = 0
        self._closed = False

    @property
    def is_idle(self) -> bool:
        return self._outstanding == 0

    @property
    def is_closed(self) -> bool:
        return self._closed

    def database(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        label: str = "",
        receiver: QObject | None = None,
    ) -> Task[T]:
        """Run `work` on the database lane, after every database task queued before it."""
        task = Task(work, on_success, on_failure, None, label, receiver)
        return self.submit(self.database_lane, task)

    def render(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        key: str | None = None,
        receiver: QObject | None = None,
    ) -> Task[T]:
        """Run `work` on the render lane; a waiting task with the same key is dropped."""
        task = Task(work, on_success, on_failure, key, "render", receiver)
        return self.submit(self.render_lane, task)

    def checks(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        key: str | None = None,
        receiver: QObject | None = None,
    ) -> Task[T]:
        """Run `work` on the checks lane; a waiting task with the same key is dropped."""
        task = Task(work, on_success, on_failure, key, "checks", receiver)
        return self.submit(self.checks_lane, task)

    def submit(self, lane: Lane, task: Task[T]) -> Task[T]:
        if self._closed:
            raise RuntimeError("the task runner has shut down")
        dropped = lane.submit(task)
        self._outstanding += 1 - len(dropped)
        return task

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Let the lanes finish what is queued and end their threads; True when they did
        within the timeout. Results still on their way are dropped: nothing is left to
        show them."""
        if self._closed:
            return True
        self._closed = True
        finished = True
        lanes = (self.database_lane, self.render_lane, self.checks_lane)
        for lane in lanes:
            lane.stop()
        for lane in lanes:
            if lane.isRunning():
                finished = lane.wait(timeout_ms) and finished
        return finished

    def _deliver(self, task: Task[Any], result: Any, error: Exception | None) -> None:
        self._outstanding -= 1
        if self._closed:
            return
        try:
            if task.receiver_gone:
                return  # nothing is left to show the result (or the error) in
            if error is not None:
                _log_failure(task, error)
            if error is None:
                if task.on_success is not None:
                    task.on_success(result)
            elif task.on_failure is not None:
                task.on_failure(error)
            else:
                self.failed.emit(task, error)
        finally:
            if self._outstanding == 0:
                self.idle.emit()


def _log_failure(task: Task[Any], error: Exception) -> None:
    """A task's error goes to the log: an expected one (the library's, a file's) in a
    line, anything else with its traceback, for the bug report."""
    name = task.label or "task"
    if isinstance(error, EditorialError | OSError):
        logger.warning("%s failed: %s: %s", name, type(error).__name__, error)
    else:
        logger.error("%s failed unexpectedly", name, exc_info=error)
