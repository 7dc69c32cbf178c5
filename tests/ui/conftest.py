"""Window tests run offscreen, each with its own library file and, through the top-level
conftest, its own XDG config and data folders (so window state never leaks between tests).
"""

from __future__ import annotations

import gc
import os

# Before anything imports Qt: no display is needed or wanted.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.ui.shell.app import application, open_window
from editorial.ui.shell.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
OPEN_TIMEOUT_MS = 15_000


# Every this many window tests, a collection walks everything again (see below).
FULL_COLLECTION_EVERY = 20
_tests_since_full_collection = [0]


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the application does (`ui/shell/garbage.py`): no automatic collection, which
    could run on a lane thread and destroy an earlier test's widgets from there; what
    the test left is collected here, on the GUI thread.

    And as the application's `settle()` does, what outlives a test's collection (the
    modules, caches, the application) is set aside (`gc.freeze`): the next test's
    collection walks only what that test made, not the hundreds of thousands of objects
    of the whole session (a tenth of a second or more, at every test). Every
    FULL_COLLECTION_EVERY tests they go back for one collection of everything, for
    what an earlier test kept a while and has let go since."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _tests_since_full_collection[0] += 1
        if _tests_since_full_collection[0] >= FULL_COLLECTION_EVERY:
            _tests_since_full_collection[0] = 0
            gc.unfreeze()
        gc.collect()
        gc.freeze()
        if was_enabled:
            gc.enable()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """English's own catalogue, as the application installs at its start (its plurals:
    "%n story(s)" is "1 story", "2 stories"), built once into a throw-away folder."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from editorial.ui.shell.translations import ENGLISH, compile_messages, translation_sources

    target = tmp_path_factory.mktemp("messages") / "editorial_en.qm"
    compile_messages(translation_sources(ENGLISH), target)
    translator = QTranslator()
    assert translator.load(str(target)), target
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def make_window(
    qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WindowFactory]:
    """Open main windows as `editorial --library PATH` does; each is closed (saving) and
    its worker threads ended after the test."""
    windows: list[MainWindow] = []
    # A close that cannot save would ask in a modal dialog; tests must never block on one.
    monkeypatch.setattr(MainWindow, "_confirm_discard", lambda self: True)

    def make(location: Path | str | None, *, wait: bool = True) -> MainWindow:
        application()
        window = open_window(str(location) if location is not None else None)
        windows.append(window)
        if wait:
            wait_open(qtbot, window)
        return window

    yield make
    for window in windows:
        close_window(qtbot, window)


def wait_open(qtbot: QtBot, window: MainWindow) -> None:
    """Until the library is open (or has failed to open) and the first story is shown."""

    def opened() -> bool:
        if window.banner.isVisible() and window.controllers is None:
            return True
        if window.controllers is None:
            return False
        first = window.model.summary_at(0)
        return first is None or window.session.story_id is not None

    qtbot.waitUntil(opened, timeout=OPEN_TIMEOUT_MS)
    wait_idle(qtbot, window)


def wait_idle(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    """Until every background task has reported back and the preview is up to date."""
    qtbot.waitUntil(lambda: window.runner.is_idle and not window.preview.pending, timeout=timeout)


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    if not window.runner.is_closed:
        window.close()
        qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    window.runner.shutdown()
    window.deleteLater()
