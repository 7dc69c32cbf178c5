"""Where the editor was looking, carried from the window that leaves a library to the one
that takes its place (`library_switch.py`): the tab beside the list (stories, desk,
search), the tab under the preview (checks, history, publishing), the search's words
and order (run again over the new library), and the desk view's order.

What belongs to the story open in the old library starts afresh instead: the review
mode (another library does not hold the story under review; the new window opens its
own newest story), the find bar's words in that story, and the spiked list, which the
new window opens on its stories like any start. The window's size, splitters, zoom and
the checks panel's visibility are kept by the window state and the preferences already.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from editorial.ui.desk.desk_view import DeskView
    from editorial.ui.search.search_panel import SearchPanel


class PlacedWindow(Protocol):
    """What the place is read from and given to (the main window)."""

    list_tabs: QTabWidget
    side_tabs: QTabWidget

    @property
    def search_panel(self) -> SearchPanel: ...

    @property
    def desk_view(self) -> DeskView: ...


@dataclass(frozen=True, slots=True)
class WindowPlace:
    list_tab: int = 0
    side_tab: int = 0
    search_text: str = ""
    search_order: int = 0
    desk_order: int = 0

    @classmethod
    def of(cls, window: PlacedWindow) -> WindowPlace:
        search, desk = window.search_panel, window.desk_view
        return cls(
            list_tab=window.list_tabs.currentIndex(),
            side_tab=window.side_tabs.currentIndex(),
            search_text=search.field.text(),
            search_order=search.order.currentIndex(),
            desk_order=desk.order.currentIndex(),
        )

    def give(self, window: PlacedWindow) -> None:
        """Show `window` as the place was (its library open: the search runs there)."""
        search, desk = window.search_panel, window.desk_view
        desk.order.setCurrentIndex(self.desk_order)
        search.order.setCurrentIndex(self.search_order)
        if self.search_text:
            search.field.setText(self.search_text)  # searched as if typed
        window.list_tabs.setCurrentIndex(self.list_tab)
        window.side_tabs.setCurrentIndex(self.side_tab)
