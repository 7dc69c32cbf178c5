"""Killing a real window process while it types (SIGKILL: no close, no flush) loses at
most the last two seconds: the library is whole, and the next start reopens the story
with its text, the cursor (and selection) where it was, and a line
saying what was recovered."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from editorial.domain.story import new_story
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.services.session_state import OpenStory, SessionStateFile, session_path
from editorial.storage.library import Library
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.tasks import Task
from tests.services.test_session_state import dead_pid
from tests.ui.conftest import WindowFactory
from tests.ui.recovery_child import BODY, HEADLINE

CHILD = Path(__file__).with_name("recovery_child.py")
LOST_AT_MOST_S = 2.0
TIMEOUT_MS = 30_000


def kill_while_typing(library: Path, mode: str) -> dict[str, list[list[str]]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, str(CHILD), str(library), mode],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr
    said: dict[str, list[list[str]]] = {}
    for line in done.stdout.splitlines():
        word, *rest = line.split()
        said.setdefault(word, []).append(rest)
    return said


def integrity(library: Path) -> str:
    with sqlite3.connect(library) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def reopened(make_window: WindowFactory, qtbot: QtBot, library: Path, story_id: int) -> MainWindow:
    window = make_window(library)
    qtbot.waitUntil(
        lambda: window.session.story_id == story_id and window.runner.is_idle, timeout=TIMEOUT_MS
    )
    return window


def assert_recovery_line(window: MainWindow) -> None:
    assert window.banner.isVisible()
    assert re.fullmatch(
        f"Recovered the text of “{HEADLINE}” typed before Editorial closed unexpectedly "
        r"at \d\d:\d\d\.",
        window.banner.text(),
    ), window.banner.text()


def test_a_window_killed_mid_typing_comes_back_with_all_but_the_last_two_seconds(
    library_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    said = kill_while_typing(library_path, "typing")
    story_id = int(said["story"][0][0])
    killed_at = float(said["kill"][0][0])
    typed = {int(index): float(at) for index, at in said["key"]}
    assert max(typed.values()) > killed_at - 0.5, "the kill came mid-typing"
    due = max((i for i, at in typed.items() if at <= killed_at - LOST_AT_MOST_S), default=-1)
    assert due > 20, "typing went on long enough before the kill"
    assert integrity(library_path) == "ok"

    window = reopened(make_window, qtbot, library_path, story_id)

    body = window.editor.body.toPlainText()
    assert window.editor.headline.text() == HEADLINE
    assert body.startswith(BODY[: due + 1]), (len(body), due + 1)  # all but two seconds
    assert BODY.startswith(body)  # and nothing else
    # The cursor was at the end of the typing: the end of what was kept.
    assert window.editor.body.textCursor().position() == len(body)
    assert_recovery_line(window)


def test_each_save_records_the_cursor_before_its_text_goes_in(
    library_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The render lane, where the cursor is recorded as it moves, can be busy when a save
    lands; the save records the cursor itself, so a kill after it never brings the text
    back with the cursor short of its end."""
    window = make_window(library_path)
    window.desk.new_story()
    qtbot.waitUntil(lambda: window.session.story_id is not None and window.runner.is_idle)
    body = window.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Rescuers searched")
    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state.value == "saved" and window.runner.is_idle)

    held = threading.Event()
    window.runner.submit(window.runner.render_lane, Task(lambda: held.wait(20), label="held"))
    try:
        qtbot.keyClicks(body, " the rubble of Van")
        window.session.save_now()
        qtbot.waitUntil(lambda: window.session.state.value == "saved", timeout=TIMEOUT_MS)
        recorded = json.loads(session_path(str(library_path)).read_text(encoding="utf-8"))
        assert recorded["open_story"]["cursor"] == len("Rescuers searched the rubble of Van")
        assert recorded["open_story"]["field"] == "body"
    finally:
        held.set()
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=TIMEOUT_MS)


def test_the_cursor_and_selection_come_back_after_a_kill(
    library_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    said = kill_while_typing(library_path, "cursor")
    story_id = int(said["story"][0][0])
    anchor, position = (int(n) for n in said["selection"][0])
    assert integrity(library_path) == "ok"

    window = reopened(make_window, qtbot, library_path, story_id)

    assert window.editor.body.toPlainText() == BODY[:200]
    cursor = window.editor.body.textCursor()
    assert (cursor.anchor(), cursor.position()) == (anchor, position)
    assert cursor.selectedText() == BODY[40:62]
    assert_recovery_line(window)


def test_an_approved_story_open_at_a_crash_is_reopened_without_a_word_of_typing(
    library_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Nobody could type in an approved story: the line says it was reopened, not that
    text typed in it was recovered."""
    chief = Actor("Chief", EVERY_ROLE)
    with Library.open(library_path) as library:
        story = library.add(new_story("x.org", headline=HEADLINE).edited(body="Body."))
        assert story.id is not None
        story = library.workflow.move(story.id, story.version, Action.SUBMIT, chief)
        library.workflow.move(story.id, story.version, Action.APPROVE, chief)  # type: ignore[arg-type]
    crashed = SessionStateFile(session_path(str(library_path)), pid=dead_pid(), token="gone")
    crashed.start()
    crashed.record(OpenStory(story_id=story.id, headline=HEADLINE, field="body"))

    window = reopened(make_window, qtbot, library_path, story.id)  # type: ignore[arg-type]

    assert window.banner.isVisible()
    assert re.fullmatch(
        f"Reopened “{HEADLINE}”, open when Editorial closed unexpectedly at \\d\\d:\\d\\d\\.",
        window.banner.text(),
    ), window.banner.text()


def test_a_clean_quit_reopens_nothing_and_says_nothing(
    library_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = make_window(library_path)
    first.desk.new_story()
    qtbot.waitUntil(lambda: first.session.story_id is not None, timeout=TIMEOUT_MS)
    first.close()
    qtbot.waitUntil(lambda: first.runner.is_closed, timeout=TIMEOUT_MS)

    again = make_window(library_path)
    qtbot.waitUntil(lambda: again.runner.is_idle, timeout=TIMEOUT_MS)
    assert not again.banner.isVisible()
