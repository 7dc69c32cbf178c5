"""A strip across the top of the window for what the editor must know now: the library
could not be opened, a save was refused. It never blocks the window as a dialog would,
and it stays until dismissed or resolved."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from editorial.ui.shell.qt_ints import PLAIN_TEXT, TEXT_SELECTABLE_BY_MOUSE


class Severity(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class MessageBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.message = QLabel(self)
        self.message.setObjectName("bannerMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("textFormat", PLAIN_TEXT)
        self.message.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        self._buttons: list[QPushButton] = []
        self.dismiss = QToolButton(self)
        self.dismiss.setText("✕")
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.clear)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.message, 1)
        self._layout.addWidget(self.dismiss)
        self._shown_once = False
        self.severity = Severity.INFO
        self.hide()

    def show_message(
        self,
        text: str,
        severity: Severity = Severity.ERROR,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        *,
        dismissable: bool = True,
    ) -> None:
        # Qt's enums only once the banner shows, after the first frame (see qt_ints.py).
        from PySide6.QtCore import Qt

        self._clear_buttons()
        if not self._shown_once:
            self._shown_once = True
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # its colours
            self._layout.setAlignment(self.dismiss, Qt.AlignmentFlag.AlignTop)
        self.severity = severity
        self.setProperty("severity", severity.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.message.setText(text)
        for title, slot in actions or []:
            button = QPushButton(title, self)
            button.clicked.connect(slot)
            before_dismiss = self._layout.count() - 1
            self._layout.insertWidget(before_dismiss, button, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(button)
        self.dismiss.setVisible(dismissable)
        self.show()

    def text(self) -> str:
        return self.message.text()

    def clear(self) -> None:
        self._clear_buttons()
        self.message.clear()
        self.hide()

    def _clear_buttons(self) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
