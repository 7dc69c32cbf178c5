"""A read left unfinished never pins an SQLite connection to an old state of the library.

On SQLite in WAL mode, a statement that has returned some of its rows but not all keeps
its read transaction open until it is finished or reset, and since Python 3.11 the
driver no longer resets statements at COMMIT. So a query result that is dropped half
read but stays alive (held by a traceback's frames, say, while garbage collection is
off on the database lane's thread) pins the pooled connection: every later session on
it reads the library as it was then. A window's watcher would then never see what the
command line or another machine changed (tests/storage/test_unfinished_reads.py shows
it; the ORM reads its results whole, so only a Core result left half read can do it).

The pool is the one place every session's connection passes when the session ends, so
that is where each cursor the session ran is finished: SQLAlchemy has already closed
the ones it read to the end; one still unread is closed here, and named in the log,
since it is a leak in the code that made it.
"""

from __future__ import annotations

import logging
import sqlite3
import weakref
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

_CURSORS = "editorial_cursors"  # the connection record's info key: cursor → its statement


def finish_reads_at_checkin(engine: Engine) -> None:
    """Every cursor run on a connection of `engine` is finished when the connection goes
    back to the pool."""
    event.listen(engine, "after_cursor_execute", _remember)
    event.listen(engine, "checkin", _finish)


def _remember(
    connection: Any, cursor: Any, statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    cursors = connection.info.get(_CURSORS)
    if cursors is None:
        cursors = connection.info[_CURSORS] = weakref.WeakKeyDictionary()
    cursors[cursor] = statement


def _finish(_dbapi_connection: Any, record: Any) -> None:
    cursors: weakref.WeakKeyDictionary[Any, str] | None = record.info.get(_CURSORS)
    if not cursors:
        return
    for cursor, statement in list(cursors.items()):
        try:
            if cursor.fetchone() is not None:
                log.warning("a read was left unfinished and is closed: %s", _first_line(statement))
            cursor.close()
        except sqlite3.Error:  # closed already, or checked in from another thread
            pass
    cursors.clear()


def _first_line(statement: str) -> str:
    return " ".join(statement.split())[:120]
