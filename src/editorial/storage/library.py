"""The library: every story the newsroom keeps, behind plain methods on domain objects.

A `Library` is not thread-safe by itself; the window runs all its calls on a single
database lane (see `editorial.ui.shell.tasks`), the CLI on its only thread. Several processes may
share one library file: every write takes SQLite's write lock when its transaction begins,
and a save writes only over the version it was edited from.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from editorial.domain.errors import EditorialError
from editorial.domain.revision import StoryRevision
from editorial.domain.story import Story, StorySummary
from editorial.storage import schema
from editorial.storage.conflict_store import ConflictStore
from editorial.storage.endpoint_store import EndpointStore
from editorial.storage.engine import (
    BUSY_TIMEOUT_SECONDS,
    describe,
    location_url,
    make_engine,
    sqlite_path,
    writer,
)
from editorial.storage.errors import (
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    StoryNotFound,
    VersionConflict,
)
from editorial.storage.guard import damaged_message, translate
from editorial.storage.imports import (
    ImportOutcome,
    StreamedOutcome,
    import_into,
    import_streamed,
    new_row,
)
from editorial.storage.location import check_sqlite_location
from editorial.storage.lock_store import LockStore
from editorial.storage.mappers import content_values, story_from_row, summary_from_columns
from editorial.storage.outbox_enqueue import OutboxWriter
from editorial.storage.outbox_store import OutboxStore
from editorial.storage.people_and_words import DeskDictionary, StaffList
from editorial.storage.review_store import ReviewStore
from editorial.storage.revisions import keep_revision, revisions_of
from editorial.storage.story_listing import StoryListing
from editorial.storage.tables import StoryRow
from editorial.storage.workflow_store import WorkflowStore, record_start

Clock = Callable[[], dt.datetime]
_SQLITE_INTEGER = range(-(2**63), 2**63)  # an id outside it cannot name a row


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Library:
    """Open with `Library.open(location)`; close when done."""

    def __init__(self, engine: Engine, location: str, *, created: bool, clock: Clock) -> None:
        self._engine = engine
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(writer(engine), expire_on_commit=False)
        self.location = location
        self.created = created  # True when this open made a new, empty library
        self._clock = clock
        # A library this open made is whole; any other is checked before its first write.
        self._checked_whole = created or engine.dialect.name != "sqlite"
        self._damage: str | None = None
        self.staff = StaffList(self._read, self._write)
        self.dictionary = DeskDictionary(self._read, self._write)
        # Publishing: an approval, correction or kill writes its outbox entries in the
        # move's own transaction (the workflow knows only that something follows a move).
        self.endpoints = EndpointStore(self._read, self._write, clock)
        self.outbox = OutboxStore(self._read, self._write, clock)
        self.workflow = WorkflowStore(
            self._read, self._write, clock, after_move=(OutboxWriter(clock).after_move,)
        )
        self.locks = LockStore(self._read, self._write, clock)
        self.conflicts = ConflictStore(self._write, clock)
        self.reviews = ReviewStore(self._read, self._write, clock)
        self.listing = StoryListing(self._read)  # the story list's pages, by keyset

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str],
        *,
        create: bool = True,
        clock: Clock = utc_now,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> Library:
        """Open the library at a path or URL and migrate its schema; with `create`, make a
        new one where there is none (its folder must exist).

        Raises a `LibraryError` with a message for the user when the location is not an
        Editorial library (then it is left byte for byte as it was), does not exist (and
        `create` is false), cannot be written, is busy or damaged, or was written by a
        newer Editorial.
        """
        url = location_url(location)
        shown = describe(url)
        path = sqlite_path(url)
        is_new = check_sqlite_location(path, create=create) if path is not None else False
        try:
            engine = make_engine(url, busy_timeout=busy_timeout)
        except (ImportError, SQLAlchemyError) as error:
            raise translate(error, shown) from error
        try:
            is_new = _prepare_schema(engine, shown, create=create, is_new=is_new, file=path)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, shown, created=is_new, clock=clock)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Database errors as the library's errors; a damaged file stops all writing."""
        try:
            yield
        except EditorialError:
            raise
        except (SQLAlchemyError, OverflowError) as error:
            problem = translate(error, self.location)
            if isinstance(problem, LibraryDamaged):
                self._damage = str(problem)
            raise problem from error

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._guarded(), self._reading.begin() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._guarded(), self._write_unguarded() as session:
            yield session

    @contextmanager
    def _write_unguarded(self) -> Iterator[Session]:
        self._refuse_if_damaged()
        with self._writing.begin() as session:
            yield session

    def _refuse_if_damaged(self) -> None:
        if not self._checked_whole:
            problems = _quick_check(self._engine)
            self._checked_whole = True
            if problems:
                self._damage = damaged_message(self.location, problems)
        if self._damage is not None:
            raise LibraryDamaged(self._damage)

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
        with self._read() as session:
            return [summary_from_columns(*row) for row in session.execute(query)]

    def get(self, story_id: int) -> Story:
        with self._read() as session:
            return story_from_row(_row(session, story_id))

    def find_by_uri(self, uri: str) -> Story | None:
        with self._read() as session:
            row = session.scalars(select(StoryRow).where(StoryRow.uri == uri)).one_or_none()
            return story_from_row(row) if row is not None else None

    def count(self, *, trashed: bool = False) -> int:
        condition = StoryRow.trashed_at.is_not(None) if trashed else StoryRow.trashed_at.is_(None)
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(StoryRow).where(condition)) or 0

    def revisions(self, story_id: int) -> list[StoryRevision]:
        """The story's kept earlier versions, oldest first."""
        with self._read() as session:
            row = _row(session, story_id)
            return revisions_of(session, row.id, row.uri)

    def check_integrity(self) -> str | None:
        """SQLite's full `integrity_check`: None when the file is whole, else what is wrong."""
        try:
            with self._engine.connect() as connection:
                found = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check(5)")]
        except DatabaseError as error:  # damage that stops the check itself
            if "malformed" not in str(error.orig):
                raise translate(error, self.location) from error
            return str(error.orig)
        return None if found == ["ok"] else "; ".join(found)

    # Writing

    def add(self, story: Story, *, by: str = "") -> Story:
        """Keep a new story; returns it with its id, version 1 and times. `by`: who
        started it (the history's first entry; a reporter spikes only their own)."""
        return self.add_many([story], by=by)[0]

    def add_many(self, stories: list[Story], *, by: str = "") -> list[Story]:
        """Keep several new stories in one transaction: all of them or none."""
        now = self._clock()
        with self._write() as session:
            rows = [new_row(story, now) for story in stories]
            for row in rows:
                # A new story is the start of its working version: autosaves over it
                # coalesce, the first explicit save or move keeps it.
                row.started_by, row.autosaved = by, True
            session.add_all(rows)
            session.flush()
            for row in rows:
                record_start(session, row, by, now)
            return [story_from_row(row) for row in rows]

    def import_stories(self, stories: list[Story]) -> ImportOutcome:
        """Keep stories that came from outside, in one transaction, losing no text: see
        `editorial.storage.imports` for which are added, updated or skipped and why."""
        now = self._clock()
        with self._guarded():
            try:
                with self._write_unguarded() as session:
                    return import_into(session, stories, now)
            except IntegrityError:
                # Another writer added one of these uris between our look-up and our insert
                # (possible where writes do not lock first, as on PostgreSQL): once more,
                # now seeing its rows, so they are judged by the rules like any other.
                with self._write_unguarded() as session:
                    return import_into(session, stories, now)

    def import_stream(self, stories: Iterable[Story]) -> StreamedOutcome:
        """`import_stories` for stories read as they come (a JSON Lines file of any
        size): one transaction, written in batches; an error from the reader undoes all."""
        now = self._clock()
        with self._write() as session:
            return import_streamed(session, stories, now)

    def save(self, story: Story, *, explicit: bool = False, by: str = "") -> Story:
        """Write an edited story. The copy must be of the stored version; the result has
        the next version. Raises VersionConflict when someone saved in between.

        The version it replaces is kept as a revision unless an autosave made it
        (autosaves coalesce into the working version); `explicit` False is an autosave.
        The status is not written: it moves only through the workflow."""
        if story.id is None:
            raise ValueError("save() takes a story from the library; use add() for a new one")
        _check_id(story.id)
        now = self._clock()
        values = content_values(story)
        del values["status"]
        # The version check is part of the write itself: of two writers holding the same
        # version, the database lets exactly one UPDATE match.
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story.id, StoryRow.version == story.version)
            .values(**values, version=StoryRow.version + 1, updated_at=now, autosaved=not explicit)
            .execution_options(synchronize_session=False)
        )
        # The version it replaces, read before the write: when the UPDATE matches, the
        # stored version is still this one, and a version's content never changes.
        with self._read() as session:
            stored = session.get(StoryRow, story.id)
            keep = stored is not None and stored.version == story.version and not stored.autosaved
        with self._write() as session:
            if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
                found = session.scalar(select(StoryRow.version).where(StoryRow.id == story.id))
                if found is None:
                    raise StoryNotFound(story.id)
                raise VersionConflict(story.id, story.version, found)
            if keep and stored is not None:
                action = "save" if explicit else "autosave"
                keep_revision(session, stored, replaced_at=now, action=action, by=by)
            return story_from_row(_row(session, story.id))

    def keep_version(self, story_id: int, version: int) -> bool:
        """The editor saved by hand what an autosave had already written: that version is
        kept as a revision once a later save replaces it, as if saved by hand. False when
        the story has moved on from `version` (nothing to do then)."""
        _check_id(story_id)
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story_id, StoryRow.version == version)
            .values(autosaved=False)
            .execution_options(synchronize_session=False)
        )
        with self._write() as session:
            return bool(session.execute(statement).rowcount == 1)  # type: ignore[attr-defined]

    def trash(self, story_id: int) -> Story:
        """Spike a story without the workflow's checks or history (the desk spikes through
        `workflow.move`); the version is kept, so no save in hand is refused for it."""
        values: dict[str, object] = {
            "trashed_at": self._clock(), "status": "spiked", "spiked_from": StoryRow.status,
        }  # fmt: skip
        return self._set_trashed(story_id, values, StoryRow.trashed_at.is_(None))

    def restore(self, story_id: int) -> Story:
        values: dict[str, object] = {
            "trashed_at": None,
            "status": func.coalesce(StoryRow.spiked_from, "draft"),
            "spiked_from": None,
        }
        return self._set_trashed(story_id, values, StoryRow.trashed_at.is_not(None))

    def _set_trashed(self, story_id: int, values: dict[str, object], condition: object) -> Story:
        _check_id(story_id)
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story_id, condition)  # type: ignore[arg-type]
            .values(**values, updated_at=self._clock())
            .execution_options(synchronize_session=False)
        )
        with self._write() as session:
            session.execute(statement)
            return story_from_row(_row(session, story_id))

    def purge(self, story_id: int) -> None:
        """Delete a story for good (only from the trash), with its kept revisions."""
        with self._write() as session:
            row = _row(session, story_id)
            if row.trashed_at is None:
                raise LibraryError("Only a story in the trash can be deleted for good.")
            session.delete(row)


