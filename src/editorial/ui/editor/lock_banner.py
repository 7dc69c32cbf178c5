"""The line over a story someone else is editing: who, on which machine, since when, and
the one thing to do about it (Take Over). Shown while the story is open read-only."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def two_lines_html(first: str, second: str) -> str:
    """The banner's text: who holds the lock, in bold, over what that means (both given
    translated)."""
    return f"<b>{html.escape(first)}.</b><br>{html.escape(second)}"

class LockBanner(QWidget):
    """`take_over_requested`: the editor pressed Take Over."""

    take_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.take_over = QPushButton(self.tr("Take Over"), self)
        self.take_over.setObjectName("takeOver")
        self.take_over.setToolTip(
            self.tr(
                "Edit the story here; the other window is told and keeps nothing unsaved to "
                "itself"
            )
        )
        self.take_over.clicked.connect(self.take_over_requested)
        self._who = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take_over, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_lock(self, who: str) -> None:
        """`who`: "Being edited by NAME on HOST since TIME"."""
        self._who = who
        self.message.setText(two_lines_html(who, self._explanation()))
        self.take_over.setEnabled(True)
        self.show()

    def clear(self) -> None:
        self._who = ""
        self.message.clear()
        self.hide()

    @property
    def text(self) -> str:
        """What the banner says, as plain text."""
        return f"{self._who}.\n{self._explanation()}" if self._who else ""

    def _explanation(self) -> str:
        return self.tr(
            "You can read it here. Take it over to edit it: their text is kept as a revision."
        )
