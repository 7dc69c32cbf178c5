"""Keeping a library safe: a backup taken while it is in use, and a check that it is whole.

An SQLite library is copied with SQLite's online backup API (a consistent copy, even while
other windows write to it; never a copy of the file's bytes, which a write could tear). A
PostgreSQL library is the server's to back up: `pg_dump` does it, and the message says how.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text

from editorial.domain.errors import BadInput, LibraryError
from editorial.storage import schema
from editorial.storage.guard import translate


def backup(engine: Engine, location: str, destination: Path) -> Path:
    """Copy the library to a new SQLite file `destination` (never over an existing file)."""
    if engine.dialect.name != "sqlite":
        raise LibraryError(
            f"The library {location} lives on a PostgreSQL server: back it up there with "
            f"pg_dump, e.g. `pg_dump --format=custom --file=library.dump '{location}'` "
            "(the password from ~/.pgpass or PGPASSWORD, never on the command line); "
            "pg_restore puts it back."
        )
    target = destination.expanduser().absolute()
    if target.exists() or target.is_symlink():
        raise BadInput(f"{target} exists already; a backup never writes over a file.")
    if not target.parent.is_dir():
        raise BadInput(f"Cannot write a backup to {target}: the folder does not exist.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            with engine.connect() as connection:
                source = connection.connection.driver_connection
                assert isinstance(source, sqlite3.Connection)
                source.backup(copy)
            # A single file that opens anywhere: not left in WAL mode with a -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise LibraryError(f"The backup to {target} failed: {error}.") from None
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BadInput(f"Cannot write a backup to {target}: {error.strerror or error}.") from None
    except Exception as error:
        partial.unlink(missing_ok=True)
        raise translate(error, location) from error
    return target


def problems(engine: Engine, location: str) -> list[str]:
    """What is wrong with the library (empty when it is whole): on SQLite its full
    `integrity_check` and `foreign_key_check`; on both, the schema at this version's head."""
    found: list[str] = []
    try:
        with engine.connect() as connection:
            revision = schema.current_revision(connection)
            if revision != schema.HEAD_REVISION:
                found.append(f"schema {revision}, expected {schema.HEAD_REVISION}")
            if engine.dialect.name == "sqlite":
                checked = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check(20)")]
                found += [] if checked == ["ok"] else checked
                for table, rowid, parent, _ in connection.exec_driver_sql(
                    "PRAGMA foreign_key_check"
                ):
                    found.append(f"{table} row {rowid} refers to a missing {parent} row")
            else:
                connection.execute(text("SELECT count(*) FROM stories")).scalar_one()
    except Exception as error:  # damage that stops the check itself is what it found
        problem = translate(error, location)
        found.append(str(problem))
    return found
