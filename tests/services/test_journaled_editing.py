"""Saving into a library that cannot be written: a real SQLite file on a small disk that
is filled up, or remounted read-only. The text goes to the journal, nothing is lost, and
it reaches the library when the library can take it again, never over someone else's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial.domain.errors import VersionConflict
from editorial.services.journaled_editing import JournaledEditing, KeptLocally
from editorial.services.text_journal import TextJournal
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from tests.small_disk import fill, free, remount, small_disk

LONG_BODY = "Rescuers searched the rubble through the night. " * 40_000  # about 2 MB


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    # Room for two versions of a 2 MB story with their full-text index (and the WAL).
    with small_disk(tmp_path / "disk", "12m") as folder:
        yield folder


def editing_on(library: Library, tmp_path: Path) -> JournaledEditing:
    journal = TextJournal(tmp_path / "journal.json", library.location)
    return JournaledEditing(library, PreferencesHolder(Preferences(editor_name="Anna")), journal)


def test_a_full_disk_keeps_the_text_in_the_journal_until_there_is_room(
    disk: Path, tmp_path: Path
) -> None:
    library = Library.open(disk / "lib.sqlite")
    editing = editing_on(library, tmp_path)
    story = editing.create("Quake").story
    fill(disk)
    typed = story.edited(body=LONG_BODY)

    kept = editing.save(typed)

    assert isinstance(kept, KeptLocally)
    assert "disk is full" in kept.reason
    assert editing.pending == 1
    assert editing.get(story.id).body == LONG_BODY  # type: ignore[arg-type]
    # Still full: the replay writes nothing and says why.
    stuck = editing.replay()
    assert stuck.pending == 1 and "full" in stuck.error and not stuck.written

    free(disk)
    done = editing.replay()
    assert [s.id for s in done.written] == [story.id] and done.pending == 0
    assert done.changes.updated == {story.id}
    assert library.get(story.id).body == LONG_BODY  # type: ignore[arg-type]
    assert not editing.journal.path.exists()
    assert library.check_integrity() is None
    library.close()


def test_the_editor_keeps_typing_over_a_replayed_story_without_a_conflict(
    disk: Path, tmp_path: Path
) -> None:
    library = Library.open(disk / "lib.sqlite")
    editing = editing_on(library, tmp_path)
    story = editing.create("Quake").story
    fill(disk)
    assert isinstance(editing.save(story.edited(body=LONG_BODY)), KeptLocally)
    free(disk)
    editing.replay()  # the story was not open: written from the journal
    # The editor still holds the version it had and goes on typing.
    saved = editing.save(story.edited(body=LONG_BODY + " More."))
    assert not isinstance(saved, KeptLocally)
    assert library.get(story.id).body.endswith(" More.")  # type: ignore[arg-type]
    library.close()


def test_a_read_only_library_keeps_the_text_and_takes_it_when_writable(
    disk: Path, tmp_path: Path
) -> None:
    library = Library.open(disk / "lib.sqlite")
    editing = editing_on(library, tmp_path)
    story = editing.create("Quake").story
    library.close()  # no file open for writing: the disk can go read-only
    remount(disk, read_only=True)
    try:
        kept = editing.save(story.edited(body="Typed while read-only"))
        assert isinstance(kept, KeptLocally)
        assert editing.replay().pending == 1
    finally:
        remount(disk, read_only=False)
    done = editing.replay()
    assert done.pending == 0
    assert library.get(story.id).body == "Typed while read-only"  # type: ignore[arg-type]
    library.close()


def test_a_story_changed_elsewhere_is_never_overwritten_by_the_journal(
    disk: Path, tmp_path: Path
) -> None:
    library = Library.open(disk / "lib.sqlite")
    editing = editing_on(library, tmp_path)
    story = editing.create("Quake").story
    fill(disk)
    assert isinstance(editing.save(story.edited(body=LONG_BODY)), KeptLocally)
    free(disk)
    theirs = library.save(story.edited(body="Their text"), by="Boris")  # another machine

    # Open in the editor: its next save meets the conflict like any other.
    opened = editing.get(story.id)  # type: ignore[arg-type]
    assert opened.body == LONG_BODY and opened.version == story.version
    with pytest.raises(VersionConflict):
        editing.save(opened)
    assert editing.replay(skip=story.id).pending == 1

    # Not open: kept as a new story beside theirs.
    done = editing.replay()
    assert done.pending == 0 and not done.written
    [(original, copy)] = done.copied
    assert original.id == story.id
    assert library.get(story.id).body == "Their text"  # type: ignore[arg-type]
    assert library.get(story.id).version == theirs.version  # type: ignore[arg-type]
    assert library.get(copy.id).body == LONG_BODY  # type: ignore[arg-type]
    assert done.changes.created == {copy.id}
    library.close()


def test_text_that_cannot_be_kept_anywhere_is_reported(disk: Path, tmp_path: Path) -> None:
    from editorial.domain.errors import LibraryNotWritable

    library = Library.open(disk / "lib.sqlite")
    journal = TextJournal(disk / "journal" / "lib.json", library.location)  # on the full disk
    editing = JournaledEditing(library, PreferencesHolder(Preferences()), journal)
    story = editing.create("Quake").story
    fill(disk)
    with pytest.raises(LibraryNotWritable, match="only in the window"):
        editing.save(story.edited(body=LONG_BODY))
    free(disk)
    library.close()


def test_text_of_a_story_spiked_meanwhile_becomes_a_new_story(disk: Path, tmp_path: Path) -> None:
    library = Library.open(disk / "lib.sqlite")
    editing = editing_on(library, tmp_path)
    story = editing.create("Quake").story
    assert story.id is not None
    fill(disk)
    assert isinstance(editing.save(story.edited(body=LONG_BODY)), KeptLocally)
    free(disk)
    editing.trash(story.id)  # read-only now: the journal's text cannot go into it

    assert editing.get(story.id).body == ""  # shown as it is, read-only
    done = editing.replay()
    [(_, copy)] = done.copied
    assert library.get(copy.id).body == LONG_BODY  # type: ignore[arg-type]
    assert library.get(story.id).body == ""
    assert done.pending == 0
    library.close()
