"""The open story's history: who moved it through the desk, when, and with what note.
A table model over the `HistoryEntry` list the workflow service keeps (newest first, as
a desk reads it), and the panel that shows it beside the checks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from editorial.domain.workflow import HistoryEntry

COLUMNS = ("When", "Who", "Action", "Note", "Ver.")
NO_HISTORY = "Nothing kept yet for this story."
Index = QModelIndex | QPersistentModelIndex


def when_text(entry: HistoryEntry, today: dt.date | None = None) -> str:
    """The time alone for today's moves (a desk's day), the date too for older ones."""
    at = entry.at.astimezone()
    if at.date() == (today or dt.datetime.now().astimezone().date()):
        return at.strftime("%H:%M")
    return at.strftime("%d %b %H:%M")


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                when_text(entry),
                entry.by,
                entry.action.capitalize(),
                entry.note,
                str(entry.version),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            note = f"\n{entry.note}" if entry.note else ""
            return f"{entry.action} by {entry.by} at {stamp} (from {entry.status.value}){note}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A note wraps to the width its column has now, which changes with the window.
        header.sectionResized.connect(lambda *_: self._fit_rows_soon())
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.show_entries(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows_soon()

    def _fit_rows_soon(self) -> None:
        # Once the columns have their new widths (set after this event).
        QTimer.singleShot(0, self.view.resizeRowsToContents)

    def show_entries(self, entries: list[HistoryEntry] | None) -> None:
        """None: no story open."""
        self.model.set_entries(entries or [])
        self.view.resizeRowsToContents()
        if entries is None:
            self.message.setText("No story open.")
        elif not entries:
            self.message.setText(NO_HISTORY)
        self.message.setVisible(not entries)
