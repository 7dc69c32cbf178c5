"""The open story's Publishing tab (beside Checks and History): one row per endpoint with
where the story stands there (queued, sending, delivered with its remote id and link,
retrying with when and why, failed with why), the selected row in full below, and what
the editor can do: Resend a failed delivery, Send to… an endpoint by hand, Pre-flight.

Only widgets; `StoryPublishing` fills it and answers its requests."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.publishing import EndpointProfile, OutboxEntry, OutboxState
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.publishing.outbox_text import (
    entry_details_html,
    entry_line,
    entry_summary,
    not_sent_line,
    state_colour,
)
from editorial.ui.shell.theme import current_theme

NO_STORY = QT_TRANSLATE_NOOP("PublishingPanel", "No story open.")
NO_ENDPOINTS = QT_TRANSLATE_NOOP(
    "PublishingPanel", "No publishing endpoints yet: Desk ▸ Publishing Endpoints… adds one."
)


@dataclass(frozen=True, slots=True)
class EndpointRow:
    """One endpoint and the story's latest entry there (None: never queued)."""

    profile: EndpointProfile
    entry: OutboxEntry | None


class PublishingPanel(QWidget):
    """`resend_requested(entry id)`, `send_requested(endpoint name)`, `preflight_requested`,
    `shown` (the tab came into view)."""

    resend_requested = Signal(int)
    send_requested = Signal(str)
    preflight_requested = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishingPanel")
        self.rows: list[EndpointRow] = []
        self.approved = False  # the story may be sent (approved or published)
        self.message = QLabel(self)
        self.message.setObjectName("publishingMessage")
        self.message.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("publishingList")
        self.list.setAccessibleName(self.tr("Endpoints and the story's state there"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        # The selected card keeps its colours readable: a light wash, not the dark highlight.
        selected, line = (current_theme().hex(k) for k in ("list-selected-bg", "list-separator"))
        self.list.setStyleSheet(
            f"QListWidget#publishingList::item:selected {{ background: {selected}; }}"
            f"QListWidget#publishingList::item {{ border-bottom: 1px solid {line}; }}"
        )
        self.details = QLabel(self)
        self.details.setObjectName("publishingDetails")
        self.details.setAccessibleName(self.tr("Delivery details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)  # the remote link opens in the browser
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.resend_button = QPushButton(self.tr("Resend"), self)
        self.resend_button.setToolTip(self.tr("Send the selected delivery again now"))
        self.send_button = QToolButton(self)
        self.send_button.setText(self.tr("Send to…"))
        self.send_button.setToolTip(self.tr("Send the story by hand to an endpoint"))
        self.send_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.send_menu = QMenu(self.send_button)
        self.send_button.setMenu(self.send_menu)
        self.preflight_button = QPushButton(self.tr("Pre-flight…"), self)
        self.preflight_button.setToolTip(
            self.tr(
                "Exactly what each endpoint will receive, its problems, and what changed "
                "since the version it last took"
            )
        )
        buttons = QHBoxLayout()
        for button in (self.resend_button, self.send_button, self.preflight_button):
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resend_button.clicked.connect(self._resend)
        self.preflight_button.clicked.connect(self.preflight_requested)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.show_rows(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def show_rows(self, rows: list[EndpointRow] | None, approved: bool = False) -> None:
        """None: no story open. The selected endpoint stays selected."""
        kept = self.selected_row()
        self.rows, self.approved = list(rows or []), approved
        self.list.clear()
        for row in self.rows:
            card = EndpointCard(row, approved, self.list)
            item = QListWidgetItem(self.list)
            item.setSizeHint(card.sizeHint())
            item.setToolTip(card.full_text)
            self.list.setItemWidget(item, card)
        if rows is None:
            self.message.setText(self.tr(NO_STORY))
        elif not rows:
            self.message.setText(self.tr(NO_ENDPOINTS))
        self.message.setVisible(not rows)
        self.list.setVisible(bool(rows))
        names = [r.profile.name for r in self.rows]
        if kept is not None and kept.profile.name in names:
            self.list.setCurrentRow(names.index(kept.profile.name))
        elif self.rows:
            self.list.setCurrentRow(0)
        self._fill_send_menu()
        self.preflight_button.setEnabled(rows is not None and bool(rows))
        self._selection_changed()

    def selected_row(self) -> EndpointRow | None:
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def state_of(self, endpoint: str) -> OutboxState | None:
        """For tests and scripts: the state shown for an endpoint (None: not sent)."""
        for row in self.rows:
            if row.profile.name == endpoint:
                return row.entry.state if row.entry is not None else None
        raise LookupError(endpoint)

    def row_text(self, endpoint: str) -> str:
        """For tests: the endpoint's state in one line, as its card's tooltip says it."""
        names = [r.profile.name for r in self.rows]
        item = self.list.item(names.index(endpoint))
        return item.toolTip() if item is not None else ""

    def _fill_send_menu(self) -> None:
        self.send_menu.clear()
        for row in self.rows:
            entry = row.entry
            busy = entry is not None and entry.state in (
                OutboxState.QUEUED, OutboxState.SENDING, OutboxState.RETRYING)  # fmt: skip
            action = QAction(row.profile.name, self.send_menu)
            action.setEnabled(self.approved and row.profile.enabled and not busy)
            name = row.profile.name
            action.triggered.connect(lambda _=False, n=name: self.send_requested.emit(n))
            self.send_menu.addAction(action)
        self.send_button.setEnabled(
            self.approved and any(a.isEnabled() for a in self.send_menu.actions())
        )

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is None or row.entry is None:
            self.details.setText("" if row is None else html.escape(
                f"{row.profile.url}"))  # fmt: skip
            self.resend_button.setEnabled(False)
            return
        self.details.setText(entry_details_html(row.entry))
        self.resend_button.setEnabled(row.entry.state in (OutboxState.FAILED, OutboxState.RETRYING))

    def _resend(self) -> None:
        row = self.selected_row()
        if row is not None and row.entry is not None and self.resend_button.isEnabled():
            self.resend_requested.emit(row.entry.id)


class EndpointCard(QWidget):
    """One endpoint in the list: its name and kind, then the story's state there in its
    colour, then when or why in grey (the whole of it in the tooltip and below)."""

    def __init__(self, row: EndpointRow, approved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entry = row.entry
        if entry is None:
            main, why = not_sent_line(row.profile, approved), ""
            colour = current_theme().hex("muted")
            self.full_text = main
        else:
            main, why = entry_summary(entry)
            main = f"● {main}"
            colour = state_colour(entry.state)
            self.full_text = f"● {entry_line(entry)}"
        kind = KIND_WORDS.get(row.profile.kind, row.profile.kind)
        said = f'<span style="color:{current_theme().hex("muted")}">· {html.escape(kind)}</span>'
        name = f"<b>{html.escape(row.profile.name)}</b> {said}"  # user data
        self.name = QLabel(name, self)
        self.state = QLabel(main, self)
        self.state.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.why = QLabel(why, self)
        self.why.setStyleSheet(f"color: {current_theme().hex('muted')};")
        self.why.setVisible(bool(why))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        for label in (self.name, self.state, self.why):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)


KIND_WORDS = {"ninjs-push": "ninjs push", "wordpress": "WordPress"}
