"""Pictures of the editor's metadata and of the preferences for a reviewer to look at:
`artifacts/main-window-metadata.png`, `artifacts/preferences.png` (not committed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story
from tests.ui.test_preferences import open_preferences
from tests.ui.test_screenshots import SIZE, assert_picture, save_picture


def test_picture_of_the_metadata_fields(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    window.resize(*SIZE)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Russia urges resumption of dialogue with NATO")
    editor.bylines.clear()
    qtbot.keyClicks(editor.bylines, "Anna Ivanova / Moscow")
    fields = editor.dateline
    qtbot.keyClicks(fields.city, "Ankara")
    qtbot.keyClicks(fields.country, "Turkey")
    qtbot.keyClicks(fields.date, "18 Nov 2008")
    qtbot.keyClicks(fields.source, "RIA Novosti")
    qtbot.keyClicks(
        editor.lede,
        "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption "
        "of dialogue with NATO.",
    )
    editor.body.setPlainText(
        "Serdyukov is on a two-day official visit to NATO member Turkey.\n\n"
        "“I believe that we need to resume dialogue,” the minister told a news conference."
    )
    qtbot.keyClicks(editor.keywords, "NATO, Russia, Turkey")
    qtbot.keyClicks(editor.subjects, "politics; conflict, war and peace")
    for _ in range(2):
        qtbot.keyClick(editor.urgency, Qt.Key.Key_Up)
    editor.embargo.set_value(dt.datetime(2008, 11, 18, 9, 0, tzinfo=dt.UTC))
    qtbot.keyClicks(editor.note, "Check the minister's title with the Moscow desk.")
    wait_idle(qtbot, window)
    assert editor.urgency.currentText() == "3 – Urgent"
    assert_picture(save_picture(window, "main-window-metadata.png"))


def test_picture_of_the_preferences(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    dialog = open_preferences(qtbot, window)
    dialog.choose("house_style", "ap")
    dialog.show_page("house_style")
    dialog.adjustSize()
    path = artifacts_dir() / "preferences.png"
    assert dialog.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 600 and image.height() > 200
    dialog.reject()
