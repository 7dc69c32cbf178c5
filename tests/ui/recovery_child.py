"""Run by test_crash_recovery.py in its own process: start the window on a library, type
a story through QTest as a person would, and die by SIGKILL, as a crash would.

`typing`: the body is typed key by key and the kill comes mid-typing. `cursor`: after
typing, a newer story is started, the first opened again and a passage of its body
selected; the kill comes two
seconds later. Each keystroke is logged with its time (`key INDEX TIME`), then what
the test needs to know (`story ID`, `selection ANCHOR POSITION`, `kill TIME`)."""

from __future__ import annotations

import os
import signal
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editorial.ui.shell.app import application, open_window

HEADLINE = "Quake hits eastern Turkey"
BODY = "Rescuers searched the rubble of Van through the night, officials said. " * 20
TYPING_SECONDS = 5.0


def spin(seconds: float, until: object = None) -> None:
    app = application()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until is not None and until():  # type: ignore[operator]
            return
        time.sleep(0.005)
    if until is not None:
        raise SystemExit("timed out")


def say(line: str) -> None:
    print(line, flush=True)


def main(library: str, mode: str) -> None:
    application()
    window = open_window(library)
    spin(60, lambda: window.controllers is not None and window.runner.is_idle)
    window.desk.new_story()
    spin(60, lambda: window.session.story_id is not None and window.runner.is_idle)
    say(f"story {window.session.story_id}")
    QTest.keyClicks(window.editor.headline, HEADLINE)
    body = window.editor.body
    body.setFocus()
    started = time.monotonic()
    for index, key in enumerate(BODY if mode == "typing" else BODY[:200]):
        QTest.keyClicks(body, key)
        say(f"key {index} {time.time():.3f}")
        spin(0.015)
        if mode == "typing" and time.monotonic() - started > TYPING_SECONDS:
            break
    if mode == "cursor":
        # Another story, newer than this one: the start after the crash must not open it.
        first = window.session.story_id
        window.desk.new_story()
        spin(60, lambda: window.session.story_id not in (None, first) and window.runner.is_idle)
        QTest.keyClicks(window.editor.headline, "A newer story")
        spin(60, lambda: window.session.state.value == "saved" and window.runner.is_idle)
        window.desk.open_story(first)  # type: ignore[arg-type]
        spin(60, lambda: window.session.story_id == first and window.runner.is_idle)
        cursor = body.textCursor()
        cursor.setPosition(40)
        cursor.setPosition(62, QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        say(f"selection {cursor.anchor()} {cursor.position()}")
        spin(2.0)
    say(f"kill {time.time():.3f}")
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
