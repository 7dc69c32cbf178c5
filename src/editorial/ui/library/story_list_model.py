"""The stories of the library (or of its trash) as a Qt list model, newest first.

The model holds `StorySummary` values only; bodies stay in the library. It is updated in
place from a fresh listing (`update`) or from one story the editor just saved (`upsert`),
with row inserts, removals and layout changes rather than a reset, so that the selection
and the scroll position survive an autosave.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import Qt as GuiQt

from editorial.domain.story import StorySummary

ModelIndex = QModelIndex | QPersistentModelIndex


class StoryRole(IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    SLUG = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4
    UPDATED = Qt.ItemDataRole.UserRole + 5


UNTITLED = "Untitled story"


def _newest_first(summary: StorySummary) -> tuple[dt.datetime, int]:
    return (summary.updated_at, summary.id)


class StoryListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StorySummary] = []
        self.trashed = False  # which listing the rows are: the library or its trash

    # Reading

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.headline.strip() or UNTITLED
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is shown as rich text (Qt would load a
            # headline's `<img src=...>`): always hand Qt escaped text.
            return GuiQt.convertFromPlainText(
                summary.headline.strip() or UNTITLED, GuiQt.WhiteSpaceMode.WhiteSpaceNormal
            )
        if role == StoryRole.SUMMARY:
            return summary
        if role == StoryRole.ID:
            return summary.id
        if role == StoryRole.SLUG:
            return summary.slug
        if role == StoryRole.STATUS:
            return summary.status.value
        if role == StoryRole.UPDATED:
            return summary.updated_at
        return None

    def summaries(self) -> list[StorySummary]:
        return list(self._rows)

    def row_of(self, story_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == story_id:
                return row
        return None

    def index_of(self, story_id: int) -> QModelIndex:
        row = self.row_of(story_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def summary_at(self, row: int) -> StorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Writing

    def update(self, summaries: list[StorySummary]) -> None:
        """Bring the rows to this listing: remove, insert, re-order and refresh only what
        differs."""
        wanted = {summary.id: summary for summary in summaries}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        present = {summary.id for summary in self._rows}
        added = [summary for summary in summaries if summary.id not in present]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        self._reorder([summary.id for summary in summaries])
        for row, summary in enumerate(self._rows):
            if summary != wanted[summary.id]:
                self._rows[row] = wanted[summary.id]
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def upsert(self, summary: StorySummary) -> None:
        """Show a story as just saved: refreshed in place and moved to its place by time."""
        if (summary.trashed_at is not None) != self.trashed:
            self.remove(summary.id)
            return
        rows = [row for row in self._rows if row.id != summary.id] + [summary]
        self.update(sorted(rows, key=_newest_first, reverse=True))

    def show_typing(self, story_id: int, headline: str, slug: str) -> None:
        """Show the headline being typed in the open story's row, before it is saved
        (the row moves to the top when the save lands)."""
        row = self.row_of(story_id)
        if row is None:
            return
        current = self._rows[row]
        if (current.headline, current.slug) != (headline, slug):
            self._rows[row] = replace(current, headline=headline, slug=slug)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def remove(self, story_id: int) -> None:
        row = self.row_of(story_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def _reorder(self, order: list[int]) -> None:
        if [summary.id for summary in self._rows] == order:
            return
        self.layoutAboutToBeChanged.emit()
        id_at_old_row = [summary.id for summary in self._rows]
        position = {story_id: row for row, story_id in enumerate(order)}
        self._rows.sort(key=lambda summary: position[summary.id])
        moved_from = self.persistentIndexList()
        moved_to = []
        for index in moved_from:
            moved_to.append(self.index(position[id_at_old_row[index.row()]], 0))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
