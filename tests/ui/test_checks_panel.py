"""The checks panel in the window: figures at the top, findings in story order, a click
that takes the editor to the words, checks that follow the typing without holding it up."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field, Finding
from editorial.ui.shell.main_window import MainWindow
from tests.ui.checks_helpers import set_language, spelling_rows, wait_checked
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import activate, artifacts_dir, new_story


def start(make_window: WindowFactory, library_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(library_path)
    new_story(qtbot, window)
    set_language(window, "en")
    wait_checked(qtbot, window)
    return window


Call = tuple[threading.Thread, str, str]


def record_checks(window: MainWindow, delay: float = 0.0) -> list[Call]:
    """Wrap the window's CheckingService: each call's thread, the name of its Qt thread
    (the lane) and the body it checked."""
    assert window.controllers is not None
    checking = window.controllers.services.checking
    original = checking.check
    calls: list[Call] = []

    def recording(story: Any, **kwargs: Any) -> list[Finding]:
        lane = QThread.currentThread().objectName()
        calls.append((threading.current_thread(), lane, story.body))
        time.sleep(delay)
        return original(story, **kwargs)

    checking.check = recording  # type: ignore[method-assign]
    return calls


def finding_row(window: MainWindow, predicate: Any) -> Finding:
    return next(f for f in window.checks_panel.model.findings if predicate(f))


def click_row(qtbot: QtBot, window: MainWindow, finding: Finding) -> None:
    view = window.checks_panel.view
    index = window.checks_panel.model.index(window.checks_panel.model.row_of(finding), 1)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_panel_counts_the_story_and_lists_findings_in_story_order(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    editor = window.editor
    qtbot.keyClicks(
        editor.headline, "A headline that is far too long for the wire because it goes on and on."
    )
    qtbot.keyClicks(editor.lede, "Officials said talks would resume.")
    editor.body.setPlainText("The the talks  resumed.\n\nThey will continue tomorow.")
    result = wait_checked(qtbot, window)
    panel = window.checks_panel

    summary = panel.summary.text()
    assert "13 words" in summary  # lede and body
    assert f"{result.counts.characters} characters" in summary
    assert "1 min read" in summary
    headline_length = len(editor.headline.text())
    assert f"Headline {headline_length}/{result.headline_limit}" in summary
    assert "Lede 5 words" in summary

    findings = panel.model.findings
    order = [f.field for f in findings]
    assert order == sorted(order, key=[Field.STORY, Field.HEADLINE, Field.BYLINE, Field.DATELINE,
                                       Field.DATELINE_CITY, Field.DATELINE_DATE, Field.LEDE,
                                       Field.BODY].index)  # fmt: skip
    codes = {f.code for f in findings}
    assert {"structure.doubled-word", "structure.double-space", "spelling"} <= codes
    assert "structure.headline-period" in codes
    body_rows = [f for f in findings if f.field is Field.BODY]
    assert [f.start for f in body_rows] == sorted(f.start for f in body_rows)
    # Each row reads as where, then what; the status tallies them.
    model = panel.model
    row = model.row_of(finding_row(window, lambda f: f.code == "spelling"))
    assert model.index(row, 0).data() == "Body 3:20"
    assert model.index(row, 1).data() == "“tomorow” is not in the dictionary."
    assert "warning" in panel.status.text() and "Spelling: English (en_US)" in panel.status.text()


def test_over_the_headline_limit_shows_in_red(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    window.editor.headline.setText("x")
    qtbot.keyClicks(window.editor.headline, " word" * 20)  # 101 characters
    result = wait_checked(qtbot, window)
    assert result.counts.headline.characters > result.headline_limit
    assert "color:#b03a2e" in window.checks_panel.summary.text()
    over = finding_row(window, lambda f: f.code == "count.headline-long")
    assert over.field is Field.HEADLINE


def test_clicking_a_finding_selects_its_words_in_the_right_field(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Talks to resme")
    qtbot.keyClicks(editor.lede, "   Officals met on Monday.")  # the story keeps it trimmed
    editor.body.setPlainText("First paragraph.\n\nThe minister stated that it was over.")
    wait_checked(qtbot, window)
    activate(qtbot, window)

    click_row(qtbot, window, finding_row(window, lambda f: f.code.startswith("style.")))
    assert editor.body.hasFocus()
    assert editor.body.textCursor().selectedText() == "stated"

    click_row(qtbot, window, finding_row(window, lambda f: "Officals" in f.message))
    assert editor.lede.hasFocus()
    cursor = editor.lede.textCursor()
    assert (cursor.selectedText(), cursor.selectionStart()) == ("Officals", 3)

    click_row(qtbot, window, finding_row(window, lambda f: "resme" in f.message))
    assert editor.headline.hasFocus()
    assert editor.headline.selectedText() == "resme"

    click_row(qtbot, window, finding_row(window, lambda f: f.code == "structure.missing-dateline"))
    assert editor.dateline.city.hasFocus()


def test_a_click_after_more_typing_still_finds_the_moved_words(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    body.setPlainText("Officials said teh talks failed.")
    wait_checked(qtbot, window)
    finding = finding_row(window, lambda f: f.code == "spelling")
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "Turkish ")  # the row is still the old check's
    window.checks.go_to(finding)
    assert body.textCursor().selectedText() == "teh"


def test_checks_run_off_the_gui_thread_and_a_long_body_types_freely(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    calls = record_checks(window)
    paragraph = "The minister said talks would resume next week, officials added. " * 10
    body = "\n\n".join([paragraph] * 200)  # about 20,000 words
    window.editor.body.setPlainText(body + "\n\nThe talks were postponned.")
    wait_checked(qtbot, window, timeout=60_000)
    assert spelling_rows(window) == ["“postponned” is not in the dictionary."]

    editor = window.editor.body
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    checks_before = len(calls)
    slowest = 0.0
    for char in " Talks resumed.":
        began = time.perf_counter()
        qtbot.keyClick(editor, char)
        slowest = max(slowest, time.perf_counter() - began)
    result = wait_checked(qtbot, window, timeout=60_000)

    assert result.story.body.endswith("Talks resumed.")
    assert calls and all(thread is not threading.main_thread() for thread, _, _ in calls)
    assert {lane for _, lane, _ in calls} == {"editorial-checks"}
    # Debounced: fifteen keystrokes, one or two checks (a pause in QTest's typing may
    # let one through), not fifteen.
    assert 1 <= len(calls) - checks_before <= 3
    assert calls[-1][2].endswith("Talks resumed.")
    assert slowest < 0.25  # no keystroke waits for a check of 20,000 words


def test_results_for_a_text_since_changed_are_dropped(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    calls = record_checks(window, delay=0.6)  # a slow check: typing overtakes it
    shown: list[str] = []
    window.checks.runner.checked.connect(lambda result: shown.append(result.story.body))
    body = window.editor.body
    body.setPlainText("First text with a mistaek.")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)
    body.setPlainText("Second text, no mistakes.")
    result = wait_checked(qtbot, window)
    assert [text for _, _, text in calls] == [
        "First text with a mistaek.",
        "Second text, no mistakes.",
    ]
    assert shown == ["Second text, no mistakes."]  # the first check's answer never showed
    assert result.story.body == "Second text, no mistakes."
    assert spelling_rows(window) == []


def test_f7_hides_and_shows_the_panel_and_the_choice_is_kept(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    assert window.checks_panel.isVisible()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.show_checks in view_menu.actions()  # type: ignore[union-attr]
    activate(qtbot, window)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_F7)
    assert not window.checks_panel.isVisible()
    # Underlines do not depend on the panel.
    window.editor.body.setPlainText("A mistaek.")
    wait_checked(qtbot, window)
    assert window.checks.fields[Field.BODY].spans
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)

    again = make_window(library_path)
    assert not again.checks_panel.isVisible() and not again.show_checks.isChecked()
    again.show_checks.trigger()
    assert again.checks_panel.isVisible()


def test_no_story_no_findings(make_window: WindowFactory, library_path: Path, qtbot: QtBot) -> None:
    window = start(make_window, library_path, qtbot)
    window.editor.body.setPlainText("A mistaek.")
    wait_checked(qtbot, window)
    activate(qtbot, window)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.story_id is None)
    wait_idle(qtbot, window)
    assert window.checks_panel.model.rowCount() == 0
    assert window.checks.result is None
    assert not window.checks.fields[Field.BODY].spans


def test_picture_of_the_window_with_checks(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    window.resize(1400, 860)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Russia urges resumtion of Georgia talks.")
    editor.bylines.clear()
    qtbot.keyClicks(editor.bylines, "Anna Ivanova / Moscow")
    qtbot.keyClicks(editor.dateline.city, "Ankara")
    qtbot.keyClicks(editor.dateline.country, "Turkey")
    qtbot.keyClicks(editor.dateline.source, "RIA Novosti")
    qtbot.keyClicks(
        editor.lede,
        "Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks on "
        "European security to resume.",
    )
    editor.body.setPlainText(
        "Speaking to reporters after the meeting, the minister stated that dialogue was "
        "the only way forward.\n\n\u201cWe are ready to talk,\u201d he said.  Talks are "
        "expected next month, acording to officials.\n\nThe the delegation will travel "
        "to Geneva on 5 December."
    )
    result = wait_checked(qtbot, window)
    assert {"spelling", "style.word", "structure.doubled-word"} <= {f.code for f in result.findings}
    QApplication.processEvents()
    # The editor keeps most of its width: the panel shares the preview's column.
    assert editor.body.width() >= 540
    assert window.checks_panel.height() >= 220
    path = artifacts_dir() / "main-window-checks.png"
    assert window.grab().save(str(path))


def test_picture_of_the_spelling_menu_and_a_language_without_dictionary(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    window.resize(1400, 860)
    body = window.editor.body
    body.setPlainText("Talks are expected next month, acording to officials who stated it.")
    wait_checked(qtbot, window)
    # The suggestions come from the checks lane into the menu already made.
    with qtbot.waitSignal(window.checks.suggestions_arrived, timeout=10_000):
        menu = window.checks.menu_for(Field.BODY, len("Talks are expected next month, aco"))
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert menu.grab().save(str(artifacts_dir() / "spelling-menu.png"))
    texts = [action.text() for action in menu.actions()]
    assert "according" in texts[:5] and "Add “acording” to Dictionary" in texts
    menu.close()

    set_language(window, "tlh")
    wait_checked(qtbot, window)
    assert window.checks_panel.notice.isVisible()
    assert window.checks_panel.grab().save(str(artifacts_dir() / "checks-panel-no-dictionary.png"))


def test_a_new_headline_limit_shows_at_the_next_check(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    qtbot.keyClicks(window.editor.headline, "Talks resume in Ankara")
    assert window.controllers is not None
    window.controllers.services.preferences.update(
        {"headline_limit": 20}
    )  # as the preferences would
    qtbot.keyClicks(window.editor.headline, "!")
    result = wait_checked(qtbot, window)
    assert result.headline_limit == 20
    assert "Headline 23/20" in window.checks_panel.summary.text()
    assert "count.headline-long" in {f.code for f in result.findings}


def test_a_story_being_checked_for_the_first_time_is_not_told_to_open_a_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """The first check of a story (a dictionary loading: a second or two) showed the
    panel's "Open a story to check it." beside the story open in the editor."""
    window = make_window(library_path)  # no story yet
    panel = window.checks_panel
    assert panel.empty.text() == "Open a story to check it."
    record_checks(window, delay=1.0)  # a check as slow as a first dictionary load
    new_story(qtbot, window)
    qtbot.waitUntil(lambda: window.checks.runner.busy, timeout=5000)
    assert panel.empty.isVisible() and panel.empty.text() == "Checking…"
    wait_checked(qtbot, window)
    assert panel.empty.text() != "Open a story to check it."
    assert panel.view.isVisible() or panel.empty.text() == "No problems found."
