"""A library with a damaged page: reads go on where the file is whole, writes are refused
with a message that says how to recover, and nothing further is changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.domain.errors import LibraryDamaged
from editorial.domain.story import new_story
from editorial.storage.guard import translate
from editorial.storage.library import Library
from tests.storage.whole import assert_whole, fingerprint

PAGE_TYPE_TABLE_LEAF = 0x0D


def damage_a_stories_page(path: Path) -> int:
    """Overwrite the header of a leaf page of the stories table's b-tree in the middle of the
    file (the small tables each live on one page near the start); returns its number."""
    assert not path.with_name(path.name + "-wal").exists()  # all in the main file
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for number in range(pages // 2, pages):
        start = number * page_size
        if (
            data[start] == PAGE_TYPE_TABLE_LEAF
            and b"Body of story" in data[start : start + page_size]
        ):
            data[start : start + 64] = b"\xa5" * 64
            path.write_bytes(bytes(data))
            return number + 1
    raise AssertionError("no leaf page of the stories table found")


def unchanged_but_for_an_empty_wal(folder: Path, before: dict[str, str]) -> bool:
    """The files are as they were; the commands (which leave closing to the end of the
    process) may have left an empty -wal file and the -shm index beside the library."""
    after = fingerprint(folder)
    if "lib.sqlite-wal" in after:
        assert (folder / "lib.sqlite-wal").stat().st_size == 0
        del after["lib.sqlite-wal"]
        after.pop("lib.sqlite-shm", None)
    return after == before


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.add_many(
            [
                new_story("x.org", headline=f"Story {n}").edited(body=f"Body of story {n}. " * 80)
                for n in range(200)
            ]
        )
    assert_whole(path)
    damage_a_stories_page(path)
    return path


def test_integrity_check_tells_the_truth(damaged: Path) -> None:
    raw = sqlite3.connect(damaged)
    try:  # SQLite lists the damage, or stops at it
        assert raw.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError as error:
        assert "malformed" in str(error)
    finally:
        raw.close()
    with Library.open(damaged) as library:
        assert library.check_integrity() is not None


def test_new_and_import_refuse_and_change_nothing(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.md"
    copy.write_text("---\nheadline: Quake hits eastern Turkey\n---\n\nBody.\n", encoding="utf-8")
    before = fingerprint(tmp_path)

    assert main(["--library", str(damaged), "new", "--headline", "Not into a damaged file"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and ".recover" in err and "restore a backup" in err
    assert main(["--library", str(damaged), "import", str(copy)]) == 2
    assert "is damaged" in capsys.readouterr().err
    assert unchanged_but_for_an_empty_wal(tmp_path, before)


def test_save_trash_and_the_staff_list_refuse_too(damaged: Path, tmp_path: Path) -> None:
    before = fingerprint(tmp_path)
    with Library.open(damaged) as library:
        story = library.get(1)  # on a whole page: reading goes on
        with pytest.raises(LibraryDamaged, match="will not write"):
            library.save(story.edited(body="Edited."))
        with pytest.raises(LibraryDamaged):  # and every write after it, without a new check
            library.trash(1)
        with pytest.raises(LibraryDamaged):
            library.import_stories([new_story("x.org", headline="Imported")])
        with pytest.raises(LibraryDamaged):
            library.dictionary.add("lede", "en")
        assert library.get(1) == story
    assert fingerprint(tmp_path) == before


def test_reading_a_damaged_library_never_ends_in_a_traceback(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--library", str(damaged), "list"]) in (0, 2)
    for story_id in range(1, 201, 7):
        code = main(["--library", str(damaged), "show", str(story_id)])
        err = capsys.readouterr().err
        assert code == 0 or (code == 2 and "is damaged" in err), err


def test_a_malformed_database_error_anywhere_is_a_damaged_library() -> None:
    from sqlalchemy.exc import DatabaseError

    error = DatabaseError("SELECT 1", {}, sqlite3.DatabaseError("database disk image is malformed"))
    problem = translate(error, "/srv/lib.sqlite")
    assert isinstance(problem, LibraryDamaged) and problem.exit_status == 2
    assert "/srv/lib.sqlite .recover" in str(problem)
