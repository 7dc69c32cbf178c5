"""A window whose library's disk fills up: a banner says so, typing goes on into the local
journal, and the text reaches the library when there is room again, in this run (a retry
on a timer) or the next (a replay at start). A real SQLite file on a real small tmpfs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editorial.services.text_journal import journal_path
from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.unwritable_library import WRITTEN
from tests.small_disk import fill, free, small_disk
from tests.ui.conftest import WindowFactory

# Bigger than what the library's write-ahead log already holds: the save needs new room.
LONG_BODY = "Rescuers searched the rubble through the night.\n\n" * 6_000
TIMEOUT_MS = 30_000


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", "3m") as folder:
        yield folder


def start_story(window: MainWindow, qtbot: QtBot) -> int:
    window.desk.new_story()
    qtbot.waitUntil(lambda: window.session.story_id is not None, timeout=TIMEOUT_MS)
    QTest.keyClicks(window.editor.headline, "Quake hits eastern Turkey")
    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state is SaveState.SAVED and window.runner.is_idle,
                    timeout=TIMEOUT_MS)  # fmt: skip
    story_id = window.session.story_id
    assert story_id is not None
    return story_id


def type_on_a_full_disk(window: MainWindow, qtbot: QtBot, disk: Path) -> None:
    fill(disk)
    window.editor.body.setPlainText(LONG_BODY)
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor.body, "Typed on a full disk.")
    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state is SaveState.KEPT_LOCALLY, timeout=TIMEOUT_MS)


def stored_body(library: Path, story_id: int) -> str:
    with Library.open(library) as kept:
        return kept.get(story_id).body


def test_a_full_disk_shows_a_banner_keeps_typing_and_writes_when_there_is_room(
    disk: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    library = disk / "desk.sqlite"
    window = make_window(library)
    story_id = start_story(window, qtbot)
    type_on_a_full_disk(window, qtbot, disk)

    assert window.banner.isVisible()
    assert window.banner.text().startswith("The library can't be written: ")
    assert "disk is full" in window.banner.text()
    assert "Your text is kept on this computer" in window.banner.text()
    assert window.status.save_state.text() == "Kept on this computer"
    journal = journal_path(str(library))
    assert "Typed on a full disk." in journal.read_text(encoding="utf-8")

    # Typing goes on; each save is kept on this computer again.
    QTest.keyClick(window.editor.body, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor.body, "And more.")
    window.session.save_now()
    qtbot.waitUntil(lambda: "And more." in journal.read_text(encoding="utf-8"), timeout=TIMEOUT_MS)
    assert stored_body(library, story_id) == ""

    window.controllers.unwritable.retry_ms = 200  # type: ignore[union-attr]
    free(disk)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=TIMEOUT_MS)
    assert window.session.state is SaveState.SAVED
    assert window.status.currentMessage() == WRITTEN
    assert stored_body(library, story_id) == LONG_BODY + "Typed on a full disk.\nAnd more."
    assert not journal.exists()


def test_text_kept_when_the_window_closed_is_shown_and_written_at_the_next_start(
    disk: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    library = disk / "desk.sqlite"
    window = make_window(library)
    story_id = start_story(window, qtbot)
    type_on_a_full_disk(window, qtbot, disk)
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=TIMEOUT_MS)
    fill(disk)  # closing the library freed its write-ahead log: full again

    # Still full at the next start: the editor shows the kept text, the banner says why.
    again = make_window(library)
    qtbot.waitUntil(lambda: again.session.story_id == story_id, timeout=TIMEOUT_MS)
    assert again.editor.body.toPlainText() == LONG_BODY + "Typed on a full disk."
    qtbot.waitUntil(lambda: again.banner.isVisible(), timeout=TIMEOUT_MS)
    assert "disk is full" in again.banner.text()
    again.close()
    qtbot.waitUntil(lambda: again.runner.is_closed, timeout=TIMEOUT_MS)

    # Room again: the start writes it, before anything is typed.
    free(disk)
    third = make_window(library)
    qtbot.waitUntil(lambda: third.runner.is_idle and third.session.story_id == story_id,
                    timeout=TIMEOUT_MS)  # fmt: skip
    assert stored_body(library, story_id) == LONG_BODY + "Typed on a full disk."
    assert not third.banner.isVisible()
    assert not journal_path(str(library)).exists()
    with Library.open(library) as kept:
        assert kept.check_integrity() is None


def test_kept_text_never_overwrites_a_story_changed_elsewhere_meanwhile(
    disk: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    library = disk / "desk.sqlite"
    window = make_window(library)
    story_id = start_story(window, qtbot)
    type_on_a_full_disk(window, qtbot, disk)
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=TIMEOUT_MS)
    free(disk)
    with Library.open(library) as other_machine:
        theirs = other_machine.get(story_id).edited(body="Their text.")
        other_machine.save(theirs, by="Boris")

    again = make_window(library)
    qtbot.waitUntil(lambda: again.runner.is_idle and again.model.rowCount() == 2,
                    timeout=TIMEOUT_MS)  # fmt: skip
    assert "was changed elsewhere" in again.banner.text()
    assert "kept as a new story" in again.banner.text()
    with Library.open(library) as kept:
        assert kept.get(story_id).body == "Their text."
        [copy] = [s for s in kept.list_stories() if s.id != story_id]
        assert kept.get(copy.id).body == LONG_BODY + "Typed on a full disk."
    assert not journal_path(str(library)).exists()
