"""The desk's board as a Qt model: a group per state (filed, in review, approved,
returned, published) with its count, each holding its stories in the order chosen.

The five group items are made once and keep their place, so a view's expanded groups and
its scroll position survive a refresh; only their children are replaced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from editorial.domain.initials import initials_of
from editorial.domain.review import (
    GROUP_OF_STATUS,
    DeskEntry,
    DeskGroup,
    DeskOrder,
    group_entries,
)
from editorial.domain.story import Status
from editorial.ui.library.story_list_model import untitled
from editorial.ui.shell.domain_text import short_day
from editorial.ui.shell.domain_titles import group_heading, status_title


class DeskRole(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1  # a story's DeskEntry
    GROUP = Qt.ItemDataRole.UserRole + 2  # a group's DeskGroup
    COUNT = Qt.ItemDataRole.UserRole + 3  # a group's number of stories
    DETAILS = Qt.ItemDataRole.UserRole + 4  # a story's second line


def since_text(at: dt.datetime, now: dt.datetime | None = None) -> str:
    """`14:02` today, `18 Nov 14:02` before, in local time."""
    local = at.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if local.date() == today:
        return f"{local:%H:%M}"
    return f"{short_day(local.date(), year=False)} {local:%H:%M}"


def details_text(
    entry: DeskEntry, now: dt.datetime | None = None, who: Callable[[str], str] | None = None
) -> str:
    """Urgency, since when, and who: the filer, or the copy editor reviewing it, each
    named by `who` (the line under a headline is short: their initials), else in full."""
    name = who or (lambda full: full)
    parts = [f"U{entry.urgency}", since_text(entry.since, now)]
    if entry.reviewer and entry.status is Status.SUBMITTED:
        parts.append(
            QCoreApplication.translate("DeskBoardModel", "with {name}").format(
                name=name(entry.reviewer)
            )
        )
    elif entry.by:
        parts.append(name(entry.by))
    if entry.status is Status.CORRECTED:
        parts.append(QCoreApplication.translate("DeskBoardModel", "correction under way"))
    return "  ·  ".join(parts)


class DeskBoardModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Desk")])
        self.order = DeskOrder.URGENCY
        self.entries: list[DeskEntry] = []
        self.totals: dict[Status, int] = {}
        self.initials: Callable[[str], str] = initials_of
        self.groups: dict[DeskGroup, QStandardItem] = {}
        bold = QFont()
        bold.setBold(True)
        for group in DeskGroup:
            item = QStandardItem(group_heading(group))
            item.setEditable(False)
            item.setSelectable(False)
            item.setFont(bold)
            item.setData(group, DeskRole.GROUP)
            item.setData(0, DeskRole.COUNT)
            self.appendRow(item)
            self.groups[group] = item

    def set_entries(
        self,
        entries: list[DeskEntry],
        order: DeskOrder | None = None,
        *,
        totals: dict[Status, int] | None = None,
    ) -> None:
        """`totals`: how many stories each state has in the library, when the entries
        are only the latest of each (a state with more says how many are shown)."""
        self.entries = list(entries)
        if order is not None:
            self.order = order
        if totals is not None:
            self.totals = dict(totals)
        shown = {status: 0 for status in Status}
        for entry in self.entries:
            shown[entry.status] += 1
        now = dt.datetime.now(dt.UTC)
        for group, members in group_entries(self.entries, self.order).items():
            item = self.groups[group]
            if item.rowCount():
                item.removeRows(0, item.rowCount())
            item.appendRows([_story_item(entry, now, self.initials) for entry in members])
            item.setData(len(members), DeskRole.COUNT)
            statuses = [s for s, g in GROUP_OF_STATUS.items() if g is group]
            if group is DeskGroup.IN_REVIEW:
                statuses = [Status.SUBMITTED]
            more = any(self.totals.get(s, 0) > shown[s] for s in statuses)
            total = sum(self.totals.get(s, 0) for s in statuses)
            if not more:
                text = self.tr("{group}  ({count})")
            elif group in (DeskGroup.FILED, DeskGroup.IN_REVIEW):
                text = self.tr("{group}  ({count}; latest of {total} submitted)")
            else:
                text = self.tr("{group}  ({count} latest of {total})")
            total_text = QLocale().toString(total)
            item.setText(
                text.format(group=group_heading(group), count=len(members), total=total_text)
            )

    def set_initials(self, initials: Callable[[str], str]) -> None:
        self.initials = initials
        self.set_entries(self.entries)

    def set_order(self, order: DeskOrder) -> None:
        self.set_entries(self.entries, order)

    def count(self, group: DeskGroup) -> int:
        return int(self.groups[group].data(DeskRole.COUNT))

    def counts(self) -> dict[DeskGroup, int]:
        return {group: self.count(group) for group in DeskGroup}

    def story_ids(self, group: DeskGroup) -> list[int]:
        item = self.groups[group]
        return [item.child(row).data(DeskRole.ENTRY).id for row in range(item.rowCount())]


def _story_item(
    entry: DeskEntry, now: dt.datetime, initials: Callable[[str], str]
) -> QStandardItem:
    item = QStandardItem(entry.headline.strip() or untitled())
    item.setEditable(False)
    item.setData(entry, DeskRole.ENTRY)
    item.setData(details_text(entry, now, initials), DeskRole.DETAILS)
    state = status_title(entry.status).lower()
    in_full = details_text(entry, now)  # the tooltip names people in full
    item.setToolTip(f"{entry.headline.strip() or untitled()}\n{state} · {in_full}")
    return item
