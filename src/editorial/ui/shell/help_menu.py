"""Help ▸ About Editorial and Help ▸ Keyboard Shortcuts: the menu, built with the window;
its dialogs (`help_dialogs.py`) are loaded when one is first opened."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from editorial.ui.shell.window_actions import defer_shortcut, titled_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

MASK = "•••"


def masked_location(location: str | None) -> str:
    """The library's location as shown: a URL's password masked, a path as it is."""
    if not location:
        return ""
    if "://" not in location:
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:{MASK}@{host}{port}"))


def add_help_menu(window: QMainWindow, location: Callable[[], str | None]) -> QMenu:
    """Help, the last menu: About Editorial and Keyboard Shortcuts (F1-free: F1 is left
    to the desktop's own help). `location`: the open library's, asked when shown."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.setObjectName("helpMenu")
    shortcuts = titled_action(QCoreApplication.translate("HelpMenu", "&Keyboard Shortcuts"), window)
    shortcuts.setObjectName("showShortcuts")
    defer_shortcut(shortcuts, "Ctrl+/")  # set once the window is complete
    shortcuts.setStatusTip(
        QCoreApplication.translate("HelpMenu", "Every command's keyboard shortcut")
    )
    about = titled_action(QCoreApplication.translate("HelpMenu", "&About Editorial"), window)
    about.setObjectName("showAbout")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.setStatusTip(
        QCoreApplication.translate(
            "HelpMenu", "Version, library, and the licences of what is included"
        )
    )
    shortcuts.triggered.connect(lambda: _show(_dialogs().ShortcutsDialog(window)))
    about.triggered.connect(
        lambda: _show(_dialogs().AboutDialog(masked_location(location()), window))
    )
    menu.addActions([shortcuts, about])
    window.addAction(shortcuts)
    return menu


def _show(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt  # not before the first frame: see qt_ints.py

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _dialogs() -> ModuleType:
    from editorial.ui.shell import help_dialogs

    return help_dialogs
