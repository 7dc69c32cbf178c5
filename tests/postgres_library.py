"""Libraries on the real PostgreSQL that tests/run.sh starts (EDITORIAL_TEST_POSTGRES_URL:
its superuser on a Unix socket). Without one the PostgreSQL cases are skipped; under CI
they fail instead.

One database for each test process (each pytest-xdist worker has its own), migrated once
by the first test that needs it; before each test every table is emptied (TRUNCATE …
RESTART IDENTITY: ids start at 1 again), which is far quicker than a database per test
(CREATE DATABASE costs a quarter of a second here). A test that needs a database with
nothing in it at all (the migrations from 0001) asks for `fresh_database`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

URL_VARIABLE = "EDITORIAL_TEST_POSTGRES_URL"
# One per pytest-xdist worker (gw0, gw1, …): each empties its own before every test.
SHARED_DATABASE = "editorial_tests_" + os.environ.get("PYTEST_XDIST_WORKER", "main")


def server_url() -> URL:
    """The test server's URL (its maintenance database), or skip/fail the test."""
    given = os.environ.get(URL_VARIABLE, "")
    if not given:
        why = f"no PostgreSQL here ({URL_VARIABLE} is unset; tests/run.sh starts one)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return make_url(given)


def location_of(database: str) -> str:
    return server_url().set(database=database).render_as_string(hide_password=False)


@contextmanager
def _admin() -> Iterator[Engine]:
    engine = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        yield engine
    finally:
        engine.dispose()


def _disconnect_others(engine: Engine, database: str) -> None:
    """Connections a previous test left open (a process it killed, a library it did not
    close) would hold TRUNCATE up."""
    with engine.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE datname = :name AND pid <> pg_backend_pid()"),
            {"name": database},
        )  # fmt: skip


class SharedDatabase:
    """The run's one migrated database, emptied before each test."""

    def __init__(self) -> None:
        self._tables: list[str] | None = None
        self._engine: Engine | None = None  # one connection, kept for the whole run

    def location(self) -> str:
        location = location_of(SHARED_DATABASE)
        if self._tables is None or self._engine is None:
            self._tables = self._create(location)
            self._engine = create_engine(location, pool_size=1)
        names = ", ".join(f'"{name}"' for name in self._tables)
        with self._engine.begin() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = :name AND pid <> pg_backend_pid()"),
                {"name": SHARED_DATABASE},
            )  # fmt: skip
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return location

    @staticmethod
    def _create(location: str) -> list[str]:
        from editorial.storage.library import Library

        with _admin() as admin:
            _disconnect_others(admin, SHARED_DATABASE)
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{SHARED_DATABASE}"'))
                connection.execute(text(f'CREATE DATABASE "{SHARED_DATABASE}"'))
        Library.open(location).close()
        engine = create_engine(location)
        try:
            with engine.connect() as connection:
                names = inspect(connection).get_table_names()
        finally:
            engine.dispose()
        return sorted(name for name in names if name != "alembic_version")


@contextmanager
def fresh_database() -> Iterator[str]:
    """A database of its own with no tables at all, dropped afterwards."""
    name = f"editorial_fresh_{uuid.uuid4().hex[:12]}"
    with _admin() as admin:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield location_of(name)
        finally:
            _disconnect_others(admin, name)
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


@contextmanager
def database_with_password(password: str) -> Iterator[str]:
    """A database of its own, owned by a role of its own that logs in with `password`
    over TCP on 127.0.0.1 (the test server asks a password there): its location, without
    the password."""
    port = server_url().query.get("port")
    if not isinstance(port, str):
        pytest.skip("the test server has no TCP port (tests/run.sh gives it one)")
    role = f"desk_{uuid.uuid4().hex[:10]}"
    quoted = password.replace("'", "''")
    with _admin() as admin:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{quoted}'"))
        try:
            with fresh_database() as location:  # dropped before the role
                database = make_url(location).database
                with admin.connect() as connection:
                    connection.execute(text(f'ALTER DATABASE "{database}" OWNER TO {role}'))
                yield f"postgresql+psycopg://{role}@127.0.0.1:{port}/{database}"
        finally:
            with admin.connect() as connection:
                connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
