"""A window opened on a library that cannot be written at all (a read-only disk): it opens
anyway, read-only, with the banner; the editor types into the local journal; and when
the disk can be written again the window opens the library for writing and the text goes
in. A real SQLite file on a real read-only bind mount (as root) or read-only modes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editorial.domain.story import new_story
from editorial.services.text_journal import journal_path
from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.unwritable_library import WRITTEN
from tests.storage.readonly import make_read_only, undo_read_only
from tests.ui.conftest import WindowFactory
from tests.ui.test_main_window import artifacts_dir

TIMEOUT_MS = 30_000


def test_a_read_only_library_opens_with_the_banner_and_is_written_when_it_can_be(
    tmp_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    library = shelf / "desk.sqlite"
    with Library.open(library) as made:
        story = made.add(new_story("x.org", headline="Quake hits eastern Turkey"), by="Anna")
        story = made.save(story.edited(body="Rescuers searched."), explicit=True)
    assert story.id is not None
    before = library.read_bytes()
    make_read_only(shelf)
    try:
        window = make_window(library)
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=TIMEOUT_MS)
        assert window.banner.text().startswith("The library can't be written: ")
        assert "cannot be written" in window.banner.text()
        assert window.model.rowCount() == 1  # read, not refused
        # The window probes the disk on its timer; quicker here.
        window.controllers.unwritable.retry_ms = 200  # type: ignore[union-attr]

        window.controllers.desk.open_story(story.id)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: window.session.story_id == story.id, timeout=TIMEOUT_MS)
        assert window.editor.body.toPlainText() == "Rescuers searched."
        window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(window.editor.body, " Typed on a read-only disk.")
        window.session.save_now()
        qtbot.waitUntil(lambda: window.session.state is SaveState.KEPT_LOCALLY,
                        timeout=TIMEOUT_MS)  # fmt: skip
        assert window.status.save_state.text() == "Kept on this computer"
        window.resize(1024, 700)
        qtbot.wait(50)
        assert window.grab().save(str(artifacts_dir() / "read-only-library-1024x700.png"))
        journal = journal_path(str(library))
        assert "Typed on a read-only disk." in journal.read_text(encoding="utf-8")
        qtbot.wait(300)
        assert library.read_bytes() == before
    finally:
        undo_read_only(shelf, lazy=True)

    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.runner.is_idle, timeout=TIMEOUT_MS)
    assert window.session.state is SaveState.SAVED
    assert window.status.currentMessage() == WRITTEN
    with Library.open(library) as kept:
        assert kept.get(story.id).body == "Rescuers searched. Typed on a read-only disk."
        assert kept.check_integrity() is None
    assert not journal.exists()
