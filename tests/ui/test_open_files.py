"""Files given to the window (`editorial story.md`, and the desktop entry's `editorial %F`
when a story file is opened from the file manager) go into the library, and the first
is shown, not the newest story the window would open otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial import cli
from editorial.domain.story import new_story as draft
from editorial.storage.library import Library
from editorial.ui.shell.app import application, open_window
from tests.ui.conftest import close_window, wait_idle, wait_open

STORY = """---
headline: Quake hits eastern Turkey
---
A strong earthquake struck eastern Turkey on Sunday.
"""


def test_files_given_to_the_window_are_imported_and_the_first_is_shown(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    library_path = tmp_path / "library.sqlite"
    with Library.open(library_path) as library:
        library.add(draft("example.org", headline="An older story"), by="Desk Tester")
    story = tmp_path / "quake.md"
    story.write_text(STORY, encoding="utf-8")
    application()
    window = open_window(str(library_path), files=[str(story)])
    try:
        wait_open(qtbot, window)
        qtbot.waitUntil(
            lambda: window.editor.headline.text() == "Quake hits eastern Turkey", timeout=20_000
        )
        wait_idle(qtbot, window)
        qtbot.wait(300)  # nothing opens another story after it
        assert window.editor.headline.text() == "Quake hits eastern Turkey"
        headlines = {s.headline for s in window.model.summaries()}
        assert headlines == {"An older story", "Quake hits eastern Turkey"}
    finally:
        close_window(qtbot, window)


def test_a_file_that_is_not_there_is_said_in_the_window_and_nothing_else_changes(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    application()
    window = open_window(str(tmp_path / "library.sqlite"), files=[str(tmp_path / "gone.md")])
    try:
        wait_open(qtbot, window)
        qtbot.waitUntil(window.banner.isVisible, timeout=20_000)
        assert "gone.md" in window.banner.text()
        assert window.model.rowCount() == 0
    finally:
        close_window(qtbot, window)


@pytest.mark.parametrize(
    ("argv", "library", "files"),
    [
        (["story.md"], None, ["story.md"]),
        (["--library", "desk.sqlite", "a.md", "b.json"], "desk.sqlite", ["a.md", "b.json"]),
        (["--library=desk.sqlite", "sub/story"], "desk.sqlite", ["sub/story"]),
        ([], None, []),
    ],
)
def test_the_command_line_hands_files_to_the_window(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    library: str | None,
    files: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    opened: list[tuple[str | None, list[str]]] = []

    def run_app(location: str | None, given: list[str]) -> int:
        opened.append((location, given))
        return 0

    import editorial.ui.shell.app as app_module

    monkeypatch.setattr(app_module, "run_app", run_app)
    assert cli.main(argv) == 0
    assert opened == [(library, [str(tmp_path / name) for name in files])]


def test_a_mistyped_command_is_still_an_error_not_a_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit:
        cli.main(["lst"])
    assert exit.value.code == 2
    assert "invalid choice: 'lst'" in capsys.readouterr().err
    assert cli.window_files(["list", "--json"], {"list"}) is None
