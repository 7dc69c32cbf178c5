"""Opening a library where there is none: a clear error, and nothing overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editorial.domain.story import new_story
from editorial.storage.errors import LibraryError, LibraryNotWritable, LibraryTooNew, NotALibrary
from editorial.storage.library import Library
from tests.storage.readonly import make_read_only, undo_read_only


def test_a_file_that_is_not_sqlite_is_left_byte_for_byte(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    content = b"ANKARA, November 18 (RIA Novosti) - my only copy of this story\n" * 50
    notes.write_bytes(content)
    with pytest.raises(NotALibrary, match=r"notes\.txt is not an Editorial library"):
        Library.open(notes)
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(NotALibrary, match="folder"):
        Library.open(tmp_path)


def test_a_library_from_a_newer_editorial_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library = Library.open(path)
    kept = library.add(new_story("x.org", headline="Written by today's Editorial"))
    library.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        raw.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")

    with pytest.raises(LibraryTooNew, match="newer version of Editorial"):
        Library.open(path)

    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_from_the_future"
        )
        assert raw.execute("SELECT headline FROM stories").fetchall() == [(kept.headline,)]
        assert raw.execute("SELECT count(*) FROM future_things").fetchone()[0] == 0


def test_a_folder_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match=r"the folder .*no-such-folder does not exist"):
        Library.open(tmp_path / "no-such-folder" / "lib.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_library_that_cannot_be_written(read_only_folder: Path) -> None:
    path = read_only_folder / "lib.sqlite"
    Library.open(path).close()
    before = path.read_bytes()
    make_read_only(read_only_folder)
    try:
        with pytest.raises(LibraryNotWritable, match="cannot be"):
            Library.open(path)
        assert path.read_bytes() == before
    finally:
        undo_read_only(read_only_folder)


def test_a_new_library_in_a_read_only_folder(read_only_folder: Path) -> None:
    make_read_only(read_only_folder)
    try:
        with pytest.raises(LibraryNotWritable):
            Library.open(read_only_folder / "lib.sqlite")
        assert list(read_only_folder.iterdir()) == []
    finally:
        undo_read_only(read_only_folder)
