"""Pasting web copy into an empty story: a structured story in one undoable step; a paste
too large for any story is refused with a message, and the window keeps working."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.formats import wire_text
from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from editorial.ui.editor.web_copy_paste import looks_like_web_copy
from editorial.ui.shell.main_window import MainWindow
from tests.formats.conftest import SAMPLE_WEB_COPY
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import activate, new_story

HEADLINE = "Russia urges resumption of dialogue with NATO, alliance wary"
CTRL = Qt.KeyboardModifier.ControlModifier


def paste(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+V in the body, with `text` on the clipboard."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    activate(qtbot, window)
    body = window.editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    qtbot.keyClick(body, Qt.Key.Key_V, CTRL)


def wait_read(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tools.paste.pending, timeout=30_000)
    wait_idle(qtbot, window)


def test_several_lines_look_like_web_copy_and_one_does_not() -> None:
    assert looks_like_web_copy("Title\n\nFirst paragraph.\nSecond paragraph.")
    assert not looks_like_web_copy("Just a sentence pasted.\n\n")
    assert not looks_like_web_copy("One\n\n   \nTwo")


def test_pasted_web_copy_becomes_the_story_and_undo_gives_back_the_paste(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    parse = wire_text.read_web_copy

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(wire_text, "read_web_copy", recording)
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    editor = window.editor
    raw = SAMPLE_WEB_COPY.read_text(encoding="utf-8")

    paste(qtbot, window, raw)
    wait_read(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert editor.headline.text() == HEADLINE
    assert editor.slug.text() == "russia-urges-resumption-dialogue-nato"
    dateline = editor.dateline.dateline()
    assert (dateline.city, dateline.country, dateline.source) == ("Ankara", "Turkey", "RIA Novosti")
    assert dateline.date is not None and (dateline.date.month, dateline.date.day) == (11, 18)
    assert editor.lede.toPlainText().startswith("Russian Defense Minister")
    body = editor.body.toPlainText()
    assert body.startswith("Serdyukov is on a two-day official visit")
    assert "Subscribe" not in body and "Заголовок" not in body
    assert window.windowTitle().endswith(HEADLINE)
    assert "ANKARA, November 18 (RIA Novosti) -" in window.preview.fragment

    # One Ctrl+Z: the fields the reading filled are empty, the paste is there as it was.
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)
    assert editor.headline.text() == "" and editor.lede.toPlainText() == ""
    assert editor.dateline.dateline().is_empty
    assert editor.body.toPlainText() == raw
    # Redo reads it again; undo twice more and the story is as empty as before.
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.headline.text() == HEADLINE
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)
    assert editor.is_blank() and editor.dateline.dateline().is_empty
    story = editor.story()
    assert story is not None and story.headline == story.lede == story.body == ""

    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state is SaveState.SAVED)
    with Library.open(library_path) as library:
        kept = library.get(story_id)
    assert kept.headline == kept.body == kept.lede == ""


def test_a_paste_into_a_story_with_text_is_just_a_paste(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "My own headline")
    raw = SAMPLE_WEB_COPY.read_text(encoding="utf-8")
    paste(qtbot, window, raw)
    wait_read(qtbot, window)
    assert window.editor.headline.text() == "My own headline"
    assert window.editor.body.toPlainText() == raw
    assert window.editor.lede.toPlainText() == ""


def test_a_50_mb_paste_is_refused_with_a_message_and_the_window_responds(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Kept")
    window.editor.body.setPlainText("Already written.")
    huge = ("A line of a page dump that goes on and on. " * 2 + "\n") * 580_000
    assert len(huge) > 50_000_000

    started = time.monotonic()
    paste(qtbot, window, huge)
    ticked: list[float] = []
    QTimer.singleShot(0, lambda: ticked.append(time.monotonic()))
    qtbot.waitUntil(lambda: bool(ticked), timeout=3000)
    # About 0.2 s on a quiet machine; 3.7 s was seen while CI built the installer beside
    # the tests. The bound only tells a responding window from a frozen one (minutes).
    assert ticked[0] - started < 10.0
    assert window.banner.isVisible()
    message = window.banner.text()
    assert "Not pasted" in message and f"{len(huge):,} characters" in message
    assert "still on the clipboard" in message
    # Nothing lost, nothing half-inserted.
    assert window.editor.body.toPlainText() == "Already written."
    assert window.editor.headline.text() == "Kept"
    qtbot.keyClicks(window.editor.headline, " and typing")
    assert window.editor.headline.text() == "Kept and typing"
    # The lede and the note refuse it too.
    window.banner.clear()
    mime = QMimeData()
    mime.setText(huge)
    window.editor.lede.insertFromMimeData(mime)
    assert window.editor.lede.toPlainText() == ""
    assert "Not pasted" in window.banner.text()
    wait_idle(qtbot, window)


RUSSIAN_COPY = """РИА Новости
Главное
Россия призывает возобновить диалог с НАТО

МОСКВА, 18 ноября (РИА Новости) - Министр обороны России Анатолий Сердюков призвал во \
вторник возобновить диалог с НАТО, замороженный после войны в августе.

Сердюков находится с двухдневным визитом в Турции, сообщили в министерстве.
"""


def test_the_pasted_copy_sets_the_language_only_when_its_script_says_another(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    editor = window.editor
    for raw, expected in (
        (SAMPLE_WEB_COPY.read_text(encoding="utf-8"), "en-GB"),
        (RUSSIAN_COPY, "ru"),
    ):
        new_story(qtbot, window)
        editor.language.setEditText("en-GB")
        paste(qtbot, window, raw)
        wait_read(qtbot, window)
        assert editor.headline.text() != ""
        assert editor.language.tag() == expected
    assert editor.dateline.dateline().city == "Москва"
    assert editor.dateline.reading.text().startswith("МОСКВА, 18 ноября (РИА Новости)")
