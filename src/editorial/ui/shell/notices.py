"""Telling the editor what happened: the banner over the window for what needs reading
(errors, warnings, with buttons), the status line for what passes (done, saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar

from editorial.ui.shell.message_banner import MessageBanner, Severity

NOTICE_MS = 5000
ErrorActions = list[tuple[str, Callable[[], None]]]


class Notices:
    def __init__(self, banner: MessageBanner, status_line: QStatusBar) -> None:
        self._banner = banner
        self._status_line = status_line

    def error(self, message: str, actions: ErrorActions | None = None) -> None:
        self._banner.show_message(message, Severity.ERROR, actions)

    def warning(self, message: str) -> None:
        self._banner.show_message(message, Severity.WARNING)

    def clear_banner(self) -> None:
        self._banner.clear()

    def say(self, message: str, milliseconds: int = NOTICE_MS) -> None:
        """A line in the status bar, gone after `milliseconds` (0: until replaced)."""
        self._status_line.showMessage(message, milliseconds)

    def clear_line(self) -> None:
        self._status_line.clearMessage()
