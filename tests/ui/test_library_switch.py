"""Another library chosen in the preferences opens in the running window, on real widgets
over real SQLite files: the old library is left cleanly (what was typed saved, the story's
lock released, its connections closed), the new one listed; back again, nothing is lost.
A location that cannot be opened is refused in the banner, and the window goes on working
in the library it had, with the preference put back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from editorial.services.desk import open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences, load_preferences, save_preferences
from editorial.storage.library import Library
from editorial.ui.shell.app import application, library_switch, open_window
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import close_window, wait_idle, wait_open
from tests.ui.test_main_window import artifacts_dir, new_story

Opener = Callable[..., MainWindow]
CHILD = Path(__file__).with_name("switch_child.py")


def library_with(path: Path, headline: str) -> int:
    """An existing library holding one story."""
    desk = open_desk(str(path), Preferences(agency_domain="example.org"))
    try:
        story = desk.editing.create(headline).story
        assert story.id is not None
        return story.id
    finally:
        desk.close()


def headlines(path: Path) -> dict[int, str]:
    with Library.open(path) as library:
        return {s.id: s.headline for s in library.list_stories()}


def locks(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM story_locks").fetchone()[0])
    finally:
        connection.close()


def open_descriptors(path: Path) -> int:
    """How many of this process's file descriptors are open on the file (Linux)."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        pytest.skip("no /proc here")
    count = 0
    for entry in folder.iterdir():
        try:
            count += os.readlink(entry) == str(path)
        except OSError:
            continue
    return count


def listed(window: MainWindow) -> list[str]:
    return [s.headline for s in window.model.summaries()]


@pytest.fixture
def windows(qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opener]:
    """A window opened as `editorial` with no --library opens it: on the library the
    preferences name. Every window still there at the end is closed."""
    made: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "_confirm_discard", lambda self: True)

    def opened(location: Path, *, given: bool = False) -> MainWindow:
        """`given`: as `editorial --library LOCATION` (no settings file yet)."""
        if not given:
            save_preferences(Preferences(library_location=str(location)))
        application()
        window = open_window(str(location) if given else None)
        track(window)
        wait_open(qtbot, window)
        return window

    def track(window: MainWindow) -> None:  # and each window that follows it
        made.append(window)
        library_switch(window).switched.connect(track)

    yield opened
    for window in made:
        if shiboken6.isValid(window):
            close_window(qtbot, window)


def switch(qtbot: QtBot, window: MainWindow, location: Path | str) -> MainWindow:
    """Edit ▸ Preferences ▸ Library, saved; the window that follows, once it is open."""
    switcher = library_switch(window)
    with qtbot.waitSignal(switcher.switched, timeout=20_000) as moved:
        window.tools.save_preferences({"library_location": str(location)})
    new = moved.args[0]
    assert isinstance(new, MainWindow)
    wait_open(qtbot, new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=10_000)  # the old one went
    return new


