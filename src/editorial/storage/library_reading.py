"""The library's reads: stories, their revisions, and the whole-file checks, for
`Library` (which adds opening, transactions and the writes). A mixin, so that the
library stays one object with plain methods while its parts live in modules of a size
one can read."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from editorial.domain.revision import RevisionStamp, StoryRevision
from editorial.domain.story import Story, StorySummary
from editorial.storage import maintenance
from editorial.storage.archive import ArchivedStory, each_story
from editorial.storage.errors import StoryNotFound
from editorial.storage.guard import translate
from editorial.storage.mappers import story_from_row, summary_from_columns
from editorial.storage.revisions import revision_stamps, revisions_of
from editorial.storage.tables import StoryRow

SQLITE_INTEGER = range(-(2**63), 2**63)  # an id outside it cannot name a row


class LibraryReading:
    """What `Library` reads. It provides `_engine`, `location` and `_read` (a read
    transaction)."""

    _engine: Engine
    location: str
    _read: Callable[[], AbstractContextManager[Session]]

    def list_stories(self, *, trashed: bool = False) -> list[StorySummary]:
        """Stories newest first (by last change); the trash when `trashed`."""
        columns = (
            StoryRow.id, StoryRow.uri, StoryRow.headline, StoryRow.slug, StoryRow.status,
            StoryRow.updated_at, StoryRow.trashed_at,
        )  # fmt: skip
        condition = StoryRow.trashed_at.is_not(None) if trashed else StoryRow.trashed_at.is_(None)
        query = (
            select(*columns)
            .where(condition)
            .order_by(StoryRow.updated_at.desc(), StoryRow.id.desc())
        )
        with self._read() as session:
            return [summary_from_columns(*row) for row in session.execute(query)]

    def get(self, story_id: int) -> Story:
        with self._read() as session:
            return story_from_row(story_row(session, story_id))

    def find_by_uri(self, uri: str) -> Story | None:
        with self._read() as session:
            row = session.scalars(select(StoryRow).where(StoryRow.uri == uri)).one_or_none()
            return story_from_row(row) if row is not None else None

    def count(self, *, trashed: bool = False) -> int:
        condition = StoryRow.trashed_at.is_not(None) if trashed else StoryRow.trashed_at.is_(None)
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(StoryRow).where(condition)) or 0

    def revisions(
        self, story_id: int, versions: Collection[int] | None = None
    ) -> list[StoryRevision]:
        """The story's kept earlier versions, oldest first (only `versions`, if given)."""
        with self._read() as session:
            row = story_row(session, story_id)
            return revisions_of(session, row.id, row.uri, versions)

    def saved_by(self, story_id: int, version: int) -> str:
        """Who wrote the story's current version, if it is still `version` ("" when no one
        is recorded: an imported story, a version from before the library recorded it)."""
        with self._read() as session:
            row = story_row(session, story_id)
            return row.saved_by if row.version == version else ""

    def revision_stamps(self, story_id: int) -> list[RevisionStamp]:
        """The story's kept earlier versions without their texts, oldest first."""
        with self._read() as session:
            return revision_stamps(session, story_row(session, story_id).id)

    def check_integrity(self) -> str | None:
        """SQLite's full `integrity_check`: None when the file is whole, else what is wrong.
        (A PostgreSQL server keeps its own pages whole: None.)"""
        if self._engine.dialect.name != "sqlite":
            return None
        try:
            with self._engine.connect() as connection:
                found = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check(5)")]
        except DatabaseError as error:  # damage that stops the check itself
            if "malformed" not in str(error.orig):
                raise translate(error, self.location) from error
            return str(error.orig)
        return None if found == ["ok"] else "; ".join(found)

    def backup(self, destination: Path) -> Path:
        """A consistent copy in a new SQLite file (see `maintenance.backup`)."""
        return maintenance.backup(self._engine, self.location, destination)

    def problems(self) -> list[str]:
        """What is wrong with the library; empty when it is whole."""
        return maintenance.problems(self._engine, self.location)

    def each_story(self) -> Iterator[ArchivedStory]:
        """Every story, the spiked ones too, read in one transaction a page at a time
        (`archive.py`): for an archive of the whole library."""
        with self._read() as session:
            yield from each_story(session)

    def stories_with_slug(
        self, slug: str, *, excluding: int | None = None
    ) -> list[tuple[int, str]]:
        """(id, headline) of the stories not spiked whose slug is `slug`, oldest first."""
        statement = (
            select(StoryRow.id, StoryRow.headline)
            .where(StoryRow.slug == slug, StoryRow.trashed_at.is_(None))
            .order_by(StoryRow.id)
            .limit(20)
        )
        if excluding is not None:
            statement = statement.where(StoryRow.id != excluding)
        with self._read() as session:
            return [(row_id, headline) for row_id, headline in session.execute(statement)]


def check_story_id(story_id: int) -> None:
    if story_id not in SQLITE_INTEGER:
        raise StoryNotFound(story_id)


def story_row(session: Session, story_id: int) -> StoryRow:
    check_story_id(story_id)
    row = session.get(StoryRow, story_id)
    if row is None:
        raise StoryNotFound(story_id)
    return row
