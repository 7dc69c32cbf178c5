"""An unexpected error is shown, not swallowed: a dialog with a report to copy into a bug
report (the version, the platform, Qt's, the traceback), and the window goes on.

Python calls `sys.excepthook` for an exception that escapes a slot or a callback run by
Qt's event loop (PySide6 then returns to the loop), and `threading.excepthook` for one
that ends a thread. Both are logged (`editorial.app_log`, masked like every line there)
and shown here; a burst of errors adds to the one dialog instead of stacking many.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorial import installed_version
from editorial.app_log import log_path, logger, redact

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
MAX_REPORTS = 5  # errors kept in one dialog's report; later ones are counted


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


class CrashDialog(QDialog):
    """Says that something went wrong, that the work is saved as usual, and holds the
    report to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.reports: list[str] = []
        self.more = 0
        self.message = QLabel(
            self.tr(
                "Something went wrong inside Editorial. Your stories are saved as you type, "
                "so you can usually go on working. If it happens again, please send this "
                "report to whoever looks after Editorial for you."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setMinimumSize(560, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Report"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def add_report(self, text: str) -> None:
        if len(self.reports) >= MAX_REPORTS:
            self.more += 1
        else:
            self.reports.append(text)
        shown = "\n\n----\n\n".join(self.reports)
        if self.more:
            shown += "\n\n" + self.tr("(%n more error(s), in the log)", "", self.more)
        self.report.setPlainText(shown)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter(QObject):
    """Installs the hooks; the dialog is shown on the GUI thread whichever thread failed."""

    reported = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dialog: CrashDialog | None = None
        self._previous_hook: ExceptHook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

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
        logger.error("unexpected error", exc_info=(kind, error, tb))
        self.reported.emit(report_text(kind, error, tb))

    def _thread_hook(self, hook_args: threading.ExceptHookArgs) -> None:
        if hook_args.exc_value is None:
            return
        self.handle(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback)

    def _show(self, text: str) -> None:
        if self.dialog is None:
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