def test_switch_edit_and_switch_back_loses_nothing(
    windows: Opener, tmp_path: Path, qtbot: QtBot
) -> None:
    first, second = tmp_path / "desk.sqlite", tmp_path / "elsewhere" / "mine.sqlite"
    second.parent.mkdir()
    story = library_with(first, "Council votes to close the old bridge")
    window = windows(first)
    assert window.session.story_id == story
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, " at last")  # and no wait for the autosave
    assert window.session.has_unsaved_text
    assert locks(first) == 1  # the open story is this window's
    assert open_descriptors(first) > 0
    lanes = (window.runner.database_lane, window.runner.render_lane, window.runner.checks_lane)

    window = switch(qtbot, window, second)  # a new library file: made
    # Its lanes ended and its connections closed: nothing holds the old file open.
    assert not any(lane.isRunning() for lane in lanes)
    assert open_descriptors(first) == 0
    assert window.controllers is not None
    assert window.controllers.services.location == str(second)
    assert listed(window) == [] and window.session.story_id is None
    assert "mine.sqlite" in window.status.currentMessage()
    # The old library was left as a quit leaves it: the typing saved, its lock released.
    assert headlines(first) == {story: "Council votes to close the old bridge at last"}
    assert locks(first) == 0

    filed = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Ferry to run in the meantime")
    window = switch(qtbot, window, first)  # back, to an existing library
    assert listed(window) == ["Council votes to close the old bridge at last"]
    assert window.session.story_id == story
    assert window.editor.headline.text() == "Council votes to close the old bridge at last"
    assert headlines(second) == {filed: "Ferry to run in the meantime"}
    assert locks(second) == 0
    assert load_preferences().library_location == str(first)

    # The window works on: an edit here goes into this library.
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, ", council says")
    window.session.save_now()
    wait_idle(qtbot, window)
    assert headlines(first)[story].endswith("at last, council says")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("no such folder/library.sqlite", "no such folder"),
        ("notes.txt", "notes.txt"),
        ("postgresql+psycopg://desk@127.0.0.1:1/newsroom", "127.0.0.1"),
    ],
)
def test_a_location_that_cannot_be_opened_is_refused_and_the_window_stays(
    windows: Opener, tmp_path: Path, qtbot: QtBot, name: str, says: str
) -> None:
    first = tmp_path / "desk.sqlite"
    (tmp_path / "notes.txt").write_text("Not a library: a reporter's notes.\n")
    story = library_with(first, "Council votes to close the old bridge")
    window = windows(first)
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, " at last")  # typed, not saved yet

    bad = name if "://" in name else str(tmp_path / name)
    switcher = library_switch(window)
    with qtbot.waitSignal(switcher.refused, timeout=30_000) as refusal:
        window.tools.save_preferences({"library_location": bad})
    message = str(refusal.args[0])
    assert says in message and "You are still working in" in message and str(first) in message
    assert "Traceback" not in message
    assert window.banner.isVisible() and says in window.banner.text()
    assert "Opening the library" not in window.statusBar().currentMessage()
    picture = "".join(c if c.isalnum() else "-" for c in name)[-24:]
    window.grab().save(str(artifacts_dir() / f"library-switch-refused-{picture}.png"))
    assert (tmp_path / "notes.txt").read_text() == "Not a library: a reporter's notes.\n"
    assert not (tmp_path / "no such folder").exists()

    # The same window, the same library: the typing goes on and is saved there.
    assert shiboken6.isValid(window) and window.controllers is not None
    assert window.controllers.services.location == str(first)
    qtbot.keyClicks(window.editor.headline, ", council says")
    window.session.save_now()
    wait_idle(qtbot, window)
    assert headlines(first)[story] == "Council votes to close the old bridge at last, council says"
    # The preference is back on the library open, so the next start opens it too.
    qtbot.waitUntil(lambda: load_preferences().library_location == str(first))
    assert window.controllers.services.preferences.current().library_location == str(first)


def test_switch_to_a_shared_postgresql_library_and_back(
    windows: Opener, tmp_path: Path, qtbot: QtBot
) -> None:
    from tests.postgres_library import fresh_database

    first = tmp_path / "desk.sqlite"
    story = library_with(first, "Council votes to close the old bridge")
    with fresh_database() as shared:
        window = windows(first)
        window = switch(qtbot, window, shared)  # an empty database: the library made in it
        assert window.controllers is not None
        assert window.controllers.services.location == shared
        assert listed(window) == []
        filed = new_story(qtbot, window)
        qtbot.keyClicks(window.editor.headline, "Ferry to run in the meantime")
        window = switch(qtbot, window, first)
        assert listed(window) == ["Council votes to close the old bridge"]
        assert window.session.story_id == story
        with Library.open(shared) as library:
            assert library.get(filed).headline == "Ferry to run in the meantime"
            assert library.locks.holder_of(filed) is None  # released as the window left
        window = switch(qtbot, window, shared)  # an existing one: its story listed
        assert listed(window) == ["Ferry to run in the meantime"]
        close_window(qtbot, window)  # before the database is dropped


def test_an_edit_that_cannot_be_saved_keeps_the_window_on_its_library(
    windows: Opener, tmp_path: Path, qtbot: QtBot
) -> None:
    """Another machine saved the story meanwhile: the editor's text waits for their
    decision, in this library, and is not left behind by a switch."""
    first, second = tmp_path / "desk.sqlite", tmp_path / "mine.sqlite"
    story = library_with(first, "Talks resume")
    window = windows(first)
    with Library.open(first) as library:  # another machine saves meanwhile
        library.save(library.get(story).edited(body="Their text."))
    window.editor.body.setPlainText("My text.")
    window.commands.save.trigger()
    conflicts = window.controllers.conflicts  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: conflicts.view is not None and conflicts.view.isVisible())
    assert conflicts.view is not None
    conflicts.view.decide_later.click()

    with qtbot.waitSignal(library_switch(window).refused, timeout=20_000) as refusal:
        window.tools.save_preferences({"library_location": str(second)})
    assert "could not be saved" in str(refusal.args[0])
    assert window.controllers is not None and window.controllers.services.location == str(first)
    assert window.editor.body.toPlainText() == "My text."  # still in the editor, unsaved
    qtbot.waitUntil(lambda: load_preferences().library_location == str(first))
    assert not second.exists()  # nothing made there


