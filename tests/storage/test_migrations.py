"""The migrations build exactly the schema the tables declare, and carry data forward."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from editorial.domain.byline import Byline
from editorial.domain.errors import LibraryDamaged
from editorial.domain.story import new_story
from editorial.storage import search_sql
from editorial.storage.library import Library
from editorial.storage.schema import HEAD_REVISION, head_revision
from editorial.storage.tables import Base
from tests.storage.test_damaged_library import damage_a_stories_page
from tests.storage.whole import assert_whole


def test_migrated_schema_matches_the_table_declarations(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib.sqlite").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'lib.sqlite'}")
    with engine.connect() as connection:
        # The full-text index (an FTS5 table and its shadow tables) is SQL of migration
        # 0008, not a declaration: it is checked by tests/storage/test_search_index.py.
        context = MigrationContext.configure(connection, opts={"include_name": _not_the_fts_index})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def _not_the_fts_index(name: str | None, kind: str, _parents: object) -> bool:
    return not (kind == "table" and name is not None and name.startswith(search_sql.FTS_TABLE)
                and name != "story_search_terms")  # fmt: skip


def undo_0014(raw: sqlite3.Connection) -> None:
    """Take a library back to schema 0013: each outbox entry's snapshot in its own row,
    the payload frozen for it a key of the snapshot's JSON (as `0014`'s downgrade does)."""
    raw.execute("ALTER TABLE outbox ADD COLUMN snapshot JSON NOT NULL DEFAULT '{}'")
    raw.execute(
        "UPDATE outbox SET snapshot = (SELECT CASE WHEN s.payload = '' THEN s.snapshot "
        "ELSE json_set(s.snapshot, '$.\"editorial:payload\"', s.payload) END "
        "FROM outbox_snapshots s WHERE s.outbox_id = outbox.id)"
    )
    raw.execute("DROP TABLE outbox_snapshots")
    raw.execute("ALTER TABLE outbox DROP COLUMN headline")
    raw.execute("UPDATE alembic_version SET version_num = '0013'")


def undo_0013(raw: sqlite3.Connection) -> None:
    """Take a new library back to schema 0012 (before the index on the stories' status)."""
    undo_0014(raw)
    raw.execute("DROP INDEX ix_stories_status")
    raw.execute("UPDATE alembic_version SET version_num = '0012'")


def undo_0012(raw: sqlite3.Connection) -> None:
    """Take a new library back to schema 0011 (before who made each version)."""
    undo_0013(raw)
    raw.execute("ALTER TABLE stories DROP COLUMN saved_by")
    raw.execute("ALTER TABLE story_revisions DROP COLUMN made_by")
    raw.execute("UPDATE alembic_version SET version_num = '0011'")


def undo_0011(raw: sqlite3.Connection) -> None:
    """Take a new SQLite library back to schema 0010 (0011 changes how PostgreSQL keeps
    its search vector only: on SQLite it changed nothing but the revision)."""
    undo_0012(raw)
    raw.execute("UPDATE alembic_version SET version_num = '0010'")


def undo_0010(raw: sqlite3.Connection) -> None:
    """Take a new SQLite library back to schema 0009 (0010 adds PostgreSQL's newest-first
    index only: on SQLite it changed nothing but the revision)."""
    undo_0011(raw)
    raw.execute("UPDATE alembic_version SET version_num = '0009'")


def undo_0009(raw: sqlite3.Connection) -> None:
    """Take a new SQLite library back to schema 0008 (0009 builds PostgreSQL's index only:
    on SQLite it changed nothing but the revision)."""
    undo_0010(raw)
    raw.execute("UPDATE alembic_version SET version_num = '0008'")


def undo_0008(raw: sqlite3.Connection) -> None:
    """Take a new library back to schema 0007 (before search)."""
    undo_0009(raw)
    for statement in search_sql.DROP:
        raw.execute(statement)
    raw.execute("DROP TABLE IF EXISTS saved_searches")
    raw.execute("UPDATE alembic_version SET version_num = '0007'")


def undo_0005(raw: sqlite3.Connection) -> None:
    """Take a new library back to schema 0004 (before publishing)."""
    undo_0008(raw)
    raw.execute("DROP TABLE IF EXISTS story_locks")  # 0007
    for table in ("review_comments", "review_openings"):  # 0006, the copy desk's review
        raw.execute(f"DROP TABLE IF EXISTS {table}")
    for table in ("delivery_attempts", "outbox", "endpoints"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("UPDATE alembic_version SET version_num = '0004'")


def undo_0004(raw: sqlite3.Connection) -> None:
    """Take a new library back to schema 0003 (before the workflow)."""
    undo_0005(raw)
    raw.execute("DROP TABLE story_history")
    raw.execute("DROP TABLE profiles")
    for column in ("spiked_from", "autosaved", "started_by"):
        raw.execute(f"ALTER TABLE stories DROP COLUMN {column}")
    raw.execute("ALTER TABLE story_revisions DROP COLUMN packed")
    raw.execute("ALTER TABLE story_revisions DROP COLUMN packed_against")
    raw.execute("UPDATE alembic_version SET version_num = '0003'")


def test_a_library_of_the_first_schema_is_upgraded_with_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    library = Library.open(path)
    library.close()
    with sqlite3.connect(path) as raw:  # make it look like a library written by 0.1 (rev 0001)
        undo_0004(raw)
        raw.execute("DROP TABLE story_revisions")
        raw.execute("DROP TABLE staff")
        raw.execute("DROP TABLE dictionary_words")
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
        raw.execute(
            "INSERT INTO stories (uri, version, headline, slug, bylines, dateline_city, "
            "dateline_region, dateline_country, dateline_source, lede, body, note, keywords, "
            "language, urgency, subjects, status, created_at, updated_at) VALUES "
            "('urn:newsml:x.org:20081118:1', 3, 'Kept across upgrades', 'kept', '[]', 'Ankara',"
            " '', 'Turkey', 'RIA Novosti', '', 'Body', '', '[]', 'en', 5, '[]', 'draft',"
            " '2008-11-18 09:00:00', '2008-11-18 09:00:00')"
        )

    upgraded = Library.open(path)
    try:
        story = upgraded.get(upgraded.list_stories()[0].id)
        assert story.headline == "Kept across upgrades" and story.version == 3
        upgraded.staff.add(Byline("Anna Ivanova", "Moscow"))
        assert [p.name for p in upgraded.staff.all()] == ["Anna Ivanova"]
    finally:
        upgraded.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )


def test_the_fast_path_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_an_up_to_date_library_opens_without_loading_alembic(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib.sqlite").close()
    probe = (
        "import sys; from editorial.storage.library import Library; "
        f"Library.open({str(tmp_path / 'lib.sqlite')!r}).close(); "
        "print(any(name == 'alembic' or name.startswith('alembic.') for name in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert done.stdout.strip() == "False"


def test_the_schema_marks_match_alembics_revisions() -> None:
    from alembic.script import ScriptDirectory

    from editorial.storage.schema import TABLES_AT_REVISION, _config

    script = ScriptDirectory.from_config(_config())
    assert set(TABLES_AT_REVISION) == {rev.revision for rev in script.walk_revisions()}
    assert TABLES_AT_REVISION[HEAD_REVISION] == set(Base.metadata.tables)


def test_a_library_of_schema_0002_gains_story_revisions(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        kept = library.add(new_story("x.org", headline="Before revisions").edited(version=2))
    with sqlite3.connect(path) as raw:
        undo_0004(raw)
        raw.execute("DROP TABLE story_revisions")
        raw.execute("UPDATE alembic_version SET version_num = '0002'")
    raw.close()
    with Library.open(path) as library:
        done = library.import_stories([kept.edited(body="Newer.", version=3)])
        assert done.updated[0].version == 3
        assert [r.story.headline for r in library.revisions(kept.id)] == ["Before revisions"]  # type: ignore[arg-type]
    assert_whole(path)


def test_a_damaged_library_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.add_many(
            [
                new_story("x.org", headline=f"Story {n}").edited(body=f"Body of story {n}. " * 80)
                for n in range(200)
            ]
        )
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0002'")
        raw.execute("DROP TABLE story_revisions")
    raw.close()
    damage_a_stories_page(path)
    before = path.read_bytes()
    with pytest.raises(LibraryDamaged, match="is damaged"):
        Library.open(path)
    assert path.read_bytes() == before


def test_a_library_of_schema_0004_gains_the_publishing_tables(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        kept = library.add(new_story("x.org", headline="Before publishing"))
    with sqlite3.connect(path) as raw:
        undo_0005(raw)
    raw.close()
    with Library.open(path) as library:
        assert library.get(kept.id).headline == "Before publishing"  # type: ignore[arg-type]
        assert library.endpoints.all() == [] and library.outbox.entries() == []
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in raw.execute("PRAGMA table_info(endpoints)")}
    raw.close()
    assert {"endpoints", "outbox", "delivery_attempts"} <= tables
    # An endpoint's secret has no column: it lives in the system keyring only.
    assert not {"secret", "password", "token"} & columns
    assert_whole(path)


def test_a_library_of_schema_0011_learns_who_saves_from_then_on(tmp_path: Path) -> None:
    """Versions written before 0012 name no one (nothing recorded them); the next save
    is named, and the version it replaced keeps who wrote it."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        kept = library.add(new_story("x.org", headline="Before 0012"), by="Anna")
        saved = library.save(kept.edited(body="Typed."), explicit=True, by="Anna")
    with sqlite3.connect(path) as raw:
        undo_0012(raw)
    raw.close()
    with Library.open(path) as library:
        assert library.get(saved.id).body == "Typed."  # type: ignore[arg-type]
        assert library.saved_by(saved.id, saved.version) == ""  # type: ignore[arg-type]
        again = library.save(saved.edited(body="Typed again."), explicit=True, by="Ben")
        assert library.saved_by(again.id, again.version) == "Ben"  # type: ignore[arg-type]
        assert [r.made_by for r in library.revisions(again.id)] == [""]  # type: ignore[arg-type]
    assert_whole(path)
