"""Database errors in words an editor can act on.

Every call into the library goes through `translate`, so a locked, damaged or full
library, a driver that is not installed or a value the database cannot hold ends in a
`LibraryError` (or `BadInput`) with one line of message, never a traceback; the original
exception stays as `__cause__` for logs.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, NoSuchModuleError, SQLAlchemyError

from editorial.domain.errors import (
    BadInput,
    EditorialError,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryNotWritable,
)


def busy_message(location: str) -> str:
    return f"The library {location} is busy: another program is writing to it; try again."


def damaged_message(location: str, detail: str) -> str:
    return (
        f"The library {location} is damaged ({detail}); Editorial will not write to it. "
        f"Recover what it holds with `sqlite3 {location} .recover | sqlite3 recovered.sqlite` "
        "and open the recovered copy, or restore a backup."
    )


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
        return LibraryNotWritable(f"The library {location} cannot be written ({detail}).")
    if "disk is full" in lowered:  # SQLITE_FULL: no room left for the library to grow
        return LibraryNotWritable(f"The library {location} cannot be written ({detail}).")
    if "disk i/o" in lowered:
        return LibraryError(f"The library {location} could not be written: {detail}.")
    if isinstance(error, NoSuchModuleError):
        return LibraryError(
            f"Cannot open the library {location}: Editorial does not know that kind of "
            "database; give a file path, or an sqlite:// or postgresql:// URL."
        )
    if isinstance(error, ImportError):
        return LibraryError(
            f"Cannot open the library {location}: the database driver it needs is not "
            f"installed ({detail})."
        )
    return LibraryError(f"The library {location} failed: {detail}")


def _detail(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        # PostgreSQL's messages run over lines (DETAIL, HINT): one line, as every message.
        lines = (" ".join(line.split()) for line in str(error.orig).splitlines())
        return "; ".join(line for line in lines if line)
    if isinstance(error, SQLAlchemyError):
        # str() of a StatementError carries the SQL and parameters; the first line is enough.
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return str(error) or type(error).__name__
