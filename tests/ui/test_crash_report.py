"""An unexpected error shows a dialog with a copyable report, goes to the log with its
traceback, and the window goes on working."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from editorial import __version__
from editorial.app_log import log_path, setup_logging, stop_logging
from editorial.ui.shell.app import application
from editorial.ui.shell.crash_report import CrashReporter, install_crash_reporter
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter is what catches them here


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[CrashReporter]:
    setup_logging()
    reporter = install_crash_reporter(application())
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.reject()
    stop_logging()


def failing_button(qtbot: QtBot, message: str) -> QPushButton:
    button = QPushButton("Fail")
    qtbot.addWidget(button)

    def fail() -> None:
        raise RuntimeError(message)

    button.clicked.connect(fail)
    button.show()
    return button


def test_an_error_in_a_slot_shows_a_copyable_report_and_is_logged(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    button = failing_button(qtbot, "the slot broke")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    report = dialog.report.toPlainText()
    assert f"Editorial {__version__}" in report
    assert "Qt 6." in report and "PySide6 6." in report and "Platform: " in report
    assert "Traceback (most recent call last)" in report
    assert "RuntimeError: the slot broke" in report
    assert "in fail" in report  # the frame where it happened
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report

    # A second error joins the same dialog; the button still answers.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.reports) == 2)
    assert reporter.dialog is dialog

    logged = log_path().read_text(encoding="utf-8")
    assert "unexpected error" in logged and "RuntimeError: the slot broke" in logged
    assert log_path().is_relative_to(Path(__import__("os").environ["XDG_STATE_HOME"]))


def test_an_error_in_a_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise ValueError("the thread broke")

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert "ValueError: the thread broke" in reporter.dialog.report.toPlainText()


def test_the_window_stays_usable_after_an_error_in_one_of_its_slots(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, reporter: CrashReporter
) -> None:
    window = make_window(library_path)

    def broken_extra() -> None:
        raise KeyError("a slot that is not the window's own")

    window.commands.new_story.triggered.connect(broken_extra)
    story_id = new_story(qtbot, window)  # the window's own slot ran; the error is shown
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "KeyError" in reporter.dialog.report.toPlainText()  # type: ignore[union-attr]
    reporter.dialog.reject()  # type: ignore[union-attr]
    qtbot.keyClicks(window.editor.headline, "Still typing")
    wait_idle(qtbot, window)
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: not window.session.has_unsaved_text)
    assert window.session.story_id == story_id


def test_a_failed_task_is_logged_with_its_traceback(qtbot: QtBot, qapp: QApplication) -> None:
    from editorial.ui.shell.tasks import TaskRunner

    setup_logging()
    runner = TaskRunner()
    errors: list[Exception] = []

    def work() -> None:
        raise ZeroDivisionError("lane arithmetic")

    try:
        runner.database(work, None, errors.append, label="divide")
        qtbot.waitUntil(lambda: bool(errors))
        logging.getLogger("editorial").handlers[0].flush()
        logged = log_path().read_text(encoding="utf-8")
        assert "divide failed unexpectedly" in logged
        assert "ZeroDivisionError: lane arithmetic" in logged and "in work" in logged
    finally:
        runner.shutdown()
        stop_logging()


def test_an_error_before_the_log_file_is_set_up_reaches_it_with_what_was_held(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The window sets its log file up once its first frame is painted, holding records
    until then (`hold_records`); an unexpected error before that sets it up at once."""
    from editorial.app_log import hold_records, logger

    stop_logging()
    hold_records()
    logger.info("held before the file")
    reporter = install_crash_reporter(application())
    try:
        button = failing_button(qtbot, "broke before the first frame")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        logged = log_path().read_text(encoding="utf-8")
        assert logged.index("held before the file") < logged.index("unexpected error")
        assert "RuntimeError: broke before the first frame" in logged
    finally:
        reporter.uninstall()
        if reporter.dialog is not None:
            reporter.dialog.reject()
        stop_logging()
