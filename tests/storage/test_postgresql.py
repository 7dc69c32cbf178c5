"""The library on a real PostgreSQL server (tests/run.sh starts one): the same migrations
build the declared schema, undo and redo cleanly, and carry stories forward."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from editorial.domain.story import Status, new_story
from editorial.storage import schema, search_postgres_sql
from editorial.storage.engine import location_url
from editorial.storage.library import Library
from editorial.storage.tables import Base
from tests.postgres_library import SharedDatabase, fresh_database

pytestmark = pytest.mark.postgresql


def differences_from_declarations(location: str) -> list[object]:
    engine = create_engine(location_url(location))
    try:
        with engine.connect() as connection:
            # The search's tsvector column and its GIN index are SQL of migration 0009
            # (PostgreSQL only), not declarations: tests/storage/test_search_index.py;
            # so is the newest-first index of live stories (0010).
            context = MigrationContext.configure(
                connection, opts={"include_object": _not_the_search_vector}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def _not_the_search_vector(
    item: object, name: str | None, kind: str, _reflected: bool, _compare_to: object
) -> bool:
    made_by_sql = (search_postgres_sql.COLUMN, search_postgres_sql.INDEX,
                   search_postgres_sql.NEWEST_INDEX)  # fmt: skip
    return not (kind in ("column", "index") and name in made_by_sql)


def migrate(location: str, to: str, *, down: bool = False) -> None:
    engine = create_engine(location_url(location))
    config = schema._config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, to)
    finally:
        config.attributes.pop("connection", None)
        engine.dispose()


def test_a_new_library_on_postgresql_has_exactly_the_declared_schema() -> None:
    with fresh_database() as location:
        with Library.open(location) as library:
            assert library.created
            story = library.add(new_story("x.org", headline="First on the server"))
        assert differences_from_declarations(location) == []
        with Library.open(location, create=False) as library:
            assert not library.created and library.get(story.id or 0).headline == story.headline


def test_every_migration_undoes_and_redoes_on_postgresql() -> None:
    with fresh_database() as location:
        Library.open(location).close()
        migrate(location, "base", down=True)
        engine = create_engine(location_url(location))
        with engine.begin() as connection:
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
            connection.execute(text("DROP TABLE alembic_version"))  # an empty database again
        engine.dispose()
        Library.open(location).close()
        assert differences_from_declarations(location) == []


def test_a_postgresql_library_of_schema_0003_keeps_its_trash_as_the_spike() -> None:
    with fresh_database() as location:
        Library.open(location).close()
        migrate(location, "0003", down=True)
        engine = create_engine(location_url(location))
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO stories (uri, version, headline, slug, bylines, dateline_city, "
                "dateline_region, dateline_country, dateline_source, lede, body, note, "
                "keywords, language, urgency, subjects, status, created_at, updated_at, "
                "trashed_at) VALUES ('urn:x:1', 3, 'Old', '', '[]', '', '', '', '', '', "
                "'Kept.', '', '[]', 'en', 5, '[]', 'submitted', now(), now(), now())"
            ))  # fmt: skip
        engine.dispose()
        with Library.open(location) as library:
            (story,) = library.list_stories(trashed=True)
            kept = library.get(story.id)
            assert kept.status is Status.SPIKED and kept.version == 3 and kept.body == "Kept."
        assert differences_from_declarations(location) == []


def test_a_writer_holding_its_turn_makes_the_library_busy_and_reads_go_on(
    _shared_postgres_database: SharedDatabase,
) -> None:
    from editorial.domain.errors import LibraryBusy
    from editorial.storage.postgres import WRITE_LOCK_KEY

    location = _shared_postgres_database.location()
    engine = create_engine(location_url(location))
    with engine.connect() as holder, Library.open(location, busy_timeout=0.3) as library:
        library.add(new_story("x.org", headline="Kept"))
        holder.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"))  # its turn
        with pytest.raises(LibraryBusy, match="is busy"):
            library.add(new_story("x.org", headline="Waits, then gives up"))
        assert [s.headline for s in library.list_stories()] == ["Kept"]
        holder.rollback()
        library.add(new_story("x.org", headline="Now it goes in"))
        assert library.count() == 2
    engine.dispose()


def test_a_number_too_large_for_postgresql_is_bad_input_and_keeps_nothing(
    _shared_postgres_database: SharedDatabase,
) -> None:
    from editorial.domain.errors import BadInput

    with Library.open(_shared_postgres_database.location()) as library:
        with pytest.raises(BadInput, match="too large"):
            library.add(new_story("x.org", headline="Urgent").edited(urgency=2**40))
        with pytest.raises(BadInput, match="too large"):
            library.import_stories([new_story("x.org", headline="Huge").edited(version=2**33)])
        assert library.count() == 0
