"""Run by test_killed_process.py in its own process: start the window on a library, type
a story, let two seconds pass, and die by SIGKILL, as a crash would: no close, no flush."""

from __future__ import annotations

import os
import signal
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editorial.ui.shell.app import application, open_window


def spin(seconds: float, until: object = None) -> None:
    app = application()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until is not None and until():  # type: ignore[operator]
            return
        time.sleep(0.01)
    if until is not None:
        raise SystemExit("timed out")


def main(library: str, grace_seconds: float) -> None:
    application()
    window = open_window(library)
    spin(30, lambda: window.controllers is not None and window.runner.is_idle)
    window.desk.new_story()
    spin(30, lambda: window.session.story_id is not None and window.runner.is_idle)
    QTest.keyClicks(window.editor.headline, "Quake hits eastern Turkey")
    QTest.keyClicks(window.editor.body, "Rescuers searched the rubble through the night.")
    QTest.keyClick(window.editor.body, Qt.Key.Key_Return)
    print(f"typed {window.session.story_id}", flush=True)
    spin(grace_seconds)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
