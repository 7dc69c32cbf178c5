"""Pictures of the window for a reviewer to look at: `artifacts/*.png` (not committed).

They are taken at a desktop size larger than the offscreen screen, which `grab()` allows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from editorial.services.welcome import WELCOME_HEADLINE
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story

SIZE = (1400, 860)


def save_picture(window: object, name: str) -> Path:
    path = artifacts_dir() / name
    assert window.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def assert_picture(path: Path) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    # Not a blank canvas: a real window has thousands of distinct pixels.
    colours = {image.pixel(x, y) for x in range(0, SIZE[0], 7) for y in range(0, SIZE[1], 7)}
    assert len(colours) > 50


def test_picture_of_the_welcome_story(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(None)  # the default library, which starts with the welcome story
    window.resize(*SIZE)
    wait_idle(qtbot, window)
    assert window.editor.headline.text() == WELCOME_HEADLINE
    assert "ANKARA" in window.preview.fragment
    assert_picture(save_picture(window, "main-window-welcome.png"))


def test_picture_of_a_new_story_with_a_dateline(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    window.resize(*SIZE)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Russia urges resumption of Georgia talks")
    editor.bylines.clear()  # new stories carry the editor's own name
    qtbot.keyClicks(editor.bylines, "Anna Ivanova / Moscow; John Smith")
    qtbot.keyClicks(editor.dateline.city, "Ankara")
    qtbot.keyClicks(editor.dateline.country, "Turkey")
    qtbot.keyClicks(editor.dateline.date, "18 Nov 2008")
    qtbot.keyClicks(editor.dateline.source, "RIA Novosti")
    qtbot.keyClicks(
        editor.lede,
        "Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks on "
        "European security to resume.",
    )
    editor.body.setPlainText(
        "Speaking to reporters after the meeting, the minister said *dialogue* was the "
        "only way forward.\n\n> We are ready to talk.\n\nTalks are expected next month."
    )
    qtbot.keyClicks(editor.keywords, "defence, Turkey, security")
    qtbot.keyClicks(editor.note, "Check the quote with the Moscow bureau.")
    wait_idle(qtbot, window)
    assert editor.dateline.reading.text() == "ANKARA, November 18 (RIA Novosti) -"
    assert '<span class="dateline">ANKARA, November 18 (RIA Novosti) -</span>' in (
        window.preview.fragment
    )
    assert_picture(save_picture(window, "main-window-dateline.png"))
