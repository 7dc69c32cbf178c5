"""The editor's own house style files in the window: a bad one is named in the banner
and skipped, and Preferences lists the files as they are now (read again off the GUI
thread, the catalog swapped whole)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from editorial.services.styles import user_styles_dir
from tests.ui.conftest import WindowFactory
from tests.ui.test_preferences import open_preferences


def write_style(name: str, text: str) -> Path:
    folder = user_styles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_style_file_is_named_and_the_window_opens(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    bad = write_style("agency", '[dateline]\ndahs = "—"\n')
    window = make_window(library_path)
    assert window.controllers is not None  # the library opened all the same
    qtbot.waitUntil(window.banner.isVisible, timeout=5_000)
    assert window.banner.text() == (
        f"A house style file was skipped: {bad}: [dateline] unknown setting 'dahs'"
    )
    services = window.controllers.services
    assert services is not None
    assert services.styles.catalog.get("agency").source == "agency.toml"  # the bundled one


def test_preferences_list_the_style_files_as_they_are_now(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    services = window.controllers.services
    assert services is not None
    before = services.styles.catalog
    write_style("desk", 'extends = "reuters"\ntitle = "Our desk"\n')
    dialog = open_preferences(qtbot, window)
    combo = dialog.editors["house_style"]
    assert isinstance(combo, QComboBox)
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert "Our desk" in titles
    assert services.styles.catalog is not before  # a new catalog, swapped in whole
    assert "desk" not in before.styles  # the old one is as it was
    dialog.reject()
