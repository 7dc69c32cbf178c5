"""Two editors on one story in real windows over one SQLite library: the command line
changing a story the window edits (the conflict view, both texts kept), and two windows
(the lock banner, Take Over, the loser told and its unsaved text kept). Pictures of the
conflict view and the lock banner go to artifacts/ at 1024x700."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from editorial.domain.story import Story, new_story
from editorial.domain.story_lock import LockHolder
from editorial.storage.library import Library
from editorial.ui.editor.conflict_view import ConflictView
from editorial.ui.shell.main_window import MainWindow
from tests.test_cli_process import run_editorial
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir
from tests.ui.test_main_window import new_story as press_new_story

SMALL = (1024, 700)


def type_story(qtbot: QtBot, window: MainWindow, headline: str, body: str) -> int:
    story_id = press_new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, headline)
    window.editor.body.setPlainText(body)
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: not window.session.has_unsaved_text)
    wait_idle(qtbot, window)
    return story_id


def change_with_the_command_line(tmp_path: Path, library: Path, story_id: int) -> None:
    """`editorial export` the story, change its headline and lede, `editorial import` it
    back as the next version: the command line's write, version-checked, no lock."""
    exported = run_editorial(tmp_path, "--library", str(library), "export", str(story_id),
                             "--format", "ninjs")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    ninjs = json.loads(exported.stdout)
    ninjs["headlines"][0]["value"] = "Ministers agree to resume talks"
    ninjs["version"] = str(int(ninjs["version"]) + 1)
    ninjs["description_text"] = "Defence ministers agreed on Tuesday to resume talks."
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(ninjs), encoding="utf-8")
    imported = run_editorial(tmp_path, "--library", str(library), "import", str(path))
    assert imported.returncode == 0, imported.stderr + imported.stdout


def conflict_view(window: MainWindow) -> ConflictView:
    view = window.controllers.conflicts.view if window.controllers is not None else None
    assert view is not None
    return view


def revision_texts(library_path: Path, story_id: int) -> list[tuple[str, str, str]]:
    with Library.open(library_path) as library:
        return [(r.action, r.story.headline, r.story.body) for r in library.revisions(story_id)]


def stored(library_path: Path, story_id: int) -> Story:
    with Library.open(library_path) as library:
        return library.get(story_id)


def test_the_command_line_changing_the_story_opens_both_texts_side_by_side(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    window.resize(*SMALL)
    story_id = type_story(qtbot, window, "Talks resume", "Talks are expected next month.")
    change_with_the_command_line(tmp_path, library_path, story_id)
    # Meanwhile the editor goes on typing; the autosave meets the command line's version.
    window.editor.body.setPlainText("Talks are expected early next month in Geneva.")
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: window.controllers is not None
                    and window.controllers.conflicts.view is not None
                    and window.controllers.conflicts.view.isVisible())  # fmt: skip
    view = conflict_view(window)
    assert {field.name for field in view.fields} == {"headline", "lede", "body"}
    headline = next(f for f in view.fields if f.name == "headline")
    assert (headline.theirs, headline.mine) == ("Ministers agree to resume talks", "Talks resume")
    assert 'class="only-theirs">Ministers agree to' in headline.theirs_html
    assert window.editor.body.toPlainText() == "Talks are expected early next month in Geneva."

    view.resize(*SMALL)
    wait_idle(qtbot, window)
    picture = artifacts_dir() / "conflict-view-1024x700.png"
    assert view.grab().save(str(picture))
    assert (QImage(str(picture)).width(), QImage(str(picture)).height()) == SMALL

    # Merge: their headline and lede, my body.
    view.merge.click()
    assert view.keep_merged.isVisible() and not view.keep_mine.isVisible()
    view.merge_texts["headline"].setPlainText("Ministers agree to resume talks")
    view.merge_texts["lede"].setPlainText("Defence ministers agreed on Tuesday to resume talks.")
    assert view.grab().save(str(artifacts_dir() / "conflict-merge-1024x700.png"))
    view.keep_merged.click()
    qtbot.waitUntil(lambda: not view.isVisible())
    wait_idle(qtbot, window)
    now = stored(library_path, story_id)
    assert now.headline == "Ministers agree to resume talks"
    assert now.body == "Talks are expected early next month in Geneva."
    assert window.editor.headline.text() == "Ministers agree to resume talks"
    kept = revision_texts(library_path, story_id)
    # Theirs and mine, each whole, as the two newest revisions.
    assert kept[-2] == (
        "conflict",
        "Ministers agree to resume talks",
        "Talks are expected next month.",
    )
    assert kept[-1] == (
        "conflict",
        "Talks resume",
        "Talks are expected early next month in Geneva.",
    )
    # And the window saves on as before.
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, "!")
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: stored(library_path, story_id).headline.endswith("!"))


