"""How the main window closes: what is typed saved first, the layout kept, the library
closed, the lanes stopped; or, on a switch to another library, the window retired the
same way. A mixin of `MainWindow`."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from editorial.ui.shell.desk_controllers import DeskControllers
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_state import WindowState

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object

QUIT_WAIT_S = 10.0
SPLITTER = "main"
# Checks: a panel under the preview (checks_controller.py), shown or hidden with F7.
CHECKS_SPLITTER = "preview-checks"


class WindowClosing(_Window):
    """Closing, for `MainWindow` (which sets these up in its constructor)."""

    runner: TaskRunner
    state: WindowState
    controllers: DeskControllers | None
    splitter: QSplitter
    side: QSplitter
    _closing: bool
    _in_close_event: bool
    _may_close: bool

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is typed, keep the layout, close the library, then go. When a save
        is still under way the close waits for it and then happens by itself."""
        if not self._may_close and not self._closing:
            self._closing = True
            self._in_close_event = True
            try:
                if self.controllers is not None:
                    self.controllers.session.flush(self._close_after_flush)
                else:
                    self._close_after_flush(True)  # nothing typed before the library opened
            finally:
                self._in_close_event = False
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def _close_after_flush(self, saved: bool) -> None:
        if not saved and not self._confirm_discard():
            self._closing = False
            return
        self.keep_layout()
        if self.controllers is not None and not self.runner.is_closed:
            self.controllers.closing()
            self.runner.database(self.controllers.services.close, label="close library")
        self.runner.shutdown()
        self._may_close = True
        if not self._in_close_event:
            self.close()

    def keep_layout(self) -> None:
        """The window's size and splitters, for the next window (state file)."""
        self.state.save_window(self)
        self.state.save_splitter(SPLITTER, self.splitter)
        self.state.save_splitter(CHECKS_SPLITTER, self.side)
        self.state.sync()

    def retire(self) -> None:
        """Leave the library for a window over another (`library_switch.py`), as a quit
        does once what is typed is saved: its workers stopped, the library closed."""
        self._closing = True
        for timer in self.findChildren(QTimer):  # no poll reaches for the closed library
            timer.stop()
        self._close_after_flush(True)
        self.deleteLater()

    def save_before_quit(self) -> None:
        """The application is quitting without this window being closed first (the
        desktop session is ending): put the typed text in the library, keep the layout,
        and stop the lanes. Waits at most QUIT_WAIT_S."""
        from editorial.ui.editor.story_session import SaveState

        if self._may_close or self.runner.is_closed:
            return
        from PySide6.QtCore import QEventLoop  # at quitting only

        deadline = time.monotonic() + QUIT_WAIT_S
        session = self.controllers.session if self.controllers is not None else None
        while session is not None and session.has_unsaved_text and not session.is_blocked:
            if time.monotonic() > deadline:
                break
            if session.state is not SaveState.SAVING:
                session.save_now()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        self._close_after_flush(True)

    def _confirm_discard(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # not on the way to the first frame

        error = self.controllers.session.last_error if self.controllers is not None else None
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("MainWindow", "Changes not saved"),
            QCoreApplication.translate(
                "MainWindow",
                "Your latest changes could not be saved:\n\n{error}\n\nQuit anyway and lose them?",
            ).format(error=error_text(error) if error is not None else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
