"""A library opened only to be read: the file (or its folder, or its disk) cannot be
written, yet the desk can still show, search and export what it holds.

The connection is SQLite's read-only one (`mode=ro`), which never writes the file and
never migrates it. A WAL library needs its `-shm` beside it even to be read: where the
folder cannot be written and no `-wal` file is there (the library was closed cleanly),
there is nothing beyond the main file to read, so it is opened `immutable` instead (SQLite
then takes no locks; nothing on a read-only disk changes under it).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError

from editorial.domain import library_messages
from editorial.domain.translatable import MessageText
from editorial.storage import schema
from editorial.storage.errors import LibraryError, LibraryNotWritable
from editorial.storage.guard import translate
from editorial.storage.unfinished_reads import finish_reads_at_checkin

_WAL_FORMAT = 2  # header bytes 18 and 19: 2 means WAL


def not_writable_message(location: str) -> MessageText:
    """The one wording of a library that cannot be written, at open or at a write."""
    return MessageText(library_messages.not_writable(location))


def can_write(path: Path) -> bool:
    """Whether the library file and its folder (its -wal and -shm go there) may be written
    (a read-only disk answers no even to root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    uri = path.resolve().as_uri()
    with path.open("rb") as handle:
        header = handle.read(20)
    is_wal = len(header) > 19 and header[18] == header[19] == _WAL_FORMAT
    wal_file = path.with_name(path.name + "-wal")
    if is_wal and not os.access(path.parent, os.W_OK) and not wal_file.exists():
        return uri + "?immutable=1"
    return uri + "?mode=ro"


def read_only_engine(path: Path, shown: str, *, busy_timeout: float) -> Engine:
    """An engine whose every connection is SQLite's read-only one, over a library at the
    schema this Editorial writes (an older one would need a migration, which writes)."""
    uri = read_only_uri(path)
    timeout_ms = max(0, int(busy_timeout * 1000))

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.isolation_level = None  # transactions begin as the engine's hook says
        connection.execute(f"PRAGMA busy_timeout={timeout_ms}")
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "begin", _begin_deferred)
    finish_reads_at_checkin(engine)
    try:
        with engine.connect() as connection:
            inspect(connection).get_table_names()
            revision = schema.current_revision(connection)
            connection.rollback()
    except SQLAlchemyError as error:
        engine.dispose()
        raise translate(error, shown) from error
    if revision != schema.HEAD_REVISION:
        engine.dispose()
        raise LibraryNotWritable.saying(library_messages.older_and_not_writable(shown))
    return engine


def refuse_write(location: str) -> LibraryError:
    return LibraryNotWritable(not_writable_message(location))


def _begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")