def _check_id(story_id: int) -> None:
    if story_id not in _SQLITE_INTEGER:
        raise StoryNotFound(story_id)


def _row(session: Session, story_id: int) -> StoryRow:
    _check_id(story_id)
    row = session.get(StoryRow, story_id)
    if row is None:
        raise StoryNotFound(story_id)
    return row


def _quick_check(engine: Engine) -> str | None:
    """SQLite's `quick_check` (about a second per GB): None when whole, else the damage."""
    with engine.connect() as connection:
        found = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check(5)")]
    return None if found == ["ok"] else "; ".join(found)


def _prepare_schema(
    engine: Engine, shown: str, *, create: bool, is_new: bool, file: Path | None
) -> bool:
    """Recognise (for a URL; a file was looked at before) and migrate the library's schema;
    returns whether it is a new library."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = schema.current_revision(connection)
            connection.rollback()
        if file is None:
            is_new = schema.classify(tables, revision, shown)
            if is_new and not create:
                raise LibraryMissing(f"There is no library at {shown}.")
        if revision == schema.HEAD_REVISION:
            return is_new
        if not is_new and engine.dialect.name == "sqlite":
            problems = _quick_check(engine)  # never migrate a damaged file
            if problems:
                raise LibraryDamaged(damaged_message(shown, problems))
        with writer(engine).begin() as connection:
            schema.upgrade(connection, shown)
        return is_new
    except EditorialError:
        raise
    except (SQLAlchemyError, OverflowError) as error:
        raise translate(error, shown) from error
