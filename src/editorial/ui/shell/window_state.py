"""Where the window was and how its panes were split: a cache, not preferences.

Kept apart from `settings.json` (the editor's choices) in an INI file of its own, so that
deleting it only resets the layout. Qt's own blobs (`saveGeometry`, `saveState`) are
stored as they come; Qt checks them on restore and ignores a damaged or foreign one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

STATE_FILE = "window-state.ini"


def default_state_path() -> Path:
    # The settings' folder, without loading the settings (`startup_settings.py`).
    from editorial.startup_settings import config_dir

    return config_dir() / STATE_FILE


class WindowState:
    """Geometry of the main window and the sizes of its splitters, by name."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_state_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._bytes("window/geometry")
        restored = geometry is not None and window.restoreGeometry(geometry)
        state = self._bytes("window/state")
        if state is not None:
            window.restoreState(state)
        return restored

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        state = self._bytes(f"splitters/{name}")
        return state is not None and splitter.restoreState(state)

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self._settings.setValue(f"splitters/{name}", splitter.saveState())

    def value(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_value(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes when it sees fit)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None
