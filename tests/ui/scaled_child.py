"""Run by test_small_screens.py in its own process with QT_SCALE_FACTOR=2 (200% scaling):
open the window over the library given, start a story with a dateline, take a picture
and print, as JSON, what each dateline field shows of its text."""

from __future__ import annotations

import json
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer

from editorial.ui.shell.app import application, open_window
from tests.ui.test_small_screens import DATELINE, visible_text_width

LOGICAL_SIZE = (1024, 700)


def main(library: str, picture: str) -> int:
    app = application([])
    window = open_window(library)
    window.resize(*LOGICAL_SIZE)
    result: dict[str, object] = {}

    def opened() -> None:
        window.commands.new_story.trigger()
        QTimer.singleShot(1500, typed)

    def typed() -> None:
        editor = window.editor
        editor.headline.setText("Russia urges resumption of Georgia talks")
        for name, text in DATELINE.items():
            getattr(editor.dateline, name).setText(text)
        QTimer.singleShot(800, measured)

    def measured() -> None:
        fields = {
            name: [
                visible_text_width(line),
                line.fontMetrics().horizontalAdvance(line.text()),
            ]
            for name in DATELINE
            if (line := getattr(window.editor.dateline, name))
        }
        image = window.grab()
        image.save(picture)
        result.update(
            ratio=window.devicePixelRatio(),
            picture=[image.width(), image.height()],
            window=[window.width(), window.height()],
            fields=fields,
            story_list=window.list_tabs.width(),
        )
        window.close()

    window.ready.connect(lambda: QTimer.singleShot(300, opened))
    app.exec()
    print(json.dumps(result))
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
