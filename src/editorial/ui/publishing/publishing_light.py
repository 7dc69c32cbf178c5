"""The status bar's publishing light: online, offline or failing, and how many deliveries
wait ("● Offline · 3 waiting"); its tooltip says how each endpoint stands, and a click
opens the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolButton, QWidget

if TYPE_CHECKING:
    from editorial.domain.publishing import EndpointStatus


class PublishingLight(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishingLight")
        self.setAutoRaise(True)
        self.statuses: list[EndpointStatus] = []
        self.state = "idle"
        self.setText(self.tr("● Publishing"))
        self.setToolTip(self.tr("Publishing: starting"))
        self.setEnabled(False)  # until the library is open

    def show_statuses(self, statuses: list[EndpointStatus]) -> None:
        # Imported on the first news from the outbox: the first frame shows the light
        # "starting", without the publishing domain.
        from editorial.ui.publishing.outbox_text import (
            light_colour,
            light_state,
            light_text,
            light_tooltip,
        )

        self.setEnabled(True)
        self.statuses = statuses
        self.state = light_state(statuses) if statuses else "idle"
        self.setText(light_text(statuses))
        self.setToolTip(light_tooltip(statuses))
        self.setStyleSheet(f"QToolButton#publishingLight {{ color: {light_colour(self.state)};"
                           " font-weight: 600; padding: 0 6px; }")  # fmt: skip
