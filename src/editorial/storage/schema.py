"""Bringing a library's schema up to date with Alembic when it opens.

Opening an up-to-date library only reads `alembic_version` with plain SQL: Alembic itself
(a third of a second to import) is loaded only when there is something to migrate.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from editorial.domain import library_messages as said
from editorial.storage.errors import LibraryTooNew, NotALibrary

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration in migrations/versions; tests/storage/test_migrations.py checks it
# against Alembic's own view of the scripts.
HEAD_REVISION = "0015"

# The tables each revision of the schema has, so that a file can be recognised as an
# Editorial library (or not) before anything connects to it for writing. Alembic's own view
# of the scripts is checked against this in tests/storage/test_migrations.py.
_SINCE_0008 = frozenset({"stories", "staff", "dictionary_words", "story_revisions",
                         "story_history", "profiles", "endpoints", "outbox",
                         "delivery_attempts", "review_comments", "review_openings",
                         "story_locks", "story_search_terms", "saved_searches"})  # fmt: skip
TABLES_AT_REVISION = {
    "0001": frozenset({"stories"}),
    "0002": frozenset({"stories", "staff", "dictionary_words"}),
    "0003": frozenset({"stories", "staff", "dictionary_words", "story_revisions"}),
    "0004": frozenset({"stories", "staff", "dictionary_words", "story_revisions",
                       "story_history", "profiles"}),
    "0005": frozenset({"stories", "staff", "dictionary_words", "story_revisions",
                       "story_history", "profiles", "endpoints", "outbox",
                       "delivery_attempts"}),
    "0006": frozenset({"stories", "staff", "dictionary_words", "story_revisions",
                       "story_history", "profiles", "endpoints", "outbox", "delivery_attempts",
                       "review_comments", "review_openings"}),
    "0007": frozenset({"stories", "staff", "dictionary_words", "story_revisions",
                       "story_history", "profiles", "endpoints", "outbox", "delivery_attempts",
                       "review_comments", "review_openings",
                       "story_locks"}),
    "0008": _SINCE_0008,
    # Since 0008 the tables are the same; what later revisions change is said here.
    "0009": _SINCE_0008,  # a column, a trigger and an index on PostgreSQL only
    "0010": _SINCE_0008,  # an index on PostgreSQL only
    "0011": _SINCE_0008,  # how PostgreSQL stores the search's vector
    "0012": _SINCE_0008,  # who made each version (columns)
    "0013": _SINCE_0008,  # an index on the stories' status
    "0014": _SINCE_0008 | {"outbox_snapshots"},  # each entry's snapshot in a row of its own
    "0015": _SINCE_0008 | {"outbox_snapshots"},  # the revision kept at publication (columns)
}  # fmt: skip


@lru_cache(maxsize=1)
def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def classify(tables: set[str], revision: str | None, location: str) -> bool:
    """Whether a database with these tables is empty (True: a library may be made in it)
    or an Editorial library (False). Raises `NotALibrary` for another program's database
    and `LibraryTooNew` for a library from a newer Editorial: either is left untouched."""
    own = {name for name in tables if not name.startswith("sqlite_")}
    if not own:
        return True
    if "alembic_version" in own and revision in TABLES_AT_REVISION:
        missing = TABLES_AT_REVISION[revision] - own
        if not missing:
            return False
        raise NotALibrary.saying(said.lacks_tables(location, ", ".join(sorted(missing))))
    if "alembic_version" in own and "stories" in own and revision is not None:
        raise LibraryTooNew.saying(said.too_new(location, revision))
    shown = ", ".join(sorted(own)[:5]) + (", ..." if len(own) > 5 else "")
    raise NotALibrary.saying(said.another_programs(location, shown))


def upgrade(connection: Connection, location: str) -> bool:
    """Apply any missing migrations; True when the schema was changed.

    A library stamped with a revision this version does not know was written by a newer
    Editorial: refuse to touch it rather than guess.
    """
    current = current_revision(connection)
    if current == HEAD_REVISION:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise LibraryTooNew.saying(said.too_new(location, current))
    config = _config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    finally:
        config.attributes.pop("connection", None)
    return True
