"""Run by test_library_switch.py in its own process, as `editorial` runs: the window on
the library the preferences name (FIRST), a word typed into its story, another library
(SECOND) chosen in the preferences, and once the window over it is shown, a polite kill
(SIGTERM), which must close the window that followed, saving, and end the process."""

from __future__ import annotations

import os
import signal
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from editorial.settings import Preferences, save_preferences
from editorial.ui.shell.app import application, library_switch, run_app
from editorial.ui.shell.main_window import MainWindow


def main(first: str, second: str) -> int:
    save_preferences(Preferences(library_location=first))
    app = application()
    poll = QTimer(app)

    def shown() -> list[MainWindow]:
        return [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def switched(window: MainWindow) -> None:
        print(f"switched to {window.controllers.services.location}", flush=True)  # type: ignore[union-attr]
        then = QTimer(window)

        def type_and_kill() -> None:
            if window.session.story_id is None or not window.runner.is_idle:
                return
            then.stop()
            # Typed in the new library, then killed before its autosave.
            window.editor.headline.end(False)
            QTest.keyClicks(window.editor.headline, " at once")
            QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))

        then.timeout.connect(type_and_kill)
        then.start(50)

    def step() -> None:
        windows = shown()
        if len(windows) != 1 or windows[0].controllers is None:
            return
        window = windows[0]
        if window.session.story_id is None or not window.runner.is_idle:
            return
        poll.stop()
        window.editor.headline.end(False)
        QTest.keyClicks(window.editor.headline, " at last")
        library_switch(window).switched.connect(switched)
        window.tools.save_preferences({"library_location": second})

    poll.timeout.connect(step)
    poll.start(50)
    QTimer.singleShot(60_000, lambda: app.exit(3))  # never hang the test
    return run_app(None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
