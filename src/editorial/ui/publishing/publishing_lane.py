"""The outbox's worker while the window is open: a thread of its own (never the GUI
thread, never the database lane: a hanging endpoint holds up nothing the editor does).

It sends what is due, sleeps until the next try is due (or a few seconds, to notice what
another window or the command line queued), and wakes at once when told to (an approval
in this window, a resend). Each pass that moved something is reported back on the GUI
thread (`passed`). Stopping is prompt: the worker is asked to stop between deliveries,
and a request still hanging on an endpoint is not waited for beyond a moment (the thread
is a daemon; the entry's lease lets the next worker take it over, with the same key).

Network work the editor asks for (Test Connection) runs on a thread of its own too
(`run_off_gui`), so it never waits behind a delivery.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.services.outbox_sender import OutboxSender, SentPass

T = TypeVar("T")
# Between passes with nothing due, a look every few seconds: other processes may queue.
IDLE_POLL_SECONDS = 3.0
SHORTEST_SLEEP = 0.05
# How long quitting waits for a delivery under way before leaving it to its lease.
STOP_WAIT_SECONDS = 1.5


class PublishingLane(QObject):
    """`passed(SentPass)`: a pass sent something (or failed to); `failed(str)`: the pass
    itself could not run (the library went away), tried again after the idle poll."""

    passed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.passes = 0  # for tests: passes run so far

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, open_sender: Callable[[], OutboxSender]) -> None:
        """Start the worker; `open_sender` runs on its thread (it opens its connection)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, args=(open_sender,), name="editorial-publishing", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        """Look at the outbox now (something was approved, resent or queued by hand)."""
        self._wake.set()

    def stop(self, wait: float = STOP_WAIT_SECONDS) -> bool:
        """Ask the worker to stop; True when it ended within `wait` seconds."""
        self._stopping.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(wait)
        return not thread.is_alive()

    def _run(self, open_sender: Callable[[], OutboxSender]) -> None:
        try:
            sender = open_sender()
        except Exception as error:  # no library connection: said once, nothing sent
            self._emit(
                self.failed, self.tr("Publishing is not running: {error}").format(
                    error=error_text(error)
                )
            )
            return
        try:
            # The window may go without a word (its runner shut down directly, the lane
            # deleted with it): then the worker ends too.
            while not self._stopping.is_set() and shiboken6.isValid(self):
                self._wake.clear()
                wait = IDLE_POLL_SECONDS
                try:
                    sent = sender.run_once(self._stopping.is_set)
                except Exception as error:
                    said = self.tr("Publishing stopped for a moment: {error}")
                    self._emit(self.failed, said.format(error=error_text(error)))
                else:
                    self.passes += 1
                    self._emit(self.passed, sent)
                    wait = _sleep_for(sent)
                self._wake.wait(wait)
        finally:
            sender.close()

    def _emit(self, signal: Any, value: object) -> None:
        # Queued to the GUI thread; nothing to tell once the window is gone.
        if not self._stopping.is_set() and shiboken6.isValid(self):
            signal.emit(value)


def _sleep_for(sent: SentPass) -> float:
    import datetime as dt

    due = sent.report.next_due
    if due is None:
        return IDLE_POLL_SECONDS
    seconds = (due - dt.datetime.now(dt.UTC)).total_seconds()
    return min(max(SHORTEST_SLEEP, seconds), IDLE_POLL_SECONDS)


class _Relay(QObject):
    """Lives on the GUI thread: the thread emits on it, Qt queues the call here."""

    done = Signal(object, object)  # result, error

    def __init__(
        self, owner: QObject, on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:  # fmt: skip
        super().__init__(owner)
        self._on_success = on_success
        self._on_failure = on_failure
        self.done.connect(self._deliver)

    def _deliver(self, result: object, error: object) -> None:
        self.deleteLater()
        if isinstance(error, Exception):
            self._on_failure(error)
        else:
            self._on_success(result)


def run_off_gui(
    owner: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None],
) -> None:
    """Run `work` on a thread of its own (network work the editor waits for: it never
    queues behind the database or a delivery); the callbacks run on the GUI thread,
    unless `owner` is gone by then."""
    relay = _Relay(owner, on_success, on_failure)

    def run() -> None:
        result: object = None
        error: Exception | None = None
        try:
            result = work()
        except Exception as caught:
            error = caught
        if shiboken6.isValid(relay):
            relay.done.emit(result, error)

    threading.Thread(target=run, name="editorial-network", daemon=True).start()
