"""The window's first look at a library: the same first page the desk lists, read with
sqlite3 alone and read-only; anything it cannot read this way is left to the desk."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import pytest

from editorial.domain.story import Story, new_story
from editorial.services.first_page import peek_first_page
from editorial.services.library import default_library_path
from editorial.storage.library import Library

START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def stepping_clock() -> dt.datetime:
    """Every second story change at the same moment as the one before: ties that only
    the id orders."""
    return START + dt.timedelta(seconds=next(_TICKS) // 2)


_TICKS = itertools.count()


def library_with_stories(path: Path, count: int) -> list[Story]:
    with Library.open(path, clock=stepping_clock) as library:
        stories = [library.add(new_story("test.example", headline=f"Story {n}"))
                   for n in range(count)]  # fmt: skip
        library.trash(stories[1].id)
        library.trash(stories[-1].id)
        library.save(stories[0].edited(headline="Story 0, updated"))  # moves to the top
        return stories


def test_the_first_page_is_the_desks_first_page(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    library_with_stories(path, 60)
    with Library.open(path) as library:
        for limit in (1, 7, 25, 200):
            assert peek_first_page(str(path), limit) == library.listing.page(limit=limit)
    first = peek_first_page(str(path), 1)
    assert first is not None and first[0].headline == "Story 0, updated"
    assert first[0].updated_at.tzinfo is dt.UTC


def test_the_default_library_and_the_environments_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default_library_path().parent.mkdir(parents=True)
    library_with_stories(default_library_path(), 3)
    assert [s.headline for s in peek_first_page(None, 10) or []] == ["Story 0, updated"]
    chosen = tmp_path / "chosen.sqlite"
    library_with_stories(chosen, 12)
    monkeypatch.setenv("EDITORIAL_LIBRARY", str(chosen))
    assert len(peek_first_page(None, 100) or []) == 10


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: folder / "missing.sqlite",
        lambda folder: folder,  # a folder, not a file
        lambda folder: write(folder / "text.sqlite", b"not a database\n" * 100),
        lambda folder: write(folder / "empty.sqlite", b""),
        lambda folder: write(folder / "half.sqlite", b"SQLite format 3\x00" + b"\x00" * 80),
    ],
    ids=["missing", "folder", "text", "empty", "damaged"],
)
def test_what_cannot_be_read_so_is_left_to_the_desk_and_left_alone(
    tmp_path: Path, make: object
) -> None:
    target: Path = make(tmp_path)  # type: ignore[operator]
    before = sorted(tmp_path.rglob("*"))
    contents = target.read_bytes() if target.is_file() else None
    assert peek_first_page(str(target), 10) is None
    assert sorted(tmp_path.rglob("*")) == before  # nothing created beside it
    assert (target.read_bytes() if target.is_file() else None) == contents


def test_a_server_or_another_schema_is_left_to_the_desk(tmp_path: Path) -> None:
    assert peek_first_page("postgresql+psycopg://desk@db.example/news", 10) is None
    other = tmp_path / "other.sqlite"
    import sqlite3

    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT)")
    assert peek_first_page(str(other), 10) is None


def test_a_library_being_written_does_not_make_it_wait(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite"
    library_with_stories(path, 5)
    import sqlite3

    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        started = dt.datetime.now()
        assert peek_first_page(str(path), 10) is None
        assert dt.datetime.now() - started < dt.timedelta(seconds=5)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    os.utime(path, (0, 0))
    return path
