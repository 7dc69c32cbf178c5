"""An unexpected error is shown, not swallowed: a dialog with a report to copy into a bug
report (the version, the platform, Qt's, the traceback), and the window goes on.

Python calls `sys.excepthook` for an exception that escapes a slot or a callback run by
Qt's event loop (PySide6 then returns to the loop), and `threading.excepthook` for one
that ends a thread. Both are logged (`editorial.app_log`, masked like every line there)
and shown here (`crash_dialog.py`); a burst of errors adds to the one dialog instead of
stacking many.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject, QTimer, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from editorial import installed_version
from editorial.app_log import log_path, logger, redact, setup_logging

if TYPE_CHECKING:
    from editorial.ui.shell.crash_dialog import CrashDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def environment_lines() -> list[str]:
    import platform  # when a report is written: not on the way to the first frame

    return [
        f"Editorial {installed_version()}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PYSIDE_VERSION}",
        f"Platform: {platform.platform()} ({QGuiApplication.platformName() or 'no GUI'})",
        f"Log: {log_path()}",
    ]


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The whole report, as copied: where it happened and what, secrets masked."""
    import traceback

    trace = "".join(traceback.format_exception(kind, error, tb))
    return redact("\n".join([*environment_lines(), "", trace.rstrip()]))


class CrashReporter(QObject):
    """Installs the hooks; the dialog is shown on the GUI thread whichever thread failed."""

    reported = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dialog: CrashDialog | None = None
        self._previous_hook: ExceptHook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # Shown from the event loop, never inside the hook, whichever thread reported:
        # the signal brings the report to this object's (the GUI) thread, the timer to the
        # loop. (A queued connection would say it at once, but its Qt.ConnectionType is
        # one of the Qt enums the first frame does without: see qt_ints.py.)
        self.reported.connect(self._show_soon)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        setup_logging()  # an error before the window's first frame: the file, now
        logger.error("unexpected error", exc_info=(kind, error, tb))
        self.reported.emit(report_text(kind, error, tb))

    def _thread_hook(self, hook_args: threading.ExceptHookArgs) -> None:
        if hook_args.exc_value is None:
            return
        self.handle(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback)

    def _show_soon(self, text: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show(text))

    def _show(self, text: str) -> None:
        if self.dialog is None:
            # The dialog's module only now: its widgets are not on the way to the first frame.
            from editorial.ui.shell.crash_dialog import CrashDialog

            parent = QApplication.activeWindow()
            self.dialog = CrashDialog(parent)
            self.dialog.finished.connect(self._forget)
        self.dialog.add_report(text)
        self.dialog.show()
        self.dialog.raise_()

    def _forget(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


_reporter: CrashReporter | None = None


def install_crash_reporter(app: QApplication) -> CrashReporter:
    """The one reporter of this application, its hooks installed."""
    global _reporter
    if _reporter is None or _reporter.parent() is not app:
        _reporter = CrashReporter(app)
    _reporter.install()
    return _reporter
