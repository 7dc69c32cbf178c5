"""The library: every story the newsroom keeps, behind plain methods on domain objects.

A `Library` is not thread-safe by itself; the window runs all its calls on a single
database lane (see `editorial.ui.tasks`), the CLI on its only thread.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from editorial.domain.story import Story, StorySummary
from editorial.storage import schema
from editorial.storage.engine import (
    check_sqlite_location,
    describe,
    location_url,
    make_engine,
    sqlite_path,
)
from editorial.storage.errors import (
    LibraryError,
    LibraryNotWritable,
    NotALibrary,
    StoryNotFound,
    VersionConflict,
)
from editorial.storage.mappers import copy_content_to_row, story_from_row, summary_from_columns
from editorial.storage.people_and_words import DeskDictionary, StaffList
from editorial.storage.tables import StoryRow

Clock = Callable[[], dt.datetime]
URI_LOOKUP_CHUNK = 500


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Library:
    """Open with `Library.open(location)`; close when done."""

    def __init__(self, engine: Engine, location: str, *, created: bool, clock: Clock) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.location = location
        self.created = created  # True when this open made a new, empty library
        self._clock = clock
        self.staff = StaffList(self._sessions)
        self.dictionary = DeskDictionary(self._sessions)

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, clock: Clock = utc_now) -> Library:
        """Open (creating if needed) the library at a path or URL and migrate its schema.

        Raises a `LibraryError` with a message for the user when the location is not a
        library, cannot be written, or was written by a newer Editorial.
        """
        url = location_url(location)
        shown = describe(url)
        path = sqlite_path(url)
        is_new = check_sqlite_location(path) if path is not None else False
        try:
            engine = make_engine(url)
        except OSError as error:
            raise LibraryNotWritable(
                f"Cannot create a library at {shown}: {error.strerror or error}."
            ) from None
        try:
            with engine.begin() as connection:
                if path is None:
                    is_new = schema.current_revision(connection) is None
                schema.upgrade(connection, shown)
        except LibraryError:
            engine.dispose()
            raise
        except OperationalError as error:
            engine.dispose()
            message = str(error.orig).lower()
            if any(hint in message for hint in ("readonly", "read-only", "unable to open")):
                raise LibraryNotWritable(
                    f"The library {shown} cannot be opened for writing ({error.orig})."
                ) from None
            raise LibraryError(f"Cannot open the library {shown}: {error.orig}") from None
        except DatabaseError as error:
            engine.dispose()
            raise NotALibrary(
                f"{shown} is not a usable Editorial library ({error.orig}). It was left untouched."
            ) from None
        return cls(engine, shown, created=is_new, clock=clock)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # Reading

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
        with self._session() as session:
            return [summary_from_columns(*row) for row in session.execute(query)]

    def get(self, story_id: int) -> Story:
        with self._session() as session:
            return story_from_row(self._row(session, story_id))

    def find_by_uri(self, uri: str) -> Story | None:
        with self._session() as session:
            row = session.scalars(select(StoryRow).where(StoryRow.uri == uri)).one_or_none()
            return story_from_row(row) if row is not None else None

    def count(self, *, trashed: bool = False) -> int:
        condition = StoryRow.trashed_at.is_not(None) if trashed else StoryRow.trashed_at.is_(None)
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(StoryRow).where(condition)) or 0

    # Writing

    def add(self, story: Story) -> Story:
        """Keep a new story; returns it with its id, version 1 and times."""
        return self.add_many([story])[0]

    def add_many(self, stories: list[Story]) -> list[Story]:
        """Keep several new stories in one transaction: all of them or none."""
        now = self._clock()
        rows: list[StoryRow] = []
        with self._session() as session:
            for story in stories:
                row = _new_row(story, now)
                session.add(row)
                rows.append(row)
            session.flush()
            return [story_from_row(row) for row in rows]

    def import_stories(self, stories: list[Story]) -> tuple[list[Story], list[Story]]:
        """Keep stories that came from outside, in one transaction: a uri the library
        knows updates that story (an agency's new version of its item), any other is added.
        Returns (added, updated)."""
        now = self._clock()
        added: dict[str, StoryRow] = {}  # by uri, in file order
        updated: dict[str, StoryRow] = {}
        with self._session() as session:
            known = self._rows_by_uri(session, [s.uri for s in stories])
            for story in stories:
                row = known.get(story.uri) or added.get(story.uri)
                if row is None:
                    row = added[story.uri] = _new_row(story, now)
                    session.add(row)
                    continue
                row.version += 1
                row.updated_at = now
                row.trashed_at = None
                copy_content_to_row(story, row)
                if story.uri not in added:
                    updated[story.uri] = row
            session.flush()
            return (
                [story_from_row(r) for r in added.values()],
                [story_from_row(r) for r in updated.values()],
            )

    def save(self, story: Story) -> Story:
        """Write an edited story. The copy must be of the stored version; the result has
        the next version. Raises VersionConflict when someone saved in between."""
        if story.id is None:
            raise ValueError("save() takes a story from the library; use add() for a new one")
        with self._session() as session:
            row = self._row(session, story.id)
            if row.version != story.version:
                raise VersionConflict(story.id, story.version, row.version)
            copy_content_to_row(story, row)
            row.version += 1
            row.updated_at = self._clock()
            session.flush()
            return story_from_row(row)

    def trash(self, story_id: int) -> Story:
        return self._set_trashed(story_id, self._clock())

    def restore(self, story_id: int) -> Story:
        return self._set_trashed(story_id, None)

    def _set_trashed(self, story_id: int, when: dt.datetime | None) -> Story:
        with self._session() as session:
            row = self._row(session, story_id)
            row.trashed_at = when
            row.updated_at = self._clock()
            session.flush()
            return story_from_row(row)

    def purge(self, story_id: int) -> None:
        """Delete a story for good (only from the trash)."""
        with self._session() as session:
            row = self._row(session, story_id)
            if row.trashed_at is None:
                raise LibraryError("Only a story in the trash can be deleted for good.")
            session.delete(row)

    @staticmethod
    def _rows_by_uri(session: Session, uris: list[str]) -> dict[str, StoryRow]:
        found: dict[str, StoryRow] = {}
        unique = sorted(set(uris))
        for start in range(0, len(unique), URI_LOOKUP_CHUNK):  # SQLite caps bound parameters
            chunk = unique[start : start + URI_LOOKUP_CHUNK]
            found.update(
                (row.uri, row)
                for row in session.scalars(select(StoryRow).where(StoryRow.uri.in_(chunk)))
            )
        return found

    @staticmethod
    def _row(session: Session, story_id: int) -> StoryRow:
        row = session.get(StoryRow, story_id)
        if row is None:
            raise StoryNotFound(story_id)
        return row


def _new_row(story: Story, now: dt.datetime) -> StoryRow:
    """A row for a story the library has not kept before (version at least 1)."""
    row = StoryRow(
        uri=story.uri,
        version=max(story.version, 1),
        created_at=story.created_at or now,
        updated_at=now,
        trashed_at=None,
    )
    copy_content_to_row(story, row)
    return row
