"""Checks every test that writes a library ends with: SQLite's own word that it is whole."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def assert_whole(path: Path) -> None:
    """`PRAGMA integrity_check` says ok, read without changing the file (or adding files:
    with no -wal file beside it there is nothing to read but the file itself)."""
    wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if wal else "immutable=1"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in a folder by name, with the sha256 of its bytes: equal fingerprints
    mean nothing was changed, added (no -wal, -shm or -journal) or removed."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def assert_whole_at(location: str) -> None:
    """`assert_whole` for a library file; a PostgreSQL server keeps its own pages whole."""
    if "://" not in location:
        assert_whole(Path(location))


def row_count(location: str, table: str) -> int:
    """How many rows a table of the library at `location` holds, read apart from it."""
    from sqlalchemy import create_engine, text

    from editorial.storage.engine import location_url

    engine = create_engine(location_url(location))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
    finally:
        engine.dispose()


def run_sql(location: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Plain SQL on the library at `location` beside it (its own connection, committed):
    the rows it returns, if any."""
    from sqlalchemy import create_engine, text

    from editorial.storage.engine import location_url

    engine = create_engine(location_url(location))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()
