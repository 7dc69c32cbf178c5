"""The library's location as the settings show it: a file on this computer (with a
Browse button), or a shared PostgreSQL database given by its URL.

A URL's password is never shown: the field shows it masked (as Help ▸ About does), and
the password the location had is put back when the masked text is kept. The password of
a shared library belongs in the keyring (`editorial library-password`), not in the URL.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editorial.ui.shell.help_menu import MASK, masked_location
from editorial.ui.shell.visible_buttons import VisibleRadioButton

LIBRARY_PATTERNS = "*.sqlite *.sqlite3 *.db"


def is_database_url(location: str) -> bool:
    return "://" in location and not location.startswith("sqlite")


def unmasked(shown: str, original: str) -> str:
    """The URL `shown` with the password masked in it replaced by `original`'s (the
    editor kept the mask: the password stays what it was)."""
    if MASK not in shown or "://" not in original:
        return shown
    kept = urlsplit(original).password
    parts = urlsplit(shown)
    if kept is None or parts.password != MASK:
        return shown
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:{kept}@{host}{port}"))


class LibraryLocationField(QWidget):
    """`location()` is what to store: "" for the default file, a path, or a URL."""

    changed = Signal()

    def __init__(self, location: str, default_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = location
        self.on_file = VisibleRadioButton(self.tr("A &file on this computer"), self)
        self.on_server = VisibleRadioButton(self.tr("A shared &PostgreSQL database"), self)
        group = QButtonGroup(self)
        group.addButton(self.on_file)
        group.addButton(self.on_server)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Library file"))
        self.path.setPlaceholderText(default_path)
        self.path.setToolTip(self.tr("Empty: the library in your data folder"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the library file"))
        self.browse.clicked.connect(self.choose_file)
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Database URL"))
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://desk@db.example/newsroom"))
        self.url.setToolTip(
            self.tr("The password is shown masked; keep it in the keyring with "
                    "'editorial library-password' rather than in the URL.")
        )  # fmt: skip
        if is_database_url(location):
            self.on_server.setChecked(True)
            self.url.setText(masked_location(location))
        else:
            self.on_file.setChecked(True)
            self.path.setText(location)
        self.path.setCursorPosition(0)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnMinimumWidth(0, 20)
        grid.addWidget(self.on_file, 0, 0, 1, 2)
        grid.addLayout(file_row, 1, 1)
        grid.addWidget(self.on_server, 2, 0, 1, 2)
        grid.addWidget(self.url, 3, 1)
        grid.setColumnStretch(1, 1)
        self.on_file.toggled.connect(self._follow_kind)
        self.path.textChanged.connect(self.changed)
        self.url.textChanged.connect(self.changed)
        self._follow_kind()

    def _follow_kind(self) -> None:
        on_file = self.on_file.isChecked()
        self.path.setEnabled(on_file)
        self.browse.setEnabled(on_file)
        self.url.setEnabled(not on_file)
        self.changed.emit()

    def choose_file(self) -> None:
        start = self.path.text().strip() or self.path.placeholderText()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Library File"),
            start,
            self.tr("Editorial libraries ({patterns})").format(patterns=LIBRARY_PATTERNS),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing library is opened
        )
        if chosen:
            self.path.setText(chosen)

    def location(self) -> str:
        if self.on_file.isChecked():
            return self.path.text().strip()
        return unmasked(self.url.text().strip(), self._original)

    def set_location(self, location: str) -> None:
        self._original = location
        if is_database_url(location):
            self.on_server.setChecked(True)
            self.url.setText(masked_location(location))
        else:
            self.on_file.setChecked(True)
            self.path.setText(location)
