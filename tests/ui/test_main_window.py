"""The window end to end, as an editor uses it: keys typed into fields, shortcuts pressed,
the library checked from outside the window."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle


def artifacts_dir() -> Path:
    folder = Path(__file__).resolve().parents[2] / "artifacts"
    folder.mkdir(exist_ok=True)
    return folder


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts only reach the active window."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def new_story(qtbot: QtBot, window: MainWindow) -> int:
    before = window.session.story_id
    activate(qtbot, window)
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.story_id not in (None, before))
    story_id = window.session.story_id
    assert story_id is not None
    return story_id


def stored(path: Path, story_id: int) -> str:
    with Library.open(path) as library:
        return library.get(story_id).headline


def test_typed_headline_reaches_preview_title_and_list(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    assert window.windowTitle() == "Editorial"  # an empty library: no story open
    new_story(qtbot, window)
    assert QApplication.focusWidget() is window.editor.headline  # Ctrl+N lands in the headline

    qtbot.keyClicks(window.editor.headline, "Talks to resume in Ankara")
    qtbot.waitUntil(lambda: "Talks to resume in Ankara" in window.preview.fragment)
    assert window.windowTitle() == "Editorial — Talks to resume in Ankara"
    assert window.editor.slug.text() == "talks-resume-ankara"
    assert window.status.headline.text() == "Headline 25/80"


def test_saved_story_is_listed_in_a_new_window(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Minister resigns")
    qtbot.keyClick(window.editor.headline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.state is SaveState.SAVED)
    assert stored(library_path, story_id) == "Minister resigns"
    assert window.status.save_state.text().startswith("Saved ")
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed)

    reopened = make_window(library_path)
    headlines = [summary.headline for summary in reopened.model.summaries()]
    assert headlines == ["Minister resigns"]
    assert reopened.session.story_id == story_id  # the newest story opens by itself
    assert reopened.editor.headline.text() == "Minister resigns"


def test_autosave_without_ctrl_s_within_two_seconds(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake hits")
    typed = time.monotonic()
    qtbot.waitUntil(lambda: stored(library_path, story_id) == "Quake hits", timeout=4000)
    # Generous for a loaded machine: the autosave timer itself is 1.5 s.
    assert time.monotonic() - typed < 3.0


def test_closing_the_window_saves_what_was_just_typed(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Last words")
    assert window.session.state is SaveState.UNSAVED
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed)
    assert stored(library_path, story_id) == "Last words"


def test_delete_moves_to_trash_and_restore_brings_back(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Doomed story")
    view = window.list_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.waitUntil(window.commands.trash.isEnabled)  # offered once the library says so
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.row_of(story_id) is None)
    wait_idle(qtbot, window)
    assert window.session.story_id is None
    with Library.open(library_path) as library:
        trashed = library.get(story_id)
    assert trashed.is_trashed and trashed.headline == "Doomed story"  # saved before trashing

    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: window.model.trashed and window.model.row_of(story_id) is not None)
    view.setCurrentIndex(window.model.index_of(story_id))
    qtbot.waitUntil(lambda: window.session.story_id == story_id)
    assert window.editor.headline.isReadOnly()
    # Greyed, so the editor sees at a glance that the text cannot be changed.
    typed_on = window.editor.body.viewport().palette().color(QPalette.ColorRole.Base)
    assert typed_on.lightness() < 245, typed_on.name()
    window.resize(1400, 860)
    assert window.grab().save(str(artifacts_dir() / "main-window-trash.png"))
    qtbot.waitUntil(window.list_panel.restore_button.isEnabled)
    window.list_panel.restore_button.click()
    qtbot.waitUntil(lambda: window.model.row_of(story_id) is None)

    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: not window.model.trashed and window.model.row_of(story_id) is not None)
    with Library.open(library_path) as library:
        assert not library.get(story_id).is_trashed
    # Back from the trash, a story is open again and can be edited.
    qtbot.waitUntil(lambda: window.session.story_id == story_id)
    assert not window.editor.headline.isReadOnly()
    assert window.editor.body.viewport().palette().color(QPalette.ColorRole.Base).lightness() > 245


def test_delete_in_a_text_field_deletes_text_not_the_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Keep me")
    qtbot.keyClick(window.editor.headline, Qt.Key.Key_Home)
    qtbot.keyClick(window.editor.headline, Qt.Key.Key_Delete)
    assert window.editor.headline.text() == "eep me"
    wait_idle(qtbot, window)
    assert window.model.row_of(story_id) is not None


def test_a_file_that_is_not_a_library_is_reported_and_left_alone(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite"
    content = b"These are my notes, not a database.\n" * 200
    path.write_bytes(content)
    window = make_window(path)
    assert window.banner.isVisible()
    assert "not an Editorial library" in window.banner.text()
    assert window.controllers is None
    assert not window.commands.new_story.isEnabled()
    assert path.read_bytes() == content
    assert window.editor_pane.empty.text() == "No library open"
    window.resize(1000, 600)
    assert window.grab().save(str(artifacts_dir() / "main-window-library-error.png"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]  # no -wal, no -shm


def test_splitter_sizes_and_geometry_persist_across_windows(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    # Within the offscreen screen (800×800): restoring geometry keeps a window on screen.
    window.resize(780, 700)
    window.splitter.setSizes([200, 330, 230])
    qtbot.waitUntil(lambda: window.width() == 780)
    sizes = window.splitter.sizes()
    assert sizes[0] == 200
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed)

    again = make_window(library_path)
    assert again.splitter.sizes() == sizes
    assert (again.width(), again.height()) == (780, 700)


def test_long_story_types_without_rendering_on_the_gui_thread(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    paragraph = "The minister said talks would resume next week, officials added. " * 10
    body = "\n\n".join([paragraph] * 200)  # about 20,000 words
    render_threads: list[threading.Thread] = []
    renderer = window.preview._renderer
    assert renderer is not None

    def recording(story: object) -> str:
        render_threads.append(threading.current_thread())
        return renderer(story)  # type: ignore[arg-type]

    window.preview.set_renderer(recording)
    window.editor.body.setPlainText(body)
    wait_idle(qtbot, window, timeout=20_000)
    renders_before = len(render_threads)

    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    slowest = 0.0
    for char in "Talks resumed.":
        started = time.perf_counter()
        qtbot.keyClick(window.editor.body, char)
        slowest = max(slowest, time.perf_counter() - started)
    wait_idle(qtbot, window, timeout=20_000)

    assert window.editor.body.toPlainText().endswith("Talks resumed.")
    assert "Talks resumed." in window.preview.fragment
    assert render_threads and all(t is not threading.main_thread() for t in render_threads)
    # Debounced: fourteen keystrokes do not make fourteen renderings.
    assert len(render_threads) - renders_before < 5
    # A keystroke's handler neither renders nor counts 20,000 words; a loose bound that
    # holds on a loaded machine while a synchronous render would be far past it.
    assert slowest < 0.25


def test_find_bar_searches_headline_and_body(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Talks in Ankara")
    window.editor.body.setPlainText("Officials met in Ankara.\n\nAnkara said yes.")
    activate(qtbot, window)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "ankara")
    assert window.editor.headline.selectedText() == "Ankara"
    assert window.find_bar.count.text() == "1 of 3"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.editor.body.textCursor().selectedText() == "Ankara"
    assert window.editor.body.textCursor().selectionStart() == len("Officials met in ")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "3 of 3"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == "2 of 3"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.editor.body.hasFocus()
