"""Statements the outbox's worker runs for every story it sends, handed to the database
driver as they are: the SQL written once, its values plain tuples, each time converted
once a batch. SQLAlchemy's statements cost several times what the database does for
them here (building, caching and expanding a list of a hundred ids, converting every
value of every row); these run on SQLite and PostgreSQL alike, only the driver's
placeholder differs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Dialect

from editorial.storage.tables import UtcDateTime


def in_style(sql: str, dialect: Dialect) -> str:
    """The statement with the driver's own placeholders (psycopg: %s; sqlite3: ?)."""
    return sql.replace("?", "%s") if dialect.paramstyle in ("format", "pyformat") else sql


def marks(count: int) -> str:
    """Placeholders for a list of `count` values: `id IN ({marks(3)})`."""
    return ", ".join(["?"] * count)


def times(dialect: Dialect) -> Callable[[dt.datetime], Any]:
    """How the library writes a time on this database (`UtcDateTime`, then the dialect's
    form of it: on SQLite the text SQLAlchemy writes, which the statements compare as
    text): made once a batch, used for every row."""
    process = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda moment: moment)


def time_reader(dialect: Dialect) -> Callable[[Any], dt.datetime | None]:
    """How the library reads a time back on this database (the driver's form, then
    `UtcDateTime`'s aware UTC datetime; None stays None)."""
    process = UtcDateTime().dialect_impl(dialect).result_processor(dialect, None)
    return process if process is not None else (lambda value: value)
