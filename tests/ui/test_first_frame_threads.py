"""The first frame is painted on the GUI thread alone (`app.serial_painting`): Qt's GUI
thread pool, which its raster engine hands every tall fill that is not one plain colour
(the style's scroll bar beside a long list), is not started, in a real `editorial`
process whose list has more stories than it shows."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.ui.test_startup import process_env

# QThreadPool names its threads so (the kernel keeps 15 characters: all of it).
POOLED = "Thread (pooled)"

# `editorial --library L` until its list is painted, then the process's threads by name
# and whether the list has its scroll bar, and the window as painted (saved to argv[3]).
# `serial_painting` is left out when asked (argv[2]): the control, showing what the
# check sees when the pool is used, and how the window looks then.
UNTIL_LISTED = """
import json, os, sys
from pathlib import Path
import editorial.ui.shell.app as app_module
from editorial.cli import main
if sys.argv[2] == "pool":
    app_module.serial_painting = lambda environ=None: None
    os.environ.pop("QT_NO_GUI_THREADPOOL", None)
opened = app_module.open_window
def open_window(*args, **kwargs):
    window = opened(*args, **kwargs)
    def listed():
        window.repaint()
        tasks = Path("/proc/self/task").iterdir()
        names = sorted(task.joinpath("comm").read_text().strip() for task in tasks)
        shown = window.list_panel.view.verticalScrollBar().isVisible()
        window.grab().save(sys.argv[3])
        print("listed", json.dumps([shown, names]), flush=True)
        os._exit(0)
    window.listed.connect(listed)
    return window
app_module.open_window = open_window
main(["--library", sys.argv[1]])
"""


@pytest.fixture(scope="module")
def long_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twice the stories a tall window's list shows: it has a scroll bar."""
    path = tmp_path_factory.mktemp("long") / "desk.sqlite"
    then = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    with Library.open(path, clock=lambda: then) as library:
        for n in range(60):
            library.add(new_story("test.example", headline=f"Story {n}"))
    return path


def start_until_listed(library: Path, tmp_path: Path, mode: str) -> tuple[bool, list[str]]:
    env = process_env(tmp_path)
    env.pop("QT_NO_GUI_THREADPOOL", None)
    result = subprocess.run(
        [sys.executable, "-c", UNTIL_LISTED, str(library), mode, str(tmp_path / f"{mode}.png")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("listed ")]
    assert len(lines) == 1, result.stdout
    scroll_bar, names = json.loads(lines[0].removeprefix("listed "))
    return bool(scroll_bar), list(names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads read from /proc")
def test_the_first_frame_starts_no_thread_of_qts_gui_pool(
    long_library: Path, tmp_path: Path
) -> None:
    scroll_bar, names = start_until_listed(long_library, tmp_path, "serial")
    assert scroll_bar  # what would use the pool is painted
    assert POOLED not in names, names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads read from /proc")
def test_without_serial_painting_the_scroll_bar_starts_the_pool(
    long_library: Path, tmp_path: Path
) -> None:
    """The control: the same start with Qt's pool left on has its threads by the first
    frame (what the check above would see, were the pool used)."""
    scroll_bar, names = start_until_listed(long_library, tmp_path, "pool")
    assert scroll_bar
    assert POOLED in names, names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads read from /proc")
def test_the_window_painted_serially_looks_as_with_the_pool(
    long_library: Path, tmp_path: Path, qapp: QApplication
) -> None:
    """Pixel for pixel: the pool's pieces are the same drawing, done in turn."""
    start_until_listed(long_library, tmp_path, "serial")
    start_until_listed(long_library, tmp_path, "pool")
    serial, pooled = QImage(str(tmp_path / "serial.png")), QImage(str(tmp_path / "pool.png"))
    assert not serial.isNull() and serial.width() > 400
    assert serial == pooled


def test_serial_painting_keeps_a_setting_of_qts_switch_already_made() -> None:
    from editorial.ui.shell.app import serial_painting

    unset: dict[str, str] = {}
    serial_painting(unset)
    chosen = {"QT_NO_GUI_THREADPOOL": "yes"}
    serial_painting(chosen)
    assert unset == {"QT_NO_GUI_THREADPOOL": "1"}
    assert chosen == {"QT_NO_GUI_THREADPOOL": "yes"}
