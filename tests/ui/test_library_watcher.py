"""The window's one poller of the library (`ui/shell/library_watcher.py`) tells every
change made elsewhere, however early it came.

Found as the desk test's rare failure: a window opened on a library with no story yet
(the desk had only its people) took its first look with no latest change; when its next
look found the library changed, it asked again for "a first look", which reads no
stories, so a return made from the command line before that look was never told and the
reporter's window kept showing the story as submitted."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.ui.conftest import WindowFactory, wait_idle


def test_a_change_made_elsewhere_before_the_first_look_at_an_empty_library_is_told(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)  # a library with no story
    assert window.controllers is not None
    watcher = window.controllers.watcher
    watcher.set_poll_interval(3_600_000)  # it looks only when the test says
    wait_idle(qtbot, window)
    assert watcher.mark is not None and watcher.told == 0
    with Library.open(library_path) as library:  # another program
        story = library.add(new_story("test.example", headline="Filed elsewhere"))
        assert story.id is not None
        library.save(library.get(story.id).edited(headline="Filed and edited elsewhere"))

    watcher.poll()
    qtbot.waitUntil(lambda: watcher.told == 1, timeout=5000)
    wait_idle(qtbot, window)
    first = window.model.summary_at(0)
    assert first is not None and first.headline == "Filed and edited elsewhere"

    # And the next change is told as well (the watcher now knows the latest change).
    with Library.open(library_path) as library:
        library.save(library.get(story.id).edited(headline="Edited once more"))
    watcher.poll()
    qtbot.waitUntil(lambda: watcher.told == 2, timeout=5000)
    wait_idle(qtbot, window)
    first = window.model.summary_at(0)
    assert first is not None and first.headline == "Edited once more"
