"""The application object and the files the window loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.ui.shell.app import DESKTOP_FILE_ID, application, when_painted
from editorial.ui.shell.resources import (
    APP_ICON,
    APP_STYLE_SHEET,
    PREVIEW_CSS,
    resource_path,
    resource_text,
)
from tests.ui.conftest import WindowFactory, wait_open

ROOT = Path(__file__).resolve().parents[2]


def test_application_is_named_for_the_desktop_entry(qapp: QApplication) -> None:
    app = application()
    assert app is qapp  # one QApplication, configured in place
    assert app.applicationName() == "editorial"
    assert app.desktopFileName() == DESKTOP_FILE_ID
    assert (ROOT / "desktop" / f"{DESKTOP_FILE_ID}.desktop").is_file()
    assert "#messageBanner" in app.styleSheet()


def test_the_window_icon_is_set_once_the_first_frame_is_painted(
    qapp: QApplication, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    qapp.setWindowIcon(QIcon())
    window = make_window(library_path, wait=False)
    painted: list[bool] = []
    when_painted(window, lambda: painted.append(qapp.windowIcon().isNull()))
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    assert painted[0]  # not made for the first frame
    wait_open(qtbot, window)
    icon = qapp.windowIcon()
    assert not icon.isNull() and not window.windowIcon().isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_window_icon_is_the_desktop_icon() -> None:
    desktop_svg = ROOT / "desktop/icons/hicolor/scalable/apps" / f"{DESKTOP_FILE_ID}.svg"
    assert resource_path(APP_ICON).read_bytes() == desktop_svg.read_bytes()


def test_style_files_are_found() -> None:
    assert "span.dateline" in resource_text(PREVIEW_CSS)
    assert "#editorialNote" in resource_text(APP_STYLE_SHEET)
    assert resource_text("no/such/file.css") == ""


def test_the_shortcuts_are_set_once_the_first_frame_is_painted(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QKeySequence

    window = make_window(library_path, wait=False)
    at_first_paint: list[str] = []
    when_painted(
        window, lambda: at_first_paint.append(window.commands.new_story.shortcut().toString())
    )
    qtbot.waitUntil(lambda: bool(at_first_paint), timeout=10_000)
    assert at_first_paint[0] == ""  # not read for the first frame
    wait_open(qtbot, window)
    commands = window.commands
    assert [key.toString() for key in commands.new_story.shortcuts()] == ["Ctrl+N"]
    assert commands.trash.shortcut().toString() == "Del"
    assert commands.undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[:1]
    assert window.show_checks.shortcut().toString() == "F7"
    help_keys = window.findChild(QAction, "showShortcuts")
    assert help_keys is not None and help_keys.shortcut().toString() == "Ctrl+/"


def test_the_window_actions_are_every_one_declared_and_only_those(
    make_window: WindowFactory, library_path: Path
) -> None:
    from editorial.ui.shell.window_actions import WindowActions

    commands = make_window(library_path).commands
    names = list(WindowActions.__annotations__)
    assert len(names) == 28 and names[0] == "new_story"
    assert commands.all() == [getattr(commands, name) for name in names]
    assert len({id(action) for action in commands.all()}) == len(names)
    with pytest.raises(TypeError, match="save"):
        WindowActions(**{name: commands.quit for name in names if name != "save"})


@pytest.mark.parametrize("stories", [0, 3])
def test_the_first_paint_is_told_with_stories_in_the_list_and_without(
    qapp: QApplication, qtbot: QtBot, stories: int
) -> None:
    """`when_painted` follows the rows' paint when the list has stories (MainWindow's
    `painted`, from the rows' delegate), the window's own paint when it has none; either
    way long before its fallback (an hour here)."""
    import datetime as dt

    from editorial.domain.story import Status, StorySummary
    from editorial.ui.shell.main_window import MainWindow
    from editorial.ui.shell.tasks import TaskRunner

    now = dt.datetime.now(dt.UTC)
    runner = TaskRunner()
    window = MainWindow(runner)
    try:
        summaries = [
            StorySummary(n, f"urn:{n}", f"Story {n}", "", Status.DRAFT, now) for n in range(stories)
        ]
        window.fill_first_look(summaries)
        rows_painted: list[int] = []
        window.painted.connect(lambda: rows_painted.append(window.model.rowCount()))
        told: list[bool] = []
        window.show()
        when_painted(window, lambda: told.append(window.isVisible()), wait_ms=3_600_000)
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        assert told == [True]
        # Each painted row is told with stories; without, no row (the window's paint was).
        assert len(rows_painted) >= stories and set(rows_painted) <= {stories}
        assert bool(rows_painted) == bool(stories)
    finally:
        window.hide()
        runner.shutdown()
        window.deleteLater()
