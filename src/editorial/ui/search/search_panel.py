"""The search tab beside the story list: a field whose results show as you type, each
story with its matched passage (matches in bold), and the desk's saved searches.

The panel only shows; `search_controller.py` runs the searches on the database lane.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.search_results import SavedSearch, SearchHit, SearchOrder, snippet_parts
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.library.story_list import format_updated
from editorial.ui.shell.domain_titles import status_title

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SearchPanel", 'Search: words, "a phrase", -word, by:, status:, lang:, date:…'
)
STORY_ID = Qt.ItemDataRole.UserRole
SAVED_ID = Qt.ItemDataRole.UserRole + 1


def hit_html(hit: SearchHit) -> str:
    """A result as rich text: the headline, its state and time, the passage matched."""
    updated = format_updated(hit.updated_at)  # as the story list says it: `05:55` today
    passage = "".join(
        f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
        for text, matched in snippet_parts(" ".join(hit.snippet.split()))
    )
    no_headline = QCoreApplication.translate("SearchPanel", "(no headline)")
    headline = html.escape(hit.headline) or f"<i>{html.escape(no_headline)}</i>"
    state = html.escape(status_title(hit.status).lower())
    return (f"<b>{headline}</b> <span style='color:gray'>· {state} · {updated}"
            f"</span><br>{passage}")  # fmt: skip


class SearchPanel(QWidget):
    """`query_changed(text)` as the field is edited; `story_chosen(id)` when a result is
    activated; `order_changed()`; `save_requested(text)` and `saved_chosen(query)`,
    `remove_saved_requested(id)` for the saved searches."""

    query_changed = Signal(str)
    order_changed = Signal()
    story_chosen = Signal(int)
    save_requested = Signal(str)
    saved_chosen = Signal(str)
    remove_saved_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search the library"))
        self.field.setPlaceholderText(self.tr(PLACEHOLDER))
        self.field.setClearButtonEnabled(True)
        self.order = QComboBox(self)
        self.order.setAccessibleName(self.tr("Order of results"))
        self.order.addItem(self.tr("Newest"), SearchOrder.NEWEST)
        self.order.addItem(self.tr("Best match"), SearchOrder.RELEVANCE)
        self.order.setToolTip(self.tr("Newest first, or the best match first"))
        # The list's side of the window may be narrow: nothing here may widen it.
        self.order.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order.setMinimumContentsLength(4)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.saved = QListWidget(self)
        self.saved.setObjectName("savedSearches")
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.setMaximumHeight(120)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Keep this search for the desk"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.order)
        # The heading on a line of its own and the buttons under the list: in one row at
        # the list's narrow width, a longer language clipped the heading ("Сохранённ").
        saved_buttons = QHBoxLayout()
        saved_buttons.addStretch(1)
        saved_buttons.addWidget(self.save_button)
        saved_buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self.saved_heading = QLabel(self.tr("Saved"), self)
        self.saved_heading.setBuddy(self.saved)
        layout.addWidget(self.saved_heading)
        layout.addWidget(self.saved)
        layout.addLayout(saved_buttons)

        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self._open_first)
        self.order.currentIndexChanged.connect(lambda _index: self.order_changed.emit())
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.saved.itemActivated.connect(self._saved_activated)
        self.saved.itemClicked.connect(self._saved_activated)
        self.saved.currentItemChanged.connect(
            lambda item, _old: self.remove_button.setEnabled(item is not None)
        )
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.field.text()))
        self.remove_button.clicked.connect(self._remove_current)

    @property
    def current_order(self) -> SearchOrder:
        # Qt hands the item's data back as a plain str.
        order = self.order.currentData()
        return SearchOrder(order) if order in tuple(SearchOrder) else SearchOrder.NEWEST

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.results)
            item.setData(STORY_ID, hit.id)
            label = QLabel(hit_html(hit), self.results)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setContentsMargins(4, 3, 4, 3)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
        count = len(hits)
        self.show_message(self.tr("No story found.") if not count else
                          self.tr("%n story(s)", "", count))  # fmt: skip

    def show_message(self, message: str) -> None:
        self.message.setText(message)

    def clear_results(self, message: str = "") -> None:
        self.results.clear()
        self.show_message(message)

    def show_saved(self, searches: list[SavedSearch]) -> None:
        self.saved.clear()
        for search in searches:
            item = QListWidgetItem(search.name, self.saved)
            item.setToolTip(search.query)
            item.setData(STORY_ID, search.query)
            item.setData(SAVED_ID, search.id)
        self.remove_button.setEnabled(False)

    def hit_ids(self) -> list[int]:
        return [self.results.item(row).data(STORY_ID) for row in range(self.results.count())]

    def hit_text(self, row: int) -> str:
        widget = self.results.itemWidget(self.results.item(row))
        return widget.text() if isinstance(widget, QLabel) else ""

    def _activated(self, item: QListWidgetItem) -> None:
        story_id = item.data(STORY_ID)
        if isinstance(story_id, int):
            self.story_chosen.emit(story_id)

    def _open_first(self) -> None:
        if self.results.count():
            self._activated(self.results.item(0))

    def _saved_activated(self, item: QListWidgetItem) -> None:
        query = item.data(STORY_ID)
        if isinstance(query, str):
            self.field.setText(query)
            self.saved_chosen.emit(query)

    def _remove_current(self) -> None:
        item = self.saved.currentItem()
        if item is not None and isinstance(item.data(SAVED_ID), int):
            self.remove_saved_requested.emit(item.data(SAVED_ID))
