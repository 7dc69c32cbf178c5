"""A library on a read-only disk opened to be read: everything reads, nothing is written
(not a byte of the file, no -wal or -shm beside it), every write is refused in words, and
once the disk can be written again the same `Library` writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editorial.domain.story import new_story
from editorial.storage.errors import LibraryMissing, LibraryNotWritable
from editorial.storage.library import Library
from tests.storage.readonly import make_read_only, undo_read_only


def _filled(path: Path) -> int:
    with Library.open(path) as library:
        story = library.add(new_story("x.org", headline="Quake hits eastern Turkey"), by="Anna")
        story = library.save(story.edited(body="First text."), explicit=True, by="Anna")
        library.save(story.edited(body="Second text."), explicit=True, by="Anna")
        assert story.id is not None
        return story.id


def test_a_read_only_library_reads_and_refuses_writes(read_only_folder: Path) -> None:
    path = read_only_folder / "lib.sqlite"
    story_id = _filled(path)
    before, names = path.read_bytes(), sorted(p.name for p in read_only_folder.iterdir())
    make_read_only(read_only_folder)
    try:
        with pytest.raises(LibraryNotWritable):
            Library.open(path)
        library = Library.open(path, read_only=True)
        assert library.read_only
        (summary,) = library.list_stories()
        story = library.get(story_id)
        assert (summary.headline, story.body) == ("Quake hits eastern Turkey", "Second text.")
        assert [r.story.body for r in library.revisions(story_id)] == ["First text."]
        assert library.workflow.history(story_id)[0].action == "create"
        assert library.check_integrity() is None
        with pytest.raises(LibraryNotWritable, match=r"lib\.sqlite cannot be written"):
            library.save(story.edited(body="Third text."), explicit=True)
        with pytest.raises(LibraryNotWritable):
            library.add(new_story("x.org", headline="Another"))
        assert not library.become_writable()  # the disk is still read-only
        assert path.read_bytes() == before
        assert sorted(p.name for p in read_only_folder.iterdir()) == names
    finally:
        undo_read_only(read_only_folder, lazy=True)
    assert library.become_writable()
    assert not library.read_only
    saved = library.save(library.get(story_id).edited(body="Third text."), explicit=True)
    library.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT body, version FROM stories").fetchone() == (
            "Third text.",
            saved.version,
        )
    raw.close()


def test_an_empty_place_is_no_read_only_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryMissing, match="no library"):
        Library.open(tmp_path / "none.sqlite", read_only=True)
    assert list(tmp_path.iterdir()) == []
