"""The stories of the library (or of its trash) as a lazy Qt list model, newest first.

The model holds `StorySummary` values only (bodies stay in the library), and only the
first pages of the listing: the view asks for more as it scrolls (`canFetchMore` /
`fetchMore`), and the page is read on the database lane by whoever set `fetch_page`,
then handed in with `add_page`. The rows loaded are always a prefix of the listing.

A saved story finds its row and its new place by bisection on its sort key (an id→key
map and the keys in row order), and moves there with `beginMoveRows`: O(log n) to find,
never a re-sort of the list, so an autosave costs the same with 100 or 100,000 stories.
The selection and the scroll position survive it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from editorial.domain.story_summary import StorySummary
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.shell.qt_ints import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
# Asked for the page after the summary given (None: the first); answers by `add_page`.
PageFetcher = Callable[[StorySummary | None], None]


class StoryRole(IntEnum):
    # Qt.ItemDataRole.UserRole + n, as ints: the list's first paint asks for them, before
    # any Qt enum is made (see qt_ints.py).
    SUMMARY = USER_ROLE + 1
    ID = USER_ROLE + 2
    SLUG = USER_ROLE + 3
    STATUS = USER_ROLE + 4
    UPDATED = USER_ROLE + 5


UNTITLED = QT_TRANSLATE_NOOP("StoryListModel", "Untitled story")


def untitled() -> str:
    """What a story without a headline is called, in the window's language."""
    return QCoreApplication.translate("StoryListModel", UNTITLED)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
SortKey = tuple[int, int]


def sort_key(summary: StorySummary) -> SortKey:
    """Ascending in list order (newest change first, then the higher id): what bisect needs."""
    micros = (summary.updated_at - _EPOCH) // dt.timedelta(microseconds=1)
    return (-micros, -summary.id)


class StoryListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StorySummary] = []
        self._keys: list[SortKey] = []  # sort_key of each row, in row order
        self._key_of: dict[int, SortKey] = {}  # story id → its row's key
        self.trashed = False  # which listing the rows are: the library or its trash
        self.complete = True  # every story of the listing is loaded
        self.fetch_page: PageFetcher | None = None
        self._fetching = False
        self.pages_fetched = 0  # pages asked for by scrolling (tests, bench)

    # Reading

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self.complete and not self._fetching and self.fetch_page is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.fetch_page is None:
            return
        self._fetching = True
        self.pages_fetched += 1
        self.fetch_page(self._rows[-1] if self._rows else None)

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return summary.headline.strip() or untitled()
        if role == TOOLTIP_ROLE:
            from PySide6.QtGui import Qt  # asked for on hovering only (see qt_ints.py)

            # A tooltip that looks like markup is shown as rich text (Qt would load a
            # headline's `<img src=...>`): always hand Qt escaped text.
            return Qt.convertFromPlainText(
                summary.headline.strip() or untitled(), Qt.WhiteSpaceMode.WhiteSpaceNormal
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
        key = self._key_of.get(story_id)
        return None if key is None else bisect_left(self._keys, key)

    def index_of(self, story_id: int) -> QModelIndex:
        row = self.row_of(story_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def summary_at(self, row: int) -> StorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Writing

    def reset(self, summaries: list[StorySummary], *, complete: bool = True) -> None:
        """Show another listing from its first page (the trash for the library, a
        library opened): a model reset, since no row or selection carries over."""
        self.beginResetModel()
        ordered = sorted(summaries, key=sort_key)
        self._rows = ordered
        self._keys = [sort_key(summary) for summary in ordered]
        self._key_of = {summary.id: key for summary, key in zip(ordered, self._keys, strict=True)}
        self.complete = complete
        self._fetching = False
        self.endResetModel()

    def add_page(self, after: StorySummary | None, page: list[StorySummary], full: bool) -> None:
        """The page asked for after `after`; `full`: as long as asked (more may follow).
        Rows already here (saved meanwhile) keep their place."""
        self._fetching = False
        last = self._rows[-1] if self._rows else None
        if (after is None) != (last is None) or (
            after is not None and last is not None and after.id != last.id
        ):
            return  # the list changed while the page was read: the view asks again
        fresh = [s for s in page if s.id not in self._key_of
                 and (s.trashed_at is not None) == self.trashed]  # fmt: skip
        fresh.sort(key=sort_key)
        if fresh and self._keys and sort_key(fresh[0]) <= self._keys[-1]:
            # Only a page past the last row extends the prefix; anything else is read
            # again with the next page.
            fresh = [s for s in fresh if sort_key(s) > self._keys[-1]]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for summary in fresh:
                key = sort_key(summary)
                self._rows.append(summary)
                self._keys.append(key)
                self._key_of[summary.id] = key
            self.endInsertRows()
        self.complete = not full

    def fetch_failed(self) -> None:
        """The page could not be read: the view may ask again."""
        self._fetching = False

    def update(self, summaries: list[StorySummary], *, complete: bool = True) -> None:
        """Bring the rows to this listing (its first rows when not `complete`): remove,
        insert, move and refresh only what differs, so persistent indexes survive."""
        wanted = {summary.id for summary in summaries}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self._remove_row(row)
        for summary in summaries:
            self._place(summary)
        self.complete = complete
        self._fetching = False

    def upsert(self, summary: StorySummary) -> None:
        """Show a story as just saved: refreshed in place and moved to its place by time;
        one that now belongs past the rows loaded leaves them (a later page brings it)."""
        if (summary.trashed_at is not None) != self.trashed:
            self.remove(summary.id)
            return
        if not self.complete and (not self._keys or sort_key(summary) > self._keys[-1]):
            self.remove(summary.id)
            return
        self._place(summary)

    def show_typing(self, story_id: int, headline: str, slug: str) -> None:
        """Show the headline being typed in the open story's row, before it is saved
        (the row moves to the top when the save lands)."""
        row = self.row_of(story_id)
        if row is None:
            return
        current = self._rows[row]
        if (current.headline, current.slug) != (headline, slug):
            self._rows[row] = current.with_changes(headline=headline, slug=slug)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def remove(self, story_id: int) -> None:
        row = self.row_of(story_id)
        if row is not None:
            self._remove_row(row)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        summary = self._rows.pop(row)
        del self._keys[row]
        del self._key_of[summary.id]
        self.endRemoveRows()

    def _place(self, summary: StorySummary) -> None:
        """Put a summary at the row its key says: inserted, moved or refreshed in place."""
        key = sort_key(summary)
        old = self.row_of(summary.id)
        if old is None:
            row = bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, summary)
            self._keys.insert(row, key)
            self._key_of[summary.id] = key
            self.endInsertRows()
            return
        new = bisect_left(self._keys, key)
        if new > old:
            new -= 1  # its own row, before the place, goes away first
        if new != old:
            # Qt's destination is the row before which it lands, counted before the move.
            destination = new if new < old else new + 1
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
            del self._rows[old]
            del self._keys[old]
            self._rows.insert(new, summary)
            self._keys.insert(new, key)
            self._key_of[summary.id] = key
            self.endMoveRows()
        elif self._rows[old] != summary:
            self._rows[old] = summary
            self._keys[old] = key
            self._key_of[summary.id] = key
        else:
            return
        index = self.index(new, 0)
        self.dataChanged.emit(index, index)