def test_deciding_later_keeps_the_text_unsaved_in_the_editor_until_chosen(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = type_story(qtbot, window, "Talks resume", "First text.")
    with Library.open(library_path) as library:  # another machine saves meanwhile
        library.save(library.get(story_id).edited(body="Their text."))
    window.editor.body.setPlainText("My text.")
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: window.controllers is not None
                    and window.controllers.conflicts.view is not None
                    and window.controllers.conflicts.view.isVisible())  # fmt: skip
    view = conflict_view(window)
    view.decide_later.click()
    assert window.banner.isVisible() and "has not been saved" in window.banner.text()
    assert window.editor.body.toPlainText() == "My text."
    assert stored(library_path, story_id).body == "Their text."
    again = next(b for b in window.banner.findChildren(QPushButton) if "Compare" in b.text())
    again.click()
    qtbot.waitUntil(view.isVisible)
    view.keep_theirs.click()
    qtbot.waitUntil(lambda: not view.isVisible())
    wait_idle(qtbot, window)
    assert window.editor.body.toPlainText() == "Their text."
    assert stored(library_path, story_id).body == "Their text."
    assert revision_texts(library_path, story_id)[-1] == ("conflict", "Talks resume", "My text.")
    assert not window.banner.isVisible()


def test_a_second_window_reads_the_story_and_can_take_it_over(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    first = make_window(library_path)
    story_id = type_story(qtbot, first, "Talks resume", "The first window's text.")
    second = make_window(library_path)
    second.resize(*SMALL)
    assert second.controllers is not None
    second.controllers.desk.open_story(story_id)
    banner = second.editor_pane.lock_banner
    qtbot.waitUntil(banner.isVisible)
    wait_idle(qtbot, second)
    assert banner.text.startswith("Being edited by ")
    assert " since " in banner.text and " on " in banner.text
    assert second.editor.body.isReadOnly()
    assert second.editor.body.toPlainText() == "The first window's text."
    picture = artifacts_dir() / "lock-banner-1024x700.png"
    assert second.grab().save(str(picture))

    # The first window types on, not yet saved, when the second takes the story over.
    first.editor.body.setPlainText("The first window's text, and more typed here.")
    version = stored(library_path, story_id).version
    banner.take_over.click()
    qtbot.waitUntil(lambda: not banner.isVisible())
    wait_idle(qtbot, second)
    assert not second.editor.body.isReadOnly()
    assert stored(library_path, story_id).version == version + 2
    # The first window learns at its next save (or heartbeat): told, read-only, text kept.
    first.commands.save.trigger()
    qtbot.waitUntil(first.editor_pane.lock_banner.isVisible)
    wait_idle(qtbot, first)
    assert first.editor.body.isReadOnly()
    assert first.banner.isVisible() and "took this story over" in first.banner.text()
    assert "revision" in first.banner.text()
    kept = revision_texts(library_path, story_id)
    assert ("take over", "Talks resume", "The first window's text.") in kept
    assert ("take over", "Talks resume", "The first window's text, and more typed here.") in kept
    # The second window edits and saves as the holder.
    second.editor.body.setPlainText("The second window's text.")
    second.commands.save.trigger()
    qtbot.waitUntil(lambda: stored(library_path, story_id).body == "The second window's text.")


def test_the_heartbeat_tells_a_window_it_lost_the_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    first = make_window(library_path)
    story_id = type_story(qtbot, first, "Talks resume", "Saved text.")
    second = make_window(library_path)
    assert second.controllers is not None and first.controllers is not None
    second.controllers.desk.open_story(story_id)
    qtbot.waitUntil(second.editor_pane.lock_banner.isVisible)
    second.editor_pane.lock_banner.take_over.click()
    qtbot.waitUntil(lambda: not second.editor_pane.lock_banner.isVisible())
    first.controllers.lock_keeper.heartbeat()  # what its 30-second timer does
    qtbot.waitUntil(first.editor_pane.lock_banner.isVisible)
    wait_idle(qtbot, first)
    assert "nothing was lost" in first.banner.text()
    # Closing the second window gives the lock up; the first may then take the story.
    second.close()
    qtbot.waitUntil(lambda: second.runner.is_closed)
    first.controllers.lock_keeper.heartbeat()
    qtbot.waitUntil(lambda: not first.editor_pane.lock_banner.isVisible())
    wait_idle(qtbot, first)
    assert not first.editor.body.isReadOnly()


def test_a_stale_lock_from_another_machine_does_not_keep_the_story_from_the_editor(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with Library.open(library_path) as library:
        story = library.add(new_story("x.org", headline="Talks resume").edited(body="Text."))
        assert story.id is not None
    three_minutes_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=3)
    with Library.open(library_path, clock=lambda: three_minutes_ago) as library:
        assert library.locks.take(story.id, LockHolder("John Smith", "desk-2", "gone")).taken
    window = make_window(library_path)
    assert window.controllers is not None
    window.controllers.desk.open_story(story.id)
    qtbot.waitUntil(lambda: window.session.story_id == story.id)
    wait_idle(qtbot, window)
    assert not window.editor_pane.lock_banner.isVisible()
    assert not window.editor.body.isReadOnly()
    assert window.editor.body.toPlainText() == "Text."
    assert revision_texts(library_path, story.id) == [("take over", "Talks resume", "Text.")]
    with Library.open(library_path) as library:
        lock = library.locks.holder_of(story.id)
        assert lock is not None and lock.holder.name != "John Smith"
