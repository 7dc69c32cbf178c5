"""The desk view beside the story list, on real widgets over a real library: stories
grouped by state with their counts, sorted by urgency or time, kept true when another
process (the command line) moves a story, with no action in the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.domain.review import DeskGroup
from editorial.services.workflow import USER_VARIABLE
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import COPY_EDITOR, enter_review, file_stories
from tests.ui.test_main_window import activate

ROOT = Path(__file__).resolve().parents[2]


def cli(path: Path, *args: str, user: str = COPY_EDITOR) -> None:
    """`python -m editorial --library PATH ARGS` in a process of its own."""
    env = dict(os.environ) | {
        USER_VARIABLE: user,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])
        ),
    }
    done = subprocess.run(
        [sys.executable, "-m", "editorial", "--library", str(path), *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def show_desk(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+D, and wait until the view shows the library as it is."""
    activate(qtbot, window)
    board = window.controllers.board  # type: ignore[union-attr]
    with qtbot.waitSignal(board.refreshed, timeout=10_000):
        qtbot.keyClick(
            window.focusWidget() or window, Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
    assert window.list_tabs.currentWidget() is window.desk_view


@pytest.fixture
def copy_editor(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    return COPY_EDITOR


def test_the_desk_counts_change_when_the_cli_moves_a_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    routine = file_stories(library_path, "Routine story one", "Routine story two", urgency=5)
    (flash,) = file_stories(library_path, "Flash: quake", urgency=1)
    window = make_window(library_path)
    show_desk(qtbot, window)
    model = window.desk_view.model
    assert model.counts() == {
        DeskGroup.FILED: 3, DeskGroup.IN_REVIEW: 0, DeskGroup.APPROVED: 0,
        DeskGroup.RETURNED: 0, DeskGroup.PUBLISHED: 0,
    }  # fmt: skip
    assert model.groups[DeskGroup.FILED].text() == "Filed  (3)"
    assert model.story_ids(DeskGroup.FILED) == [flash, *routine]  # the flash first
    window.desk_view.order.setCurrentIndex(1)  # latest first
    assert model.story_ids(DeskGroup.FILED) == [flash, routine[1], routine[0]]
    window.desk_view.order.setCurrentIndex(0)

    # Another process moves stories; the window is not touched.
    cli(library_path, "approve", str(routine[0]))
    qtbot.waitUntil(lambda: model.count(DeskGroup.APPROVED) == 1, timeout=10_000)
    assert model.count(DeskGroup.FILED) == 2
    cli(library_path, "return", str(routine[1]), "--note", "Too long.")
    qtbot.waitUntil(lambda: model.count(DeskGroup.RETURNED) == 1, timeout=10_000)
    assert model.counts()[DeskGroup.FILED] == 1
    assert "Updated" in window.desk_view.updated.text()


def test_a_story_chosen_on_the_desk_opens_in_review_and_is_in_review_then(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    first, second = file_stories(library_path, "Bridge to close", "Ferry to run")
    window = make_window(library_path)
    show_desk(qtbot, window)
    view = window.desk_view
    assert view.select_story(first)
    review = window.controllers.review  # type: ignore[union-attr]
    with qtbot.waitSignal(review.review_shown, timeout=10_000):
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.session.story_id == first
    assert window.review_view.title.text() == "Bridge to close"
    board = window.controllers.board  # type: ignore[union-attr]
    with qtbot.waitSignal(board.refreshed, timeout=10_000):
        window.review_view.back.click()  # the desk view on screen again: read afresh
    assert view.model.story_ids(DeskGroup.IN_REVIEW) == [first]
    assert view.model.story_ids(DeskGroup.FILED) == [second]
    assert view.chosen_story() == first


def test_the_desk_is_not_polled_while_hidden(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    file_stories(library_path)
    window = make_window(library_path)
    board = window.controllers.board  # type: ignore[union-attr]
    assert window.list_tabs.currentWidget() is window.list_panel
    board.poll()
    assert board.polls == 0
    show_desk(qtbot, window)
    board.poll()
    assert board.polls == 1
    wait_idle(qtbot, window)


def test_the_desk_view_shortcut_leaves_the_review(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    file_stories(library_path)
    window = make_window(library_path)
    enter_review(qtbot, window)
    assert window.focusWidget() is window.review_view.preview
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)  # Escape: the editor again
    assert window.pages.currentWidget() is window.splitter
    enter_review(qtbot, window)
    show_desk(qtbot, window)
    assert window.pages.currentWidget() is window.splitter
    assert not window.commands.review.isChecked()
    assert not window.controllers.review.active  # type: ignore[union-attr]


def test_showing_the_spike_brings_the_story_list_forward(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, copy_editor: str
) -> None:
    file_stories(library_path)
    window = make_window(library_path)
    show_desk(qtbot, window)
    window.commands.show_trash.trigger()
    assert window.list_tabs.currentWidget() is window.list_panel
    wait_idle(qtbot, window)
