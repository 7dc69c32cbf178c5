"""Autosave: a timer that typing does not push back, saves one at a time with the
version the library returned, and a refused save that keeps the editor's text."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.changes import StoryChanges
from editorial.domain.story import Story
from editorial.storage.errors import VersionConflict
from editorial.ui.editor.story_session import AUTOSAVE_MS, SaveState, StorySession
from editorial.ui.shell.tasks import TaskRunner


@dataclass
class Saved:
    story: Story
    changes: StoryChanges


@dataclass
class FakeEditing:
    """Stands in for EditingService.save: keeps versions like the library does."""

    version: int = 1
    saves: list[tuple[float, Story]] = field(default_factory=list)
    conflict: bool = False
    delay: float = 0.0

    by_hand: list[bool] = field(default_factory=list)

    def save(self, story: Story, explicit: bool = False) -> Saved:
        time.sleep(self.delay)
        self.saves.append((time.monotonic(), story))
        self.by_hand.append(explicit)
        assert story.id is not None
        if self.conflict or story.version != self.version:
            raise VersionConflict(story.id, story.version, self.version + 1)
        self.version += 1
        stored = story.edited(version=self.version)
        return Saved(stored, StoryChanges(updated=frozenset({story.id})))


class FakeEditor:
    def __init__(self) -> None:
        self.story = Story(uri="urn:x", id=1, version=1, headline="")

    def current(self) -> Story:
        return self.story

    def type(self, text: str) -> None:
        self.story = self.story.edited(headline=self.story.headline + text)

    def rebase(self, stored: Story) -> None:
        self.story = self.story.edited(version=stored.version)


Parts = tuple[StorySession, FakeEditor, FakeEditing, TaskRunner]


@pytest.fixture
def parts(qapp: object) -> Iterator[Parts]:
    runner = TaskRunner()
    editor = FakeEditor()
    editing = FakeEditing()
    session = StorySession(runner, editing, editor.current, editor.rebase)  # type: ignore[arg-type]
    session.open(editor.story)
    yield session, editor, editing, runner
    session.open(None)  # no autosave left to fire into the next test
    runner.shutdown()


def test_continuous_typing_is_still_saved_every_autosave_period(parts: Parts, qtbot: QtBot) -> None:
    session, editor, editing, _ = parts
    started = time.monotonic()
    while time.monotonic() - started < 3.4:  # a keystroke every 100 ms for 3.4 s
        editor.type("x")
        session.note_edit()
        qtbot.wait(100)
    assert len(editing.saves) >= 2, "typing must not keep pushing the autosave back"
    first = editing.saves[0][0] - started
    # Qt's coarse timers may fire up to 5 % early or late.
    assert AUTOSAVE_MS / 1000 * 0.94 <= first < 2.5
    # Each save carried the version the previous one returned: no conflict on the way.
    assert [saved.version for _, saved in editing.saves] == list(range(1, len(editing.saves) + 1))


def test_an_edit_made_during_a_slow_save_is_saved_within_the_autosave_period(
    parts: Parts, qtbot: QtBot
) -> None:
    """The next autosave counts from the edit, not from the end of the slow save, so a
    crash still loses no more than the autosave period plus the saves' time."""
    session, editor, editing, runner = parts
    editing.delay = 1.0
    editor.type("a")
    session.note_edit()
    qtbot.waitUntil(lambda: session.state is SaveState.SAVING, timeout=5000)
    qtbot.wait(100)
    edited_at = time.monotonic()
    editor.type("b")
    session.note_edit()  # while the first save is under way
    qtbot.waitUntil(lambda: len(editing.saves) == 2 and runner.is_idle, timeout=10_000)
    assert editing.saves[1][1].headline == "ab"
    # The autosave period and this save's second: about 2.5 s (counted from the end of the
    # first save it would be 3.4 s).
    assert editing.saves[1][0] - edited_at < AUTOSAVE_MS / 1000 + editing.delay + 0.5


def test_save_now_waits_for_the_save_under_way(parts: Parts, qtbot: QtBot) -> None:
    session, editor, editing, runner = parts
    editing.delay = 0.2
    editor.type("a")
    session.note_edit()
    session.save_now()
    assert session.state is SaveState.SAVING
    editor.type("b")
    session.note_edit()
    session.save_now()  # queued behind the first, which it needs the version of
    qtbot.waitUntil(lambda: runner.is_idle and session.state is SaveState.SAVED)
    assert [saved.headline for _, saved in editing.saves] == ["a", "ab"]
    assert editor.story.version == 3


def test_only_ctrl_s_asks_to_keep_a_revision(parts: Parts, qtbot: QtBot) -> None:
    session, editor, editing, runner = parts
    editing.delay = 0.2
    editor.type("a")
    session.note_edit()
    session.save_now()  # the autosave's timer
    editor.type("b")
    session.save_by_hand()  # Ctrl+S while that save is under way: it follows it
    qtbot.waitUntil(lambda: runner.is_idle and session.state is SaveState.SAVED)
    editor.type("c")
    session.note_edit()
    session.save_now()
    qtbot.waitUntil(lambda: len(editing.saves) == 3 and runner.is_idle)
    assert [saved.headline for _, saved in editing.saves] == ["a", "ab", "abc"]
    assert editing.by_hand == [False, True, False]


def test_flush_reports_when_the_text_is_in_the_library(parts: Parts, qtbot: QtBot) -> None:
    session, editor, editing, _ = parts
    results: list[bool] = []
    session.flush(results.append)
    assert results == [True]  # nothing unsaved: at once
    editor.type("z")
    session.note_edit()
    session.flush(results.append)
    assert results == [True]
    qtbot.waitUntil(lambda: results == [True, True])
    assert editing.saves[-1][1].headline == "z"


def test_a_conflict_stops_autosave_and_keeps_the_text(parts: Parts, qtbot: QtBot) -> None:
    session, editor, editing, _ = parts
    editing.conflict = True
    failures: list[Exception] = []
    session.save_failed.connect(lambda _story, error: failures.append(error))
    editor.type("mine")
    session.note_edit()
    session.save_now()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], VersionConflict)
    assert session.state is SaveState.FAILED and session.is_blocked
    assert editor.story.headline == "mine"
    editor.type("!")
    session.note_edit()
    qtbot.wait(AUTOSAVE_MS + 300)
    assert len(editing.saves) == 1  # no retry loop against the other writer
    results: list[bool] = []
    session.flush(results.append)
    assert results == [False]
