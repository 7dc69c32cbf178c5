"""The outbox (opened from the status bar's light, or Desk ▸ Outbox…): every delivery,
newest first, with its story, endpoint, version, state and attempts; the selected one's
attempts below (when, what the endpoint answered, why, the next try); Resend for one that
failed or waits to be tried again."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.publishing import DeliveryAttempt, OutboxEntry, OutboxState
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.publishing.outbox_text import (
    clock_text,
    entry_line,
    reason_text,
    state_colour,
)
from editorial.ui.shell.plural_text import counted
from editorial.ui.shell.theme import current_theme

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxDialog", "Story"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Endpoint"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Where it stands"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Tries"),
)


class OutboxDialog(QDialog):
    """`resend_requested(entry id)`, `entry_selected(entry id)` (its attempts are wanted),
    `endpoints_requested` (the Endpoints… button)."""

    resend_requested = Signal(int)
    entry_selected = Signal(int)
    endpoints_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.entries: list[OutboxEntry] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        selected, text = (
            current_theme().hex(k) for k in ("list-selected-bg", "list-selected-text")
        )
        self.table.setStyleSheet(
            f"QTableWidget#outboxTable::item:selected {{ background: {selected}; color: {text}; }}"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.attempts = QLabel(self)
        self.attempts.setObjectName("outboxAttempts")
        self.attempts.setWordWrap(True)
        self.attempts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.attempts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.attempts)
        split.setSizes([320, 140])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.resend_button = QPushButton(self.tr("Resend"), self)
        self.endpoints_button = QPushButton(self.tr("Endpoints…"), self)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.endpoints_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.resend_button.clicked.connect(self._resend)
        self.endpoints_button.clicked.connect(self.endpoints_requested)
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.show_entries([])

    def show_entries(self, entries: list[OutboxEntry]) -> None:
        kept = self.selected()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            untitled = self.tr("Story {number}").format(number=entry.story_id)
            cells = (entry.headline or untitled, entry.endpoint,
                     f"● {entry_line(entry)}", str(entry.attempts))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(QBrush(QColor(state_colour(entry.state))))
                    item.setToolTip(reason_text(entry.last_reason))
                self.table.setItem(row, column, item)
        waiting = sum(e.state in (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.RETRYING)
                      for e in entries)  # fmt: skip
        failed = sum(e.state is OutboxState.FAILED for e in entries)
        if entries:
            count = len(entries)
            self.summary.setText(
                self.tr("{deliveries} · {waiting} · {failed}").format(
                    deliveries=counted(self.tr("{count} deliveries", "", count), count),
                    waiting=counted(self.tr("{count} waiting", "", waiting), waiting),
                    failed=counted(self.tr("{count} failed", "", failed), failed),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing has been queued for publishing yet."))
        ids = [e.id for e in entries]
        if kept is not None and kept.id in ids:
            self.table.selectRow(ids.index(kept.id))
        self._enable()

    def show_attempts(self, entry_id: int, attempts: list[DeliveryAttempt]) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id != entry_id:
            return
        lines = [
            self.tr("{attempts_for} (key {key})").format(
                attempts_for="<b>{}</b>".format(
                    self.tr("Attempts for {endpoint}").format(
                        endpoint=html.escape(chosen.endpoint)
                    )
                ),
                key=html.escape(chosen.idempotency_key),
            )
        ]
        for attempt in attempts:
            answer = str(attempt.status_code) if attempt.status_code else self.tr("no answer")
            line = self.tr("{when} · {answer} · {reason}").format(
                when=clock_text(attempt.at),
                answer=answer,
                reason=html.escape(reason_text(attempt.reason) or self.tr("delivered")),
            )
            if attempt.next_try_at:
                line += self.tr(" · next try {when}").format(when=clock_text(attempt.next_try_at))
            lines.append(line)
        if not attempts:
            lines.append(self.tr("Not tried yet."))
        shown = "<br>".join(lines)
        self.attempts.setText(shown)

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def select_entry(self, entry_id: int) -> None:
        ids = [e.id for e in self.entries]
        self.table.selectRow(ids.index(entry_id))

    def _selected(self) -> None:
        self._enable()
        chosen = self.selected()
        self.attempts.setText("")
        if chosen is not None:
            self.entry_selected.emit(chosen.id)

    def _enable(self) -> None:
        chosen = self.selected()
        self.resend_button.setEnabled(
            chosen is not None and chosen.state in (OutboxState.FAILED, OutboxState.RETRYING)
        )

    def _resend(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.resend_button.isEnabled():
            self.resend_requested.emit(chosen.id)
