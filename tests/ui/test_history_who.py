"""The History tab says who made every version, on real widgets over a real library: a
plain save (Ctrl+S) over a new story, and over an autosave, is named like a move is (by
initials, the full name in the tooltip); only a story imported from a file, which no one
at this desk wrote, shows "—"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.services.desk import open_desk
from editorial.settings import Preferences
from editorial.ui.library.history_panel import NO_ONE
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_corrections_and_versions import desk_user  # noqa: F401 (a fixture)
from tests.ui.test_main_window import new_story
from tests.ui.test_story_workflow import history_rows


def show_history(qtbot: QtBot, window: MainWindow, rows: int) -> list[tuple[str, ...]]:
    window.side_tabs.setCurrentWidget(window.history_panel)
    qtbot.waitUntil(lambda: len(history_rows(window)) == rows, timeout=10_000)
    return history_rows(window)


def test_plain_saves_name_who_saved(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str  # noqa: F811
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    window.editor.headline.insert("Bridge to close in March")
    window.commands.save.trigger()  # over the new story, which is not kept
    wait_idle(qtbot, window)
    window.editor.body.insertPlainText("The council voted on Tuesday.")
    window.commands.save.trigger()
    wait_idle(qtbot, window)
    rows = show_history(qtbot, window, 2)
    assert [(row[4], row[1], row[2]) for row in rows] == [("3", "CD", "Save"), ("2", "CD", "Edit")]
    model = window.history_panel.model
    for row in range(model.rowCount()):
        assert f"by {desk_user}" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_an_imported_story_names_no_one(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, tmp_path: Path,
    desk_user: str,  # noqa: F811
) -> None:  # fmt: skip
    source = tmp_path / "wire.md"
    source.write_text("---\nheadline: Wire story\n---\nFrom the agency.\n", encoding="utf-8")
    desk = open_desk(str(library_path), Preferences())
    try:
        assert desk.transfer.import_file(source).added
    finally:
        desk.close()
    window = make_window(library_path)
    qtbot.waitUntil(lambda: window.editor.headline.text() == "Wire story", timeout=10_000)
    (row,) = show_history(qtbot, window, 1)
    assert row[1] == NO_ONE
    tip = window.history_panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert " by " not in tip
