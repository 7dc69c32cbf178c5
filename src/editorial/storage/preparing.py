"""Making ready a library just connected to: its schema recognised and migrated, and
SQLite's quick check before anything writes to a file that was not made by this open."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from editorial.domain.errors import EditorialError
from editorial.storage import schema
from editorial.storage.engine import writer
from editorial.storage.errors import LibraryDamaged, LibraryMissing
from editorial.storage.guard import damaged_message, translate


def quick_check(engine: Engine) -> str | None:
    """SQLite's `quick_check` (about a second per GB): None when whole, else the damage."""
    with engine.connect() as connection:
        found = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check(5)")]
    return None if found == ["ok"] else "; ".join(found)


def prepare_schema(
    engine: Engine, shown: str, *, create: bool, is_new: bool, file: Path | None
) -> bool:
    """Recognise (for a URL; a file was looked at before) and migrate the library's schema;
    returns whether it is a new library."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = schema.current_revision(connection)
            connection.rollback()
        if file is None:
            is_new = schema.classify(tables, revision, shown)
            if is_new and not create:
                raise LibraryMissing(f"There is no library at {shown}.")
        if revision == schema.HEAD_REVISION:
            return is_new
        if not is_new and engine.dialect.name == "sqlite":
            problems = quick_check(engine)  # never migrate a damaged file
            if problems:
                raise LibraryDamaged(damaged_message(shown, problems))
        with writer(engine).begin() as connection:
            schema.upgrade(connection, shown)
        return is_new
    except EditorialError:
        raise
    except (SQLAlchemyError, OverflowError) as error:
        raise translate(error, shown) from error
