"""Python's garbage collector, run only on the GUI thread.

Left automatic, a collection runs on whichever thread happens to allocate: a database or
checks lane in the middle of a task. When the cycles it frees hold Qt objects (widgets
and lambdas connected to them), Qt would destroy them from that thread, which crashes the
process (seen as a rare segfault while a window opened). Anki does the same: automatic
collection off, and a timer on the GUI thread that collects instead.

With automatic collection off, the first collection would walk every object start-up
made (the modules, SQLAlchemy's tables, the widgets: most of a second at start, and
again in every full collection). Those live as long as the process, so once the window
is ready `settle()` sets them aside (`gc.freeze`) and later collections walk only what
was made since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000  # the youngest generation: cheap, and most cycles die there
FULL_EVERY = 60  # every this many young collections, a full one


class MainThreadCollector(QObject):
    """Turns automatic collection off while it lives and collects on its timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._settled = False
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(YOUNG_EVERY_MS)

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 0)

    def settle(self) -> None:
        """Start-up is over: what it made is never collected again (see above)."""
        if not self._settled:
            self._settled = True
            gc.freeze()

    def stop(self) -> None:
        """Collect once more here, and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
