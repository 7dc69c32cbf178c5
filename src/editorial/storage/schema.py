"""Bringing a library's schema up to date with Alembic when it opens."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from editorial.storage.errors import LibraryTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


@lru_cache(maxsize=1)
def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, location: str) -> bool:
    """Apply any missing migrations; True when the schema was changed.

    A library stamped with a revision this version does not know was written by a newer
    Editorial: refuse to touch it rather than guess.
    """
    from alembic import command

    script = ScriptDirectory.from_config(_config())
    current = current_revision(connection)
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise LibraryTooNew(
            f"The library {location} was written by a newer version of Editorial "
            f"(schema {current}). Update Editorial to open it; the library was left untouched."
        )
    if current == script.get_current_head():
        return False
    config = _config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    finally:
        config.attributes.pop("connection", None)
    return True
