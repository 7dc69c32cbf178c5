"""The window at 1024×700 and 800×560 (and at 200% scaling, in a child process): every
field wide enough for what it holds, the story list wide enough to read. Pictures:
`artifacts/small-*.png`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story

ROOT = Path(__file__).resolve().parents[2]
DATELINE = {"city": "Ankara", "region": "Ankara Province", "country": "Turkey",
            "date": "18 Nov 2008", "source": "RIA Novosti"}  # fmt: skip
STORY_LIST_MIN = 150  # a headline's first words and the story's time stay readable


def fill_story(qtbot: QtBot, window: MainWindow) -> None:
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Russia urges resumption of Georgia talks")
    for name, text in DATELINE.items():
        qtbot.keyClicks(getattr(editor.dateline, name), text)
    qtbot.keyClicks(editor.lede, "Russian Defense Minister Anatoly Serdyukov called for talks.")
    wait_idle(qtbot, window)


def visible_text_width(line: QLineEdit) -> int:
    """What the field shows of its text: the part of it on screen (not hidden by its
    scroll area or the window's edge) less its frame and text margins."""
    shown = line.visibleRegion().boundingRect() & line.contentsRect()
    margins = line.textMargins()
    return shown.width() - margins.left() - margins.right() - 4


@pytest.mark.parametrize("size", [(1024, 700), (800, 560)])
def test_the_dateline_and_the_story_list_are_readable_at_small_sizes(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window = make_window(library_path)
    window.resize(*size)
    fill_story(qtbot, window)
    qtbot.wait(100)
    assert (window.width(), window.height()) == size
    lines = {name: getattr(window.editor.dateline, name) for name in DATELINE}
    needed = {n: line.fontMetrics().horizontalAdvance(line.text()) for n, line in lines.items()}
    clipped = {
        name: (line.text(), visible_text_width(line), needed[name])
        for name, line in lines.items()
        if needed[name] > visible_text_width(line)
    }
    assert clipped == {}
    assert window.list_tabs.width() >= STORY_LIST_MIN
    assert window.editor.headline.width() >= 200
    path = artifacts_dir() / f"small-{size[0]}x{size[1]}.png"
    assert window.grab().save(str(path))


def test_the_window_at_200_percent_scaling(library_path: Path) -> None:
    """In a child process (Qt reads QT_SCALE_FACTOR once, at start): every pixel doubled,
    the layout the same as at 100%, nothing clipped."""
    picture = artifacts_dir() / "small-1024x700-at-200-percent.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("scaled_child.py")), str(library_path),
         str(picture)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["ratio"] == 2.0
    assert answer["window"] == [1024, 700]
    assert answer["picture"] == [2048, 1400]
    assert QImage(str(picture)).size().width() == 2048
    clipped = {name: shown for name, shown in answer["fields"].items() if shown[1] > shown[0]}
    assert clipped == {}
    assert answer["story_list"] >= STORY_LIST_MIN
