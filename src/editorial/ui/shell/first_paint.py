"""The moment a window's first frame is on screen, which the start waits for before it
opens the library and builds what the frame did without (`app.open_window`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from editorial.ui.shell.main_window import MainWindow


class _FirstPaint(QObject):
    """Calls `then` once `window` has painted its first frame (its children paint in the
    same pass: `then` runs when the event loop comes back), or after `wait_ms` if it is
    not painted by then (a window that starts minimized, on another workspace).

    With stories in its list, the paint of their rows tells it (`MainWindow.painted`);
    without, an event filter on the window does (it makes QEvent's classes, some 14 M
    instructions, which a first frame with rows does without)."""

    def __init__(self, window: MainWindow, then: Callable[[], None], wait_ms: int) -> None:
        super().__init__(window)
        self._window: MainWindow | None = window
        self._then = then
        self._seen = False
        self._by_rows = window.model.rowCount() > 0
        if self._by_rows:
            window.painted.connect(self._painted)
        else:
            window.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted()
        return False

    def _painted(self) -> None:
        if not self._seen:  # the first row, or the first paint of the window
            self._seen = True
            QTimer.singleShot(0, self, self._done)

    def _done(self) -> None:
        if self._window is not None:
            if self._by_rows:
                self._window.painted.disconnect(self._painted)
            else:
                self._window.removeEventFilter(self)
            self._window = None
            self._then()
            self.deleteLater()


def when_painted(window: MainWindow, then: Callable[[], None], wait_ms: int = 1000) -> None:
    """`then`, once `window` (shown) has painted its first frame, or after `wait_ms`."""
    _FirstPaint(window, then, wait_ms)
