"""Where a library lives and how to connect to it safely.

A location is a file path (the embedded SQLite library) or an SQLAlchemy URL (e.g. a
shared PostgreSQL library). Before connecting we check what is at the location so that
a wrong file is reported, never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from editorial.storage.errors import LibraryNotWritable, NotALibrary

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def location_url(location: str | os.PathLike[str]) -> URL:
    """An SQLAlchemy URL for a path or URL string."""
    text = os.fspath(location)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return make_url(f"sqlite+pysqlite:///{path}")


def describe(url: URL) -> str:
    """A location as shown to the user (a path for SQLite; a URL without password)."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def check_sqlite_location(path: Path) -> bool:
    """Make sure a library can be opened at `path`; True when it does not exist yet.

    Raises NotALibrary for a file that is not an SQLite database and LibraryNotWritable for
    a place we cannot write. Nothing is created or changed here.
    """
    if path.is_dir():
        raise NotALibrary(f"{path} is a folder, not an Editorial library file.")
    if path.exists():
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise NotALibrary(
                f"{path} is not an Editorial library (it is not an SQLite database). "
                "Choose another file; this one was left untouched."
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise LibraryNotWritable(
                f"The library {path} cannot be written (check its permissions). "
                "Nothing was changed."
            )
        return not head
    folder = _nearest_existing_folder(path.parent)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryNotWritable(
            f"Cannot create a library at {path}: the folder {folder} is not writable."
        )
    return True


def _nearest_existing_folder(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def make_engine(url: URL) -> Engine:
    """An engine with the pragmas a desktop library needs on SQLite: WAL so readers never
    block the writer, foreign keys on, and a busy timeout instead of instant 'locked'."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()
