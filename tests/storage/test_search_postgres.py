"""Search on a real PostgreSQL library beyond what tests/storage/test_search_index.py
asks of both backends: any text typed is a search or a message, and a library restored
from pg_dump (what `editorial backup` advises) keeps its index working."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editorial.domain.errors import BadInput
from editorial.domain.search_query import parse_query
from editorial.domain.search_results import SearchOrder
from editorial.storage.library import Library
from tests.postgres_library import SharedDatabase
from tests.storage.test_search_index import assert_in_step, found, quake

pytestmark = pytest.mark.postgresql


def test_any_text_searches_or_is_a_message_on_postgresql(
    _shared_postgres_database: SharedDatabase,
) -> None:
    with Library.open(_shared_postgres_database.location()) as library:
        library.add(quake())

        @settings(max_examples=150, deadline=None)
        @given(st.text(), st.booleans(), st.sampled_from(SearchOrder))
        def searches(text: str, prefix: bool, order: SearchOrder) -> None:
            try:
                query = parse_query(text, prefix_last=prefix)
            except BadInput:
                return
            library.search.search(query, order=order)

        searches()


def test_a_library_restored_from_pg_dump_searches_and_checks_whole(tmp_path: Path) -> None:
    """`editorial backup` advises pg_dump for a PostgreSQL library: what pg_restore puts
    back has its index, its trigger and the configuration they are made with."""
    import glob
    import subprocess

    from sqlalchemy.engine import make_url

    from tests.postgres_library import fresh_database, server_url

    tools = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))
    if not tools:
        pytest.skip("no pg_dump here (Debian: postgresql-client)")
    pg_dump, pg_restore = tools[-1], tools[-1].replace("pg_dump", "pg_restore")
    url = server_url()
    libpq = {"PGHOST": str(url.query.get("host", "")), "PGPORT": str(url.query.get("port", "")),
             "PGUSER": url.username or "", "PATH": os.environ.get("PATH", "")}  # fmt: skip
    dump = tmp_path / "library.dump"
    with fresh_database() as original, fresh_database() as restored:
        with Library.open(original) as library:
            story = library.add(quake())
        subprocess.run([pg_dump, "--format=custom", f"--file={dump}",
                        str(make_url(original).database)], env=libpq, check=True)  # fmt: skip
        subprocess.run([pg_restore, "--exit-on-error", "-d", str(make_url(restored).database),
                        str(dump)], env=libpq, check=True)  # fmt: skip
        with Library.open(restored) as library:
            assert found(library, "by:иванова rubble") == [story.id]
            assert_in_step(library)
            saved = library.save(library.get(story.id).edited(body="Aftershocks."), explicit=True)  # type: ignore[arg-type]
            assert found(library, "aftershocks") == [saved.id] and found(library, "rubble") == []


def test_check_library_finds_a_tampered_vector_and_a_missing_one(
    _shared_postgres_database: SharedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check compares every story's kept vector with the one its text makes now, on
    the server: a vector written by hand (the trigger bypassed) and a story without one
    are both named, and --repair writes them again."""
    from sqlalchemy import text

    from editorial.cli import main

    location = _shared_postgres_database.location()
    with Library.open(location) as library:
        ids = [library.add(quake()).id for _ in range(3)]
        with library._write() as session:
            session.execute(text("ALTER TABLE stories DISABLE TRIGGER USER"))
            session.execute(text("UPDATE stories SET search_vector = to_tsvector('simple', "
                                 "'zebra') WHERE id = :id"), {"id": ids[0]})  # fmt: skip
            session.execute(text("UPDATE stories SET search_vector = NULL WHERE id = :id"),
                            {"id": ids[2]})  # fmt: skip
            session.execute(text("ALTER TABLE stories ENABLE TRIGGER USER"))
        assert found(library, "zebra") == [ids[0]]  # what the hand wrote is found
        problem = library.search.index_problems()
        assert problem is not None and f"2 stories ({ids[0]}, {ids[2]})" in problem
    assert main(["--library", location, "check-library"]) == 2
    assert "search index" in capsys.readouterr().out
    assert main(["--library", location, "check-library", "--repair"]) == 0
    with Library.open(location) as library:
        assert_in_step(library)
        assert found(library, "zebra") == [] and found(library, "rubble") == ids[::-1]


def test_the_search_vector_is_kept_in_the_row_and_planned_for_each_query(
    _shared_postgres_database: SharedDatabase,
) -> None:
    """Migration 0011: the vector in the story's row (not TOAST), statistics of the
    `lang:` filter's expression, the filters' columns in the newest-first index; and
    every statement planned for its own parameters (a prepared statement's one plan
    would serve a common word as a rare one)."""
    from sqlalchemy import text

    from editorial.storage import search_postgres_sql as sql

    with Library.open(_shared_postgres_database.location()) as library, library._read() as session:
        storage = session.execute(text(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'stories'::regclass "
            "AND attname = :column"), {"column": sql.COLUMN}).scalar_one()  # fmt: skip
        statistics = session.execute(text(
            "SELECT count(*) FROM pg_statistic_ext WHERE stxname = :name"),
            {"name": sql.LANGUAGE_STATISTICS}).scalar_one()  # fmt: skip
        planning = session.execute(text("SHOW plan_cache_mode")).scalar_one()
        carried = session.execute(text(
            "SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_index i "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
            "WHERE i.indexrelid = CAST(:index AS regclass)"),
            {"index": sql.NEWEST_INDEX}).scalar_one()  # fmt: skip
    assert (storage, statistics, planning) == ("m", 1, "force_custom_plan")
    # The filters' columns in the newest-first index: a filter alone reads the index.
    assert set(carried) == {"id", "updated_at", "status", "language", "urgency"}


def test_migration_0011_keeps_the_vectors_of_a_library_with_stories() -> None:
    """Up from 0010 with stories (their vectors moved into their rows: the same vectors,
    found the same) and back down."""
    from sqlalchemy import text

    from tests.postgres_library import fresh_database
    from tests.storage.test_postgresql import migrate

    with fresh_database() as location:
        with Library.open(location) as library:
            story = library.add(quake())
        migrate(location, "0010", down=True)
        migrate(location, "0011")
        with Library.open(location) as library:
            assert_in_step(library)
            assert found(library, "by:иванова rubble") == [story.id]
            with library._read() as session:
                kept = session.execute(text(
                    "SELECT attstorage FROM pg_attribute WHERE attrelid = 'stories'::regclass "
                    "AND attname = 'search_vector'")).scalar_one()  # fmt: skip
            assert kept == "m"
        migrate(location, "0010", down=True)
        with Library.open(location, create=False) as library:  # upgraded again on opening
            assert_in_step(library)
            assert found(library, "lang:en rubble") == [story.id]