def test_the_library_chosen_at_the_first_start_opens_at_once(
    windows: Opener, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even in a window started with --library: the editor chose another one."""
    monkeypatch.delenv(USER_VARIABLE)
    first, second = tmp_path / "given.sqlite", tmp_path / "chosen.sqlite"
    window = windows(first, given=True)
    qtbot.waitUntil(lambda: window.controllers.first_run.dialog is not None)  # type: ignore[union-attr]
    dialog = window.controllers.first_run.dialog  # type: ignore[union-attr]
    assert dialog is not None
    dialog.name.setText("Anna Ivanova")
    dialog.library.path.setText(str(second))
    with qtbot.waitSignal(library_switch(window).switched, timeout=20_000) as moved:
        dialog.start.click()
    window = moved.args[0]
    wait_open(qtbot, window)
    assert window.controllers is not None
    assert window.controllers.services.location == str(second) and second.is_file()
    assert window.controllers.first_run.dialog is None  # not offered again
    assert load_preferences().editor_name == "Anna Ivanova"


def test_the_running_program_follows_the_window_that_took_the_old_ones_place(
    tmp_path: Path,
) -> None:
    """`editorial` itself (run_app): after a switch, a polite kill closes the new window,
    saving what was typed there, and the process ends cleanly."""
    first, second = tmp_path / "desk.sqlite", tmp_path / "mine.sqlite"
    story = library_with(first, "Council votes to close the old bridge")
    second_story = library_with(second, "Ferry to run")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, str(CHILD), str(first), str(second)],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"switched to {second}" in done.stdout
    assert headlines(first) == {story: "Council votes to close the old bridge at last"}
    assert headlines(second) == {second_story: "Ferry to run at once"}  # saved at the kill
    assert locks(first) == locks(second) == 0
    assert load_preferences().library_location == str(second)


def test_the_window_that_follows_keeps_the_tabs_and_the_search_but_not_the_review(
    windows: Opener, tmp_path: Path, qtbot: QtBot
) -> None:
    """Where the editor was looking goes with them to the other library: the search tab
    with its words (searched again there), the History tab, the desk's order. The review
    was of a story of the library left: the new window shows its own story, not a review."""
    from tests.ui.review_helpers import enter_review
    from tests.ui.test_search_panel import open_search, type_query

    first, second = tmp_path / "desk.sqlite", tmp_path / "mine.sqlite"
    library_with(first, "Council votes to close the old bridge")
    ferry = library_with(second, "Ferry to run while the bridge is shut")
    library_with(second, "Markets fall")
    window = windows(first)
    open_search(qtbot, window)
    type_query(qtbot, window, "bridge")
    window.search_panel.order.setCurrentIndex(1)  # best match first
    window.side_tabs.setCurrentWidget(window.history_panel)
    window.desk_view.order.setCurrentIndex(1)
    enter_review(qtbot, window)

    window = switch(qtbot, window, second)
    assert window.list_tabs.currentWidget() is window.search_panel
    panel = window.search_panel
    assert panel.field.text() == "bridge" and panel.order.currentIndex() == 1
    qtbot.waitUntil(lambda: panel.hit_ids() == [ferry], timeout=10_000)  # this library's
    assert window.side_tabs.currentWidget() is window.history_panel
    assert window.desk_view.order.currentIndex() == 1
    assert not window.commands.review.isChecked()
    assert window.pages.currentWidget() is window.splitter  # the editor, on its own story
    qtbot.waitUntil(lambda: window.session.story_id is not None, timeout=10_000)
    assert window.session.story_id in headlines(second)

    # A window with nothing of its own to carry: the next one starts as any window does.
    panel.field.clear()
    window.show_story_list()
    window.side_tabs.setCurrentIndex(0)
    window = switch(qtbot, window, first)
    assert window.list_tabs.currentWidget() is window.list_panel
    assert window.search_panel.field.text() == ""
    assert window.side_tabs.currentIndex() == 0
