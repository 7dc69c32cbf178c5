"""Pictures of the review mode (a diff since filing, comments on passages, one detached)
and of the desk view (stories in every group), for a reviewer to look at:
`artifacts/review-mode-*.png` and `artifacts/desk-view-*.png` (not committed), at
1024x700 and 1400x860, in the light palette and a dark one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.domain.review import DeskGroup
from editorial.services.workflow import USER_VARIABLE
from editorial.ui.shell.app import application
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.theme import theme_applier
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import COPY_EDITOR, add_comment, enter_review, file_stories
from tests.ui.test_desk_view import cli, show_desk
from tests.ui.test_main_window import artifacts_dir

SIZES = ((1024, 700), (1400, 860))


@pytest.fixture(params=["light", "dark"])
def palette_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in the light theme and in the dark one (as the theme preference sets)."""
    applier = theme_applier(application())
    applier.apply(str(request.param))
    yield str(request.param)
    applier.apply("system")


def save_pictures(qtbot: QtBot, window: MainWindow, name: str) -> list[Path]:
    paths = []
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(80)  # the layout and the comments' wrapping settle
        path = artifacts_dir() / f"{name}-{width}x{height}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (width, height)
        colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
        assert len(colours) > 50  # not a blank canvas
        paths.append(path)
    return paths


def test_pictures_of_the_review_mode(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, palette_name: str,
) -> None:  # fmt: skip
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    file_stories(library_path)
    window = make_window(library_path)
    enter_review(qtbot, window)
    add_comment(qtbot, window, "in the meantime", "Until when? Give the dates.")
    window.review_view.back.click()
    # The copy editor's edits; the passage of the first comment goes with them.
    body = window.editor.body
    body.setPlainText(
        body.toPlainText()
        .replace("two years", "three years")
        .replace(" A ferry will run in the meantime.", " A ferry will run from May.")
    )
    lede = window.editor.lede
    lede.setPlainText(lede.toPlainText().replace("Tuesday", "Tuesday night"))
    enter_review(qtbot, window)
    add_comment(qtbot, window, "cracks in two of its piers", "Which piers? Name them.")
    add_comment(qtbot, window, "31 to 12", "Check the vote against the council's minutes.")
    view = window.review_view
    assert "diff-del" in view.changes.diff_html and "diff-ins" in view.changes.diff_html
    assert [c.detached for c in view.comments.model.comments] == [True, False, False]
    assert len(view.preview.highlighted_passages) == 2
    view.comments.view.setCurrentIndex(view.comments.model.index(1))
    view.comments.text.setPlainText("Is the ferry's date confirmed?")
    wait_idle(qtbot, window)
    save_pictures(qtbot, window, f"review-mode-{palette_name}")


def test_pictures_of_the_desk_view(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, palette_name: str,
) -> None:  # fmt: skip
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    filed = file_stories(
        library_path, "Quake of magnitude 6.1 hits eastern Turkey", urgency=1
    ) + file_stories(
        library_path,
        "Council votes to close the old bridge",
        "Central bank holds rates at 4.5 percent",
        "Museum returns looted bronzes to Benin",
        "Ferry service to run while the bridge is shut",
        "Storm warning for the northern coast",
    )
    window = make_window(library_path)
    cli(library_path, "approve", str(filed[2]))
    cli(library_path, "approve", str(filed[3]))
    cli(library_path, "return", str(filed[4]), "--note", "Say when the ferry starts.")
    window.desk.open_story(filed[1])
    qtbot.waitUntil(lambda: window.session.story_id == filed[1])
    enter_review(qtbot, window)  # the bridge story is in review now
    window.review_view.back.click()
    show_desk(qtbot, window)
    model = window.desk_view.model
    qtbot.waitUntil(lambda: model.count(DeskGroup.IN_REVIEW) == 1, timeout=10_000)
    assert [model.count(g) for g in DeskGroup] == [2, 1, 2, 1, 0]
    window.desk_view.select_story(filed[0])
    wait_idle(qtbot, window)
    save_pictures(qtbot, window, f"desk-view-{palette_name}")
