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
