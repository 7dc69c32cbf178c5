"""Pasting into any field of an empty story is the smart paste; a one-line field takes a
paste as one line, and says when it had to cut it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.ui.editor.web_copy_paste import LINE_PASTE_MAX
from tests.ui.conftest import WindowFactory
from tests.ui.test_main_window import activate, new_story
from tests.ui.test_web_copy_paste import HEADLINE, wait_read

SAMPLE = Path(__file__).parents[3] / ".." / "shared" / "samples" / "web-copy-ria-novosti-2008.txt"
CTRL = Qt.KeyboardModifier.ControlModifier


def sample_text() -> str:
    return SAMPLE.resolve().read_text(encoding="utf-8")


def test_a_web_page_pasted_with_the_cursor_in_the_headline_is_read_as_a_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.waitUntil(editor.headline.hasFocus)  # where Ctrl+N leaves the cursor
    raw = sample_text()
    assert len(raw) > 2_000 and raw.count("\n") > 10
    QApplication.clipboard().setText(raw)
    qtbot.keyClick(editor.headline, Qt.Key.Key_V, CTRL)
    wait_read(qtbot, window)
    assert editor.headline.text() == HEADLINE
    assert "\n" not in editor.headline.text()
    assert editor.lede.toPlainText().startswith("Russian Defense Minister")
    assert editor.body.toPlainText().startswith("Serdyukov is on a two-day official visit")
    # Ctrl+Z in the body gives the paste back as it was, as for a paste into the body.
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)
    assert editor.headline.text() == "" and editor.body.toPlainText() == raw


def test_web_copy_pasted_into_the_lede_or_a_dateline_field_of_an_empty_story_is_read_too(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    editor = window.editor
    for field in (editor.lede, editor.dateline.city):
        new_story(qtbot, window)
        activate(qtbot, window)
        QApplication.clipboard().setText(sample_text())
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
        wait_read(qtbot, window)
        assert editor.headline.text() == HEADLINE
        assert editor.lede.toPlainText().startswith("Russian Defense Minister")


def test_a_paste_into_a_written_storys_headline_is_one_line_and_a_long_one_is_cut_and_said(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.body, "Some text already.")
    editor.headline.setFocus()
    qtbot.waitUntil(editor.headline.hasFocus)
    QApplication.clipboard().setText("Quake hits\neastern\n\nTurkey")
    qtbot.keyClick(editor.headline, Qt.Key.Key_V, CTRL)
    assert editor.headline.text() == "Quake hits eastern Turkey"
    assert not window.banner.isVisible()

    editor.headline.clear()
    raw = sample_text()
    QApplication.clipboard().setText(raw)
    editor.headline.paste()  # the Edit menu's Paste calls this
    headline = editor.headline.text()
    assert "\n" not in headline and 0 < len(headline) <= LINE_PASTE_MAX
    assert raw.split()[0] in headline  # the page's first words, one line
    qtbot.waitUntil(window.banner.isVisible)
    assert "first" in window.banner.message.text() and "clipboard" in window.banner.message.text()
    assert editor.body.toPlainText() == "Some text already."
