"""Help ▸ About Editorial and Help ▸ Keyboard Shortcuts, in a real window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from editorial import __version__
from editorial.ui.shell.help_dialogs import AboutDialog, ShortcutsDialog
from editorial.ui.shell.help_menu import masked_location
from tests.ui.conftest import WindowFactory


def test_a_urls_password_is_masked_and_a_path_is_shown_as_it_is() -> None:
    shown = masked_location("postgresql://desk:s3cret@db.example:5432/news")
    assert shown == "postgresql://desk:•••@db.example:5432/news"
    assert masked_location("https://db.example/news") == "https://db.example/news"
    assert masked_location("/home/anna/library.sqlite") == "/home/anna/library.sqlite"


def help_action(window: object, name: str) -> QAction:
    action = window.findChild(QAction, name)  # type: ignore[attr-defined]
    assert isinstance(action, QAction)
    return action


def test_about_shows_the_version_the_library_and_the_licences(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert menu_titles[-1] == "&Help"
    help_action(window, "showAbout").trigger()
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    facts = dialog.facts.text()
    assert f"Editorial {__version__}" in facts
    assert f"Library: {library_path}" in facts
    assert f"Qt {qVersion()}" in facts and f"PySide6 {PYSIDE_VERSION}" in facts
    by_name = {re.sub(r"[-_.]+", "-", b.name).lower(): b for b in dialog.bundled}
    for required in (
        "editorial",
        "pyside6-essentials",
        "shiboken6",
        "sqlalchemy",
        "markdown-it-py",
        "platformdirs",
    ):
        assert required in by_name, required
    assert "GPL" in by_name["editorial"].licence
    assert "LGPL-3.0" in by_name["pyside6-essentials"].licence
    assert "MIT" in by_name["sqlalchemy"].licence
    assert "pytest" not in by_name  # a test tool is installed here, not bundled
    assert all(b.licence for b in dialog.bundled)
    table = dialog.licences
    assert table.rowCount() == len(dialog.bundled)
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows[by_name["sqlalchemy"].name] == by_name["sqlalchemy"].licence
    dialog.reject()


def test_keyboard_shortcuts_lists_every_actions_shortcut(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    help_action(window, "showShortcuts").trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    listed = {(r.title, r.keys) for r in dialog.rows}
    native = QKeySequence.SequenceFormat.NativeText
    expected = {
        (a.text().replace("&", "").rstrip("…"), a.shortcut().toString(native))
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.text()
    }
    assert expected <= listed
    assert ("New Story", "Ctrl+N") in listed and ("Checks", "F7") in listed
    assert ("Keyboard Shortcuts", "Ctrl+/") in listed
    where = {r.title: r.where for r in dialog.rows}
    assert where["New Story"] == "File" and where["Find"] == "Edit"
    assert dialog.table.rowCount() == len(dialog.rows)
    dialog.reject()
