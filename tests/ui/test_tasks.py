"""The task runner: one database lane in order, a render lane that drops superseded work,
results back on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from editorial.ui.shell.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_database_tasks_run_in_order_on_one_worker_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    ran: list[tuple[int, int]] = []
    delivered: list[tuple[int, bool]] = []

    def work(number: int) -> int:
        time.sleep(0.002 * (number % 3))  # uneven durations must not reorder anything
        ran.append((number, threading.get_ident()))
        return number

    for number in range(20):
        runner.database(
            lambda n=number: work(n),
            lambda result: delivered.append(
                (result, threading.current_thread() is threading.main_thread())
            ),
        )
    qtbot.waitUntil(lambda: runner.is_idle)
    assert [number for number, _ in ran] == list(range(20))
    threads = {ident for _, ident in ran}
    assert len(threads) == 1 and threading.main_thread().ident not in threads
    assert delivered == [(number, True) for number in range(20)]  # on the GUI thread


def test_failures_go_to_the_callback_or_the_failed_signal(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def boom() -> None:
        raise ValueError("disk on fire")

    runner.database(boom, on_failure=errors.append)
    qtbot.waitUntil(lambda: runner.is_idle)
    assert [str(error) for error in errors] == ["disk on fire"]

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.database(boom)
    assert str(blocker.args[1]) == "disk on fire"


def test_a_newer_render_replaces_one_still_waiting(runner: TaskRunner, qtbot: QtBot) -> None:
    gate = threading.Event()
    shown: list[str] = []
    runner.render(gate.wait, key="other")  # keeps the lane busy while renders queue up
    for text in ("a", "ab", "abc", "abcd"):
        runner.render(lambda t=text: t.upper(), shown.append, key="preview")
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle)
    assert shown == ["ABCD"]


def test_render_and_database_lanes_do_not_wait_for_each_other(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    gate = threading.Event()
    saved: list[str] = []
    runner.render(gate.wait)
    runner.database(lambda: "saved", saved.append)
    qtbot.waitUntil(lambda: saved == ["saved"])
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle)


def test_shutdown_finishes_queued_work_then_refuses_more(runner: TaskRunner) -> None:
    done: list[int] = []
    for number in range(5):
        runner.database(lambda n=number: done.append(n))
    assert runner.shutdown()
    assert done == [0, 1, 2, 3, 4]
    assert not runner.database_lane.isRunning()
    with pytest.raises(RuntimeError):
        runner.database(lambda: None)


def test_a_task_whose_receiver_is_gone_is_dropped_unseen(runner: TaskRunner, qtbot: QtBot) -> None:
    """A popup or window deleted while its work ran hears nothing: neither its callbacks
    nor the runner's `failed` (nothing is left to show an error in), and the runner still
    comes back to idle."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    release = threading.Event()
    heard: list[object] = []
    runner.failed.connect(lambda _task, error: heard.append(error))
    receiver = QObject()
    kept = QObject()

    def slow(result: object) -> object:
        release.wait(5)
        if isinstance(result, Exception):
            raise result
        return result

    runner.database(lambda: slow("gone"), heard.append, receiver=receiver)
    runner.database(lambda: slow(RuntimeError("also gone")), receiver=receiver)
    runner.database(lambda: slow("kept"), heard.append, receiver=kept)
    receiver.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    release.set()
    qtbot.waitUntil(lambda: runner.is_idle, timeout=5000)
    assert heard == ["kept"]
