"""What is at a library's file location, found out before anything connects to it.

An SQLite connection made the usual way changes the file it opens: our connect hook turns
on WAL, a migration adds tables, even a read of a WAL database leaves `-wal` and `-shm`
files beside it. So the file is first looked at without writing: its type (a FIFO would
hang the open), its first bytes, and then its schema through a read-only connection.
Only an empty file or an Editorial library goes on to the real connection.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from editorial.domain import library_messages as said
from editorial.storage import schema
from editorial.storage.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    LibraryNotWritable,
    NotALibrary,
)
from editorial.storage.guard import busy_message, damaged_message

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
_WAL_FORMAT = 2  # header bytes 18 and 19 (read and write format version): 2 means WAL


def check_sqlite_location(path: Path, *, create: bool, writable: bool = True) -> bool:
    """Make sure a library can be opened at `path`; True when a new library is to be made
    there (no file yet, an empty file, or an SQLite database with no tables).

    Raises `NotALibrary` for anything that is not an Editorial library (a folder, a FIFO,
    another program's file or database), `LibraryError` for a folder that does not exist or,
    when `create` is false, a library that does not exist yet, and `LibraryNotWritable` for
    a place we cannot write (unless `writable` is false: the library is to be read only).
    Nothing is created or changed here.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return _check_new_location(path, create=create)
    except NotADirectoryError:
        raise LibraryError.saying(said.path_through_a_file(str(path))) from None
    except OSError as error:
        detail = str(error.strerror or error)
        raise LibraryError.saying(said.cannot_open(str(path), detail)) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotALibrary.saying(said.a_folder(str(path)))
    if not stat.S_ISREG(info.st_mode):
        raise NotALibrary.saying(said.not_a_file(str(path)))
    is_new = _check_existing_file(path, size=info.st_size)
    if is_new and not create:
        raise LibraryMissing.saying(said.empty_file(str(path)))
    if writable and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise LibraryNotWritable.saying(said.not_writable(str(path)))
    return is_new


def _check_new_location(path: Path, *, create: bool) -> bool:
    folder = path.parent
    if not folder.is_dir():
        raise LibraryError.saying(said.no_folder(str(path), str(folder)))
    if not create:
        raise LibraryMissing.saying(said.no_library(str(path)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryNotWritable.saying(said.folder_not_writable(str(path), str(folder)))
    return True


def _check_existing_file(path: Path, *, size: int) -> bool:
    if size == 0:
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(SQLITE_HEADER_SIZE)
    except OSError as error:
        detail = str(error.strerror or error)
        raise LibraryError.saying(said.cannot_read(str(path), detail)) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotALibrary.saying(said.not_sqlite(str(path)))
    tables, revision = read_schema(path, header)
    return schema.classify(tables, revision, str(path))


def read_schema(path: Path, header: bytes) -> tuple[set[str], str | None]:
    """The tables of the SQLite database at `path` and its Alembic revision, read without
    changing the file or creating any beside it."""
    uri = path.resolve().as_uri()
    wal_file = path.with_name(path.name + "-wal")
    is_wal = len(header) > 19 and header[18] == header[19] == _WAL_FORMAT
    # A read-only connection to a WAL database creates -wal and -shm files. With no -wal
    # file there is nothing beyond the main file to read, so read it as immutable instead.
    uri += "?immutable=1" if is_wal and not wal_file.exists() else "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise LibraryError.saying(said.cannot_read(str(path), str(error))) from None
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        return tables, revision
    except sqlite3.Error as error:
        raise _read_error(path, error) from None
    finally:
        connection.close()


def _read_error(path: Path, error: sqlite3.Error) -> LibraryError:
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return LibraryBusy(busy_message(str(path)))
    if "malformed" in message:
        return LibraryDamaged(damaged_message(str(path), str(error)))
    if "not a database" in message or "encrypted" in message:
        return NotALibrary.saying(said.not_usable(str(path), str(error)))
    return LibraryError.saying(said.cannot_read(str(path), str(error)))
