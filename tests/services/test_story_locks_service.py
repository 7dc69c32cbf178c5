"""Soft locks and conflicts through the desk's services: two desks on one library file,
as two windows are."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from editorial.domain.story_lock import LockHolder
from editorial.services.conflicts import Choice, Conflict
from editorial.services.desk import Desk, open_desk
from editorial.settings import Preferences
from editorial.storage.library import Library


@pytest.fixture
def desks(library_location: str) -> Iterator[tuple[Desk, Desk]]:
    path = library_location
    anna = open_desk(path, Preferences(editor_name="Anna Ivanova"))
    john = open_desk(path, Preferences(editor_name="John Smith"))
    yield anna, john
    anna.close()
    john.close()


def test_each_desk_is_a_holder_of_its_own(desks: tuple[Desk, Desk]) -> None:
    anna, john = desks
    story = anna.editing.create("Talks resume").story
    assert story.id is not None
    assert anna.locks.take(story.id).taken
    refused = john.locks.take(story.id)
    assert not refused.taken and refused.lock.holder.name == "Anna Ivanova"
    assert john.locks.held_elsewhere(story.id) == refused.lock
    assert anna.locks.held_elsewhere(story.id) is None
    assert anna.locks.me.instance != john.locks.me.instance


def test_closing_a_desk_gives_its_locks_up(library_location: str) -> None:
    path = library_location
    anna = open_desk(path, Preferences(editor_name="Anna Ivanova"))
    story = anna.editing.create("Talks resume").story
    assert story.id is not None
    anna.locks.take(story.id)
    anna.close()
    john = open_desk(path, Preferences(editor_name="John Smith"))
    try:
        assert john.locks.holder_of(story.id) is None
        assert john.locks.take(story.id).taken
    finally:
        john.close()


def test_taking_over_keeps_the_text_and_the_loser_keeps_what_it_had_not_saved(
    desks: tuple[Desk, Desk], library_location: str
) -> None:
    library_path = library_location
    anna, john = desks
    story = anna.editing.create("Talks resume").story
    assert story.id is not None
    anna.locks.take(story.id)
    saved = anna.editing.save(story.edited(body="Anna's saved text.")).story
    taken = john.locks.take_over(story.id)
    assert taken.lock.holder.name == "John Smith"
    assert taken.story.body == "Anna's saved text." and taken.story.version == saved.version + 2
    assert not anna.locks.refresh(story.id).taken
    aside = anna.locks.set_aside(story.id, saved.edited(body="Anna's unsaved text."))
    assert aside.revision == saved.version + 1 and aside.copy is None
    assert "revision" in aside.describe()
    # A second time there is no revision kept free: the text becomes a new story.
    again = anna.locks.set_aside(story.id, saved.edited(body="Typed later still."))
    assert again.revision is None and again.copy is not None
    assert again.copy.body == "Typed later still." and again.copy.id != story.id
    with Library.open(library_path) as library:
        bodies = [revision.story.body for revision in library.revisions(story.id)]
    assert bodies == ["Anna's saved text.", "Anna's unsaved text."]


def test_a_conflict_resolved_keeps_the_text_not_chosen(desks: tuple[Desk, Desk]) -> None:
    anna, john = desks
    story = anna.editing.create("Talks resume").story
    john.editing.save(john.editing.get(story.id or 0).edited(body="John's text."))
    mine = story.edited(body="Anna's text.")
    conflict = anna.conflicts.conflict(mine)
    assert isinstance(conflict, Conflict)
    assert conflict.theirs.body == "John's text." and conflict.mine.body == "Anna's text."
    saved = anna.conflicts.resolve(conflict, conflict.mine)
    assert saved.story.body == "Anna's text." and saved.changes.updated == {story.id}
    assert Choice("merged") is Choice.MERGED


def dead_pid() -> int:
    """The id of a process that has run and been reaped."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return int(child.stdout)


@pytest.mark.skipif(os.name != "posix", reason="processes are probed with signal 0")
def test_a_lock_left_by_a_process_gone_from_this_machine_is_taken_at_once(
    library_location: str,
) -> None:
    path = library_location
    desk = open_desk(path, Preferences(editor_name="Anna Ivanova"))
    try:
        story = desk.editing.create("Talks resume").story
        assert story.id is not None
        host = desk.locks.me.host
        with Library.open(path) as library:  # the window of a process killed a moment ago
            gone = LockHolder("Anna Ivanova", host, f"{dead_pid()}:window")
            assert library.locks.take(story.id, gone).taken
        taken = desk.locks.take(story.id)
        assert taken.taken and taken.lock.holder == desk.locks.me
        # The dead window can save nothing more: the story stays at its version (a window
        # reopened after the crash keeps its cursor on the same text).
        assert desk.editing.get(story.id).version == story.version
        # A live process's lock (this test's parent), or another machine's, is left alone.
        with Library.open(path) as library:
            library.locks.release(story.id, desk.locks.me)
            alive = LockHolder("John Smith", host, f"{os.getppid()}:window")
            assert library.locks.take(story.id, alive).taken
        assert not desk.locks.take(story.id).taken
    finally:
        desk.close()
