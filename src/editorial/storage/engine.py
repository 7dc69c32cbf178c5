"""Where a library lives and how to connect to it safely.

A location is a file path (the embedded SQLite library) or an SQLAlchemy URL (e.g. a
shared PostgreSQL library). Before connecting, `location.check_sqlite_location` looks at
what is at a file location so that a wrong file is reported, never changed.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from editorial.domain import library_messages as said
from editorial.storage import postgres
from editorial.storage.errors import LibraryError
from editorial.storage.unfinished_reads import finish_reads_at_checkin

BUSY_TIMEOUT_SECONDS = 5.0
# Execution option naming how a transaction starts: writes begin IMMEDIATE on SQLite (on
# PostgreSQL they take the library's write lock first), so the write lock is taken before
# anything is read and no other writer can slip in between.
SQLITE_BEGIN = "editorial_sqlite_begin"


def location_url(location: str | os.PathLike[str]) -> URL:
    """An SQLAlchemy URL for a path or URL string; `LibraryError` for a malformed URL."""
    text = os.fspath(location)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError):
            # The text itself may hold a password: it is never repeated.
            raise LibraryError(
                "That is not a library location Editorial understands; give a file path or "
                "a database URL such as sqlite:////srv/desk/library.sqlite or "
                "postgresql+psycopg://desk@db.example/newsroom?sslmode=verify-full."
            ) from None
        return postgres.normalised(url) if postgres.is_postgresql(url) else url
    if "\x00" in text:
        raise LibraryError("A library location cannot contain a NUL character.")
    # `~name` of nobody, and a symbolic link that leads round in a loop, raise
    # RuntimeError (the loop: OSError ELOOP from Python 3.13).
    try:
        path = Path(text).expanduser()
    except RuntimeError:
        raise LibraryError.saying(said.cannot_read(text, "no such user")) from None
    try:
        path = path.resolve()
    except (RuntimeError, OSError):
        loop = os.strerror(errno.ELOOP).lower()
        raise LibraryError.saying(said.cannot_read(text, loop)) from None
    return make_url(f"sqlite+pysqlite:///{path}")


def describe(url: URL) -> str:
    """A location as shown to the user (a path for SQLite; a URL without password)."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return postgres.shown(url)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(
    url: URL, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS, password: str | None = None
) -> Engine:
    """An engine with the pragmas a desktop library needs on SQLite: WAL so readers never
    block the writer, foreign keys on, and a busy timeout instead of instant 'locked'. On
    PostgreSQL (see `postgres`): TLS checked, writers taking turns, `password` (from the
    keyring) handed to the driver only.

    Raises ImportError (or SQLAlchemy's NoSuchModuleError) when the URL's driver is not
    installed; the caller words it. Creates no folder and no file until first connected.
    """
    if postgres.is_postgresql(url):
        return _postgresql_engine(url, busy_timeout, password)
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        timeout_ms = max(0, int(busy_timeout * 1000))

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            _sqlite_pragmas(dbapi_connection, timeout_ms)

        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        finish_reads_at_checkin(engine)
    return engine


def _postgresql_engine(url: URL, busy_timeout: float, password: str | None) -> Engine:
    postgres.check_driver()
    postgres.check_transport(url)
    location = postgres.shown(url)
    timeout_ms = max(0, int(busy_timeout * 1000))
    arguments = postgres.connect_args(password) | {"connect_timeout": 10}
    # psycopg prepares a statement run five times; PostgreSQL would then plan it once for
    # any parameters, and a search's plan depends on its words (walk the newest stories
    # for a common word, sort the few matches of a rare one): planned for each run.
    options = ["-c plan_cache_mode=force_custom_plan"]
    if timeout_ms:  # a writer waits at most as long as on SQLite (then: busy, try again)
        options.append(f"-c lock_timeout={timeout_ms}")
    arguments["options"] = " ".join(options)
    # A server restarted (or a laptop woken) leaves dead connections in the pool.
    engine = create_engine(url, connect_args=arguments, pool_pre_ping=True)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        postgres.check_connection(dbapi_connection, location)

    def on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(SQLITE_BEGIN) == "IMMEDIATE":
            postgres.take_write_lock(connection)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, its transactions taking the write lock when they begin (SQLite)."""
    return engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})


def _sqlite_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    # The driver's own transaction handling would start a transaction only at the first
    # write, after our reads; `_sqlite_begin` starts every one (SQLAlchemy's documented
    # recipe for SQLite transactions).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")  # first: the next may wait
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: each commit is on the disk before it returns. NORMAL (WAL's usual setting)
        # survives a killed process but a power cut may roll back every commit since the
        # last checkpoint, minutes of autosaves; an autosave's sync costs a few ms.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
