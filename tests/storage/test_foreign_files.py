"""Editorial only ever migrates or writes a file that is empty or already an Editorial
library: anything else at the location is reported at once and left byte for byte."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.domain.story import new_story
from editorial.storage.errors import LibraryError, LibraryTooNew, NotALibrary
from editorial.storage.library import Library
from tests.storage.whole import assert_whole, fingerprint


def another_programs_database(path: Path, *, wal: bool = False) -> None:
    with sqlite3.connect(path) as raw:
        if wal:
            raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
        raw.executemany("INSERT INTO moz_bookmarks (title) VALUES (?)", [("news",), ("wire",)])
    raw.close()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_sqlite_database_is_left_byte_for_byte(
    tmp_path: Path, wal: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "places.sqlite"
    another_programs_database(path, wal=wal)
    before = fingerprint(tmp_path)
    assert list(before) == ["places.sqlite"]

    with pytest.raises(NotALibrary, match=r"another program's database \(tables: moz_bookmarks"):
        Library.open(path)
    for command in (["list"], ["new", "--headline", "x"], ["import", str(path)]):
        assert main(["--library", str(path), *command]) == 2
        assert "is not an Editorial library" in capsys.readouterr().err
    assert fingerprint(tmp_path) == before  # no tables added, no WAL, no -wal/-shm beside it


def test_an_alembic_database_of_another_program_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        raw.execute("INSERT INTO alembic_version VALUES ('0002')")  # a revision we know
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    raw.close()
    before = fingerprint(tmp_path)
    with pytest.raises(NotALibrary, match="lacks its tables"):
        Library.open(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'a1b2c3'")
    raw.close()
    before = fingerprint(tmp_path)
    with pytest.raises(NotALibrary, match="another program's database"):
        Library.open(path)
    assert fingerprint(tmp_path) == before


def test_a_library_from_a_newer_editorial_is_refused_before_connecting(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    before = fingerprint(tmp_path)
    with pytest.raises(LibraryTooNew):
        Library.open(path)
    assert fingerprint(tmp_path) == before


@pytest.mark.parametrize("content", [b"", b"tables: none"], ids=["empty-file", "no-tables"])
def test_an_empty_file_or_database_becomes_a_library(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "lib.sqlite"
    if content:
        sqlite3.connect(path).close()  # an SQLite database with no tables at all
        with sqlite3.connect(path) as raw:
            raw.execute("PRAGMA user_version = 0")
        raw.close()
    else:
        path.write_bytes(b"")
    with Library.open(path) as library:
        assert library.created
        library.add(new_story("x.org", headline="First"))
    assert_whole(path)


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "lib.sqlite"
    os.mkfifo(fifo)
    with pytest.raises(NotALibrary, match="not a regular file"):
        Library.open(fifo)  # never opened, so this cannot block
    # And the real command, in a process of its own, within a time limit.
    done = subprocess.run(
        [sys.executable, "-m", "editorial", "--library", str(fifo), "list"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert done.returncode == 2
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite"]


def test_a_device_or_a_socket_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(NotALibrary, match="not a regular file"):
        Library.open("/dev/null")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "lib.sock"))
        with pytest.raises(NotALibrary, match="not a regular file"):
            Library.open(tmp_path / "lib.sock")
    finally:
        server.close()


def test_a_mistyped_location_creates_no_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "nonexistent" / "dir" / "lib.sqlite"
    for command in (["list"], ["new", "--headline", "x"], ["show", "1"]):
        assert main(["--library", str(location), *command]) == 2
        err = capsys.readouterr().err
        assert f"the folder {location.parent} does not exist" in err
    assert main(["--library", f"sqlite:///{location}", "list"]) == 2
    assert list(tmp_path.iterdir()) == []


def test_commands_that_read_never_create_a_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "desk.sqlite"
    reading = [["list"], ["show", "1"], ["render", "1"], ["export", "1", "--format", "html"]]
    for command in [*reading, ["check", "1"]]:
        assert main(["--library", str(location), *command]) == 2, command
        assert f"There is no library at {location}" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(LibraryError, match="There is no library"):
        Library.open(location, create=False)

    assert main(["--library", str(location), "new", "--headline", "Now there is one"]) == 0
    assert main(["--library", str(location), "list"]) == 0
    assert "Now there is one" in capsys.readouterr().out
    assert_whole(location)
