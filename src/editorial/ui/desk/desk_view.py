"""The desk view, a tab beside the story list: the stories the desk works on, grouped by
state with their counts, sorted by urgency or by time; a story chosen (double-click,
Enter) opens in review.

Each story shows its headline, then in a quieter tone its urgency, since when it stands
where it is, and who filed it (or who is reviewing it).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.review import DeskEntry, DeskOrder
from editorial.domain.story import Status
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.desk.desk_model import DeskBoardModel, DeskRole
from editorial.ui.shell.theme import current_theme

Index = QModelIndex | QPersistentModelIndex
PADDING = 5
ORDERS = (
    (DeskOrder.URGENCY, QT_TRANSLATE_NOOP("DeskView", "Urgency")),
    (DeskOrder.TIME, QT_TRANSLATE_NOOP("DeskView", "Latest first")),
)
# The IPTC urgencies a desk drops everything for: 1 (flash) and 2, then 3 (urgent).
# The theme's colour (ui/shell/theme.py) of the bar beside a story this urgent.
URGENCY_BARS = {1: "severity-error", 2: "severity-error", 3: "severity-warning"}


class DeskStoryDelegate(QStyledItemDelegate):
    """Stories on two lines (headline; urgency · since · who); groups as they are."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if not isinstance(index.data(DeskRole.ENTRY), DeskEntry):
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + PADDING * 2)
        return QSize(200, QFontMetrics(option.font).height() * 2 + PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = index.data(DeskRole.ENTRY)
        if not isinstance(entry, DeskEntry):
            super().paint(painter, option, index)
            return
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        bar = URGENCY_BARS.get(entry.urgency)
        if bar is not None:  # a flash or an urgent story stands out in any group
            painter.fillRect(
                QRect(option.rect.left(), inner.top(), 3, inner.height()),
                current_theme().colour(bar),
            )
        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(headline_font)
        painter.setFont(headline_font)
        painter.setPen(palette.color(role))
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, inner.width()),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        painter.setFont(small)
        muted = palette.color(role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        second = QRect(inner.left(), first.bottom() + PADDING // 2, inner.width(), metrics.height())
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(
                str(index.data(DeskRole.DETAILS)), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.restore()


class DeskView(QWidget):
    """`story_activated(id)`: a story chosen to review; `order_changed(DeskOrder)`;
    `shown`: the view came on screen (it is refreshed then)."""

    story_activated = Signal(int)
    order_changed = Signal(object)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskView")
        self.model = DeskBoardModel(self)
        self.order = QComboBox(self)
        self.order.setObjectName("deskOrder")
        self.order.setAccessibleName(self.tr("Order of the stories on the desk"))
        for order, title in ORDERS:
            self.order.addItem(self.tr(title), order)
        self.order.setToolTip(self.tr("Sort the stories of each group by urgency or by time"))
        self.updated = QLabel(self)
        self.updated.setObjectName("deskUpdated")
        self.tree = QTreeView(self)
        self.tree.setObjectName("deskBoard")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(DeskStoryDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setAccessibleName(self.tr("Desk"))
        self.tree.expandAll()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sort by"), self))
        bar.addWidget(self.order, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.updated)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.order.currentIndexChanged.connect(self._order_chosen)

    def show_entries(
        self, entries: list[DeskEntry], updated: str = "", totals: dict[Status, int] | None = None
    ) -> None:
        chosen = self.chosen_story()
        self.model.set_entries(entries, totals=totals)
        self.tree.expandAll()
        if chosen is not None:
            self.select_story(chosen)
        self.updated.setText(updated)

    def chosen_story(self) -> int | None:
        entry = self.tree.currentIndex().data(DeskRole.ENTRY)
        return entry.id if isinstance(entry, DeskEntry) else None

    def select_story(self, story_id: int) -> bool:
        for item in self.model.groups.values():
            for row in range(item.rowCount()):
                child = item.child(row)
                if child.data(DeskRole.ENTRY).id == story_id:
                    self.tree.setCurrentIndex(child.index())
                    return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(DeskRole.ENTRY)
        if isinstance(entry, DeskEntry):
            self.story_activated.emit(entry.id)

    def _order_chosen(self) -> None:
        order = DeskOrder(self.order.currentData())
        self.model.set_order(order)
        self.tree.expandAll()
        self.order_changed.emit(order)
