"""Database errors in words an editor can act on.

Every call into the library goes through `translate`, so a locked, damaged or full
library, a driver that is not installed or a value the database cannot hold ends in a
`LibraryError` (or `BadInput`) with one line of message, never a traceback; the original
exception stays as `__cause__` for logs.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, NoSuchModuleError, SQLAlchemyError

from editorial.domain import library_messages as said
from editorial.domain.errors import (
    BadInput,
    EditorialError,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryNotWritable,
)
from editorial.domain.translatable import MessageText


def busy_message(location: str) -> MessageText:
    return MessageText(said.busy(location))


def damaged_message(location: str, detail: str) -> MessageText:
    return MessageText(said.damaged(location, detail))


def translate(error: BaseException, location: str) -> EditorialError:
    """The error to raise (from `error`) for an exception out of SQLAlchemy or the driver."""
    if isinstance(error, OverflowError):  # a Python int beyond SQLite's 64-bit integers
        return BadInput(f"A number is too large for the library {location} to keep ({error}).")
    detail = _detail(error)
    lowered = detail.lower()
    if "out of range" in lowered and "integer" in lowered:  # PostgreSQL's 32-bit columns
        return BadInput(f"A number is too large for the library {location} to keep ({detail}).")
    if (
        "database is locked" in lowered
        or "busy" in lowered
        or "table is locked" in lowered
        or "lock timeout" in lowered
    ):  # PostgreSQL: no turn to write within the timeout
        return LibraryBusy(busy_message(location))
    if "malformed" in lowered or "not a database" in lowered:
        return LibraryDamaged(damaged_message(location, detail))
    if "readonly" in lowered or "read-only" in lowered:
        return LibraryNotWritable.saying(said.cannot_be_written(location, detail))
    if "disk is full" in lowered:  # SQLITE_FULL: no room left for the library to grow
        return LibraryNotWritable.saying(said.cannot_be_written(location, detail))
    if "disk i/o" in lowered:
        return LibraryError.saying(said.could_not_write(location, detail))
    if isinstance(error, NoSuchModuleError):
        return LibraryError.saying(said.unknown_database(location))
    if isinstance(error, ImportError):
        return LibraryError.saying(said.driver_missing(location, detail))
    return LibraryError.saying(said.failed(location, detail))


def _detail(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        # PostgreSQL's messages run over lines (DETAIL, HINT): one line, as every message.
        lines = (" ".join(line.split()) for line in str(error.orig).splitlines())
        return "; ".join(line for line in lines if line)
    if isinstance(error, SQLAlchemyError):
        # str() of a StatementError carries the SQL and parameters; the first line is enough.
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return str(error) or type(error).__name__
