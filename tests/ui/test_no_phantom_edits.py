"""Opening a story and letting the checks underline it is not an edit: nothing is marked
unsaved, nothing is saved again, and the checks do not run in a loop."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editorial.ui.editor.story_session import SaveState
from tests.ui.conftest import WindowFactory, wait_idle


def test_an_opened_story_with_underlines_stays_saved(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(None)  # the welcome story has words the dictionary lacks
    window.resize(1400, 860)
    edits: list[object] = []
    window.editor.story_edited.connect(edits.append)
    qtbot.waitUntil(lambda: window.checks.result is not None, timeout=15000)
    wait_idle(qtbot, window)
    # Underlined, and not a keystroke typed: nothing waits to be saved.
    assert window.session.state is SaveState.SAVED
    qtbot.wait(2500)  # longer than autosave and the checks' debounce
    assert edits == []
    assert window.session.state is SaveState.SAVED
    story = window.editor.story()
    assert story is not None and window.controllers is not None
    assert window.controllers.services.editing.get(story.id).version == story.version == 1  # type: ignore[arg-type]
