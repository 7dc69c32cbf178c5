"""What the database can throw at the library ends as one of Editorial's errors, with a
message and the original kept as its cause: never a raw traceback."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import SQLAlchemyError

from editorial.cli import main
from editorial.domain.errors import BadInput, LibraryBusy, LibraryError
from editorial.domain.story import new_story
from editorial.storage.errors import StoryNotFound
from editorial.storage.library import Library
from tests.storage.whole import assert_whole


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    location = tmp_path / "lib.sqlite"
    with Library.open(location) as library:
        library.add(new_story("x.org", headline="Kept"))
    yield location
    assert_whole(location)


@pytest.mark.parametrize("begin", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_another_writer_holding_the_lock_makes_the_library_busy(path: Path, begin: str) -> None:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute(begin)
    holder.execute("UPDATE stories SET headline = 'held'")
    try:
        with Library.open(path, busy_timeout=0.2) as library:  # opening only reads
            started = time.monotonic()
            with pytest.raises(LibraryBusy, match="is busy: another program is writing") as busy:
                library.add(new_story("x.org", headline="Waits, then gives up"))
            assert 0.2 <= time.monotonic() - started < 5
            assert busy.value.exit_status == 2
            assert isinstance(busy.value.__cause__, SQLAlchemyError)
            with pytest.raises(LibraryBusy):
                library.dictionary.add("lede", "en")
            assert [s.headline for s in library.list_stories()] == ["Kept"]  # reads go on
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Library.open(path) as library:  # once the other writer is done, writing works
        library.add(new_story("x.org", headline="Now it goes in"))
        assert library.count() == 2


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("postgresql+psycopg://editor@127.0.0.1:1/newsroom", r"failed: connection failed"),
        ("postgresql+psycopg://editor@db.example/newsroom", r"sslmode=verify-full"),
        ("mysql://editor@db.example/newsroom", r"driver .* not installed"),
        ("nosuchdb://editor@db.example/newsroom", "does not know that kind of database"),
        ("postgresql://editor@db.example:port/newsroom", "not a library location"),
        ("://", "not a library location"),
    ],
)
def test_a_database_url_that_cannot_work_is_a_clear_error(
    location: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(LibraryError, match=message) as error:
        Library.open(location)
    # The cause is kept for the log, except where it would repeat the location (and a
    # password in it), or where nothing was tried (TLS refused before connecting).
    refused_before = "not a library location" in message or "verify-full" in message
    assert error.value.__cause__ is not None or refused_before
    assert main(["--library", location, "list"]) == 2
    assert capsys.readouterr().err.startswith("editorial: ")


def test_a_story_id_too_large_for_sqlite_is_not_found(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = 2**70
    with Library.open(path) as library:
        story = library.get(1)
        for method in (library.get, library.trash, library.restore, library.purge,
                       library.revisions):  # fmt: skip
            with pytest.raises(StoryNotFound):
                method(huge)
        with pytest.raises(StoryNotFound):
            library.save(story.edited(id=huge))
    assert main(["--library", str(path), "show", str(huge)]) == 1
    assert "no story with id" in capsys.readouterr().err


def test_a_number_too_large_to_keep_is_bad_input_and_keeps_nothing(path: Path) -> None:
    with Library.open(path) as library:
        with pytest.raises(BadInput, match="too large"):
            library.import_stories([new_story("x.org", headline="Huge").edited(version=2**70)])
        with pytest.raises(BadInput, match="too large"):
            library.add(new_story("x.org", headline="Urgent").edited(urgency=2**64))
        assert library.count() == 1


def test_any_other_database_failure_is_a_library_error_with_its_cause(path: Path) -> None:
    with Library.open(path) as library:
        with sqlite3.connect(path) as raw:
            raw.execute("ALTER TABLE stories RENAME TO stories_elsewhere")
        raw.close()
        with pytest.raises(LibraryError, match="no such table: stories") as error:
            library.list_stories()
        assert isinstance(error.value.__cause__, SQLAlchemyError)
        with sqlite3.connect(path) as raw:
            raw.execute("ALTER TABLE stories_elsewhere RENAME TO stories")
        raw.close()
