"""The checks panel's share of the right column follows what it shows: with nothing
listed ("No problems found.") the preview takes the column and the panel keeps the lines
its message needs; once findings are listed again, the split the editor had comes back.

A split the editor drags by hand is theirs: it is neither shrunk nor given back until the
next time the panel empties. The window keeps its layout as the editor left it, not the
shrunk one: the split is given back when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTabWidget

from editorial.ui.checks.checks_panel import ChecksPanel


class ChecksFit(QObject):
    def __init__(self, splitter: QSplitter, tabs: QTabWidget, panel: ChecksPanel) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._tabs = tabs
        self._panel = panel
        self._listing = True
        self._before: list[int] | None = None  # the sizes the panel was shrunk from
        panel.listing_shown.connect(self._listing_shown)
        tabs.currentChanged.connect(lambda _index: self._fit())
        splitter.splitterMoved.connect(self._moved_by_hand)
        splitter.window().installEventFilter(self)  # its Close comes before the layout is kept

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._before is not None:
            before, self._before = self._before, None
            self._splitter.setSizes(before)
        return False

    @property
    def compact(self) -> bool:
        return self._before is not None

    def _listing_shown(self, listing: bool) -> None:
        self._listing = listing
        self._fit()

    def _moved_by_hand(self, _position: int, _index: int) -> None:
        self._before = None

    def _fit(self) -> None:
        wants_compact = not self._listing and self._tabs.currentWidget() is self._panel
        sizes = self._splitter.sizes()
        # Not before the window is shown: its split is not laid out yet (nor measurable).
        shown = self._splitter.isVisible() and self._panel.isVisible()
        if wants_compact and shown and self._before is None and len(sizes) == 2 and any(sizes):
            want = self._tabs.tabBar().sizeHint().height() + self._panel.compact_height()
            if sizes[1] > want:
                self._before = sizes
                self._splitter.setSizes([sum(sizes) - want, want])
        elif not wants_compact and self._before is not None:
            before, self._before = self._before, None
            total = sum(self._splitter.sizes())
            self._splitter.setSizes([max(0, total - before[1]), before[1]])
