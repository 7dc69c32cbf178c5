"""Pages of a tab widget or a stacked widget built the first time they are needed: shown,
or asked for by the code that fills them.

The first painted frame of the window needs none of its hidden pages (the desk view, the
search, the review, the history, the publishing tab): each stands as an empty widget
until then, with its tab and title in place. Once built, the page takes the stand-in's
place (the same index, the same title), so everything that looks a page up
(`currentWidget() is window.desk_view`, `setCurrentWidget`) sees the real one.

A widget made later joins the end of the window's focus chain: `tab_stops` and
`chain_after` put the Tab order back as it is when everything is built at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyPage(Generic[Page]):
    """One page of `holder`, made by `build` (given the holder as parent) on first need."""

    def __init__(
        self,
        holder: QTabWidget | QStackedWidget,
        build: Callable[[QWidget], Page],
        title: str = "",
    ) -> None:
        self._holder = holder
        self._build = build
        self._page: Page | None = None
        self._stand_in: QWidget | None = QWidget(holder)
        self._stand_in.setObjectName("lazyPage")
        if isinstance(holder, QTabWidget):
            holder.addTab(self._stand_in, title)
        else:
            holder.addWidget(self._stand_in)
        # Connected before anyone else's: they see the real page when it is shown.
        holder.currentChanged.connect(self._current_changed)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> Page:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build(self._holder)
            self._replace_stand_in(self._page)
        return self._page

    def _current_changed(self, index: int) -> None:
        if self._stand_in is not None and self._holder.widget(index) is self._stand_in:
            self.page()

    def _replace_stand_in(self, page: QWidget) -> None:
        stand_in, holder = self._stand_in, self._holder
        assert stand_in is not None
        self._stand_in = None
        index = holder.indexOf(stand_in)
        current = holder.currentIndex()
        # The swap is not a change of page for whoever listens: the same index stays shown.
        blocked = holder.blockSignals(True)
        try:
            if isinstance(holder, QTabWidget):
                holder.insertTab(index, page, holder.tabText(index))
                holder.setTabToolTip(index, holder.tabToolTip(index + 1))
                holder.removeTab(index + 1)
            else:
                holder.insertWidget(index, page)
                holder.removeWidget(stand_in)
            holder.setCurrentIndex(current)
        finally:
            holder.blockSignals(blocked)
        stand_in.deleteLater()


def tab_stops(root: QWidget, without: Sequence[QWidget | None] = ()) -> list[QWidget]:
    """`root` and its descendants where Tab stops (not those under any of `without`), in
    the order of the window's focus chain."""
    from PySide6.QtCore import Qt  # run once the first frame is painted: see qt_ints.py

    window = root.window()
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        inside = widget is root or root.isAncestorOf(widget)
        left_out = any(o is not None and (o is widget or o.isAncestorOf(widget)) for o in without)
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if inside and not left_out and takes_tab and widget.focusProxy() is None:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain_after(anchor: QWidget, stops: Sequence[QWidget]) -> QWidget:
    """Put `stops` after `anchor` in the focus chain, in their order; the last of them."""
    for stop in stops:
        QWidget.setTabOrder(anchor, stop)
        anchor = stop
    return anchor
