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

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from editorial.domain.errors import EditorialError
from editorial.domain.story import Story
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
from editorial.storage.library_reading import (
    LibraryReading,
    check_story_id,
    story_row,
)
from editorial.storage.library_trash import LibraryTrash
from editorial.storage.location import check_sqlite_location
from editorial.storage.lock_store import LockStore
from editorial.storage.mappers import content_values, story_from_row
from editorial.storage.outbox_enqueue import OutboxWriter
from editorial.storage.outbox_store import OutboxStore, PayloadRender
from editorial.storage.people_and_words import DeskDictionary, StaffList
from editorial.storage.preparing import prepare_schema, quick_check
from editorial.storage.read_only import can_write, read_only_engine, refuse_write
from editorial.storage.review_store import ReviewStore
from editorial.storage.revisions import keep_revision
from editorial.storage.search_sqlite import indexed_at_end
from editorial.storage.search_store import StorySearch
from editorial.storage.story_listing import StoryListing
from editorial.storage.tables import StoryRow
from editorial.storage.workflow_store import WorkflowStore, record_start

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Library(LibraryReading, LibraryTrash):
    """Open with `Library.open(location)`; close when done."""

    def __init__(
        self, engine: Engine, location: str, *, created: bool, clock: Clock, read_only: bool = False
    ) -> None:
        self._use(engine)
        self.location = location
        # Opened with `read_only`: every write is refused until `become_writable`.
        self.read_only = read_only
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
        self.outbox = OutboxStore(self._read, self._write, clock, claim=self._claim)
        self._outbox_writer = OutboxWriter(clock)
        self.workflow = WorkflowStore(
            self._read, self._write, clock, after_move=(self._outbox_writer.after_move,),
            hooked=OutboxWriter.MOVES,
        )
        self.locks = LockStore(self._read, self._write, clock)
        self.conflicts = ConflictStore(self._write, clock)
        self.reviews = ReviewStore(self._read, self._write, clock)
        self.listing = StoryListing(self._read)  # the story list's pages, by keyset
        self.search = StorySearch(self._read, self._write, clock, engine.dialect.name,
                                  read_alone=self._read_alone)  # fmt: skip

    def render_payloads_with(self, render: PayloadRender | None) -> None:
        """Freeze each outbox entry's exact payload as a move queues it (the desk hands in
        its renderer, with the house style); without one the worker freezes it later."""
        self._outbox_writer.render = render

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str],
        *,
        create: bool = True,
        clock: Clock = utc_now,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
        read_only: bool = False,
        password: str | None = None,
    ) -> Library:
        """Open the library at a path or URL and migrate its schema; with `create`, make a
        new one where there is none (its folder must exist).

        Raises a `LibraryError` with a message for the user when the location is not an
        Editorial library (then it is left byte for byte as it was), does not exist (and
        `create` is false), cannot be written, is busy or damaged, or was written by a
        newer Editorial. `password`: a PostgreSQL library's, from the system keyring
        (handed to the driver, never part of the location).

        `read_only` (a library file only): open it without writing anything, not even a
        migration; reads work, writes raise `LibraryNotWritable` (see `read_only.py`).
        """
        url = location_url(location)
        shown = describe(url)
        path = sqlite_path(url)
        if read_only:
            if path is None:
                raise LibraryError(f"Only a library file can be opened read-only, not {shown}.")
            check_sqlite_location(path, create=False, writable=False)
            engine = read_only_engine(path, shown, busy_timeout=busy_timeout)
            return cls(engine, shown, created=False, clock=clock, read_only=True)
        is_new = check_sqlite_location(path, create=create) if path is not None else False
        try:
            engine = make_engine(url, busy_timeout=busy_timeout, password=password)
        except (ImportError, SQLAlchemyError) as error:
            raise translate(error, shown) from error
        try:
            is_new = prepare_schema(engine, shown, create=create, is_new=is_new, file=path)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, shown, created=is_new, clock=clock)

    def _use(self, engine: Engine) -> None:
        self._engine = engine
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(writer(engine), expire_on_commit=False)
        # The outbox's claims lock rows on PostgreSQL instead of the library's write lock
        # (`outbox_claims`); SQLite has no row locks: there they are writes like any other.
        shared = engine.dialect.name == "postgresql"
        self._claiming = sessionmaker(engine, expire_on_commit=False) if shared else self._writing
        # A read of one statement needs no transaction: on a server, BEGIN and COMMIT are
        # two round trips of the four a search would make.
        alone = engine.execution_options(isolation_level="AUTOCOMMIT") if shared else engine
        self._reading_alone = sessionmaker(alone, expire_on_commit=False)

    def become_writable(self, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> bool:
        """A library opened read-only: open it for writing (migrating it if it must) when
        its file can be written now. True when it can be written (it may still be full)."""
        if not self.read_only:
            return True
        path = Path(self.location)
        if not can_write(path):
            return False
        try:
            check_sqlite_location(path, create=False)
            engine = make_engine(location_url(path), busy_timeout=busy_timeout)
        except (LibraryError, SQLAlchemyError):
            return False
        try:
            prepare_schema(engine, self.location, create=False, is_new=False, file=path)
        except EditorialError:
            engine.dispose()
            return False
        self._engine.dispose()
        self._use(engine)
        self._checked_whole, self.read_only = False, False
        return True

    def close(self) -> None:
        self._engine.dispose()

    def another_connection(self) -> Library:
        """The same library over a connection pool of its own, for a thread of its own
        (the window's outbox worker): a `Library` is not shared between threads."""
        engine = make_engine(self._engine.url)
        return Library(engine, self.location, created=False, clock=self._clock)

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
    def _read_alone(self) -> Iterator[Session]:
        """A read that makes one statement (no snapshot shared between statements)."""
        with self._guarded(), self._reading_alone.begin() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._guarded(), self._write_unguarded() as session:
            yield session

    @contextmanager
    def _write_unguarded(self, claiming: bool = False) -> Iterator[Session]:
        if self.read_only:
            raise refuse_write(self.location)
        self._refuse_if_damaged()
        with (self._claiming if claiming else self._writing).begin() as session:
            yield session

    @contextmanager
    def _claim(self) -> Iterator[Session]:
        with self._guarded(), self._write_unguarded(claiming=True) as session:
            yield session

    def _refuse_if_damaged(self) -> None:
        if not self._checked_whole:
            problems = quick_check(self._engine)
            self._checked_whole = True
            if problems:
                self._damage = damaged_message(self.location, problems)
        if self._damage is not None:
            raise LibraryDamaged(self._damage)

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
                row.started_by, row.saved_by, row.autosaved = by, by, True
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
                with self._write_unguarded() as session, indexed_at_end(session):
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
        with self._write() as session, indexed_at_end(session):
            return import_streamed(session, stories, now)

    def save(self, story: Story, *, explicit: bool = False, by: str = "") -> Story:
        """Write an edited story. The copy must be of the stored version; the result has
        the next version. Raises VersionConflict when someone saved in between.

        The version it replaces is kept as a revision unless an autosave made it
        (autosaves coalesce into the working version); `explicit` False is an autosave.
        The status is not written: it moves only through the workflow."""
        if story.id is None:
            raise ValueError("save() takes a story from the library; use add() for a new one")
        check_story_id(story.id)
        now = self._clock()
        values = content_values(story)
        del values["status"]
        # The version check is part of the write itself: of two writers holding the same
        # version, the database lets exactly one UPDATE match.
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story.id, StoryRow.version == story.version)
            .values(
                **values, version=StoryRow.version + 1, updated_at=now, autosaved=not explicit,
                saved_by=by,
            )
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
            return story_from_row(story_row(session, story.id))

    def keep_version(self, story_id: int, version: int) -> bool:
        """The editor saved by hand what an autosave had already written: that version is
        kept as a revision once a later save replaces it, as if saved by hand. False when
        the story has moved on from `version` (nothing to do then)."""
        check_story_id(story_id)
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story_id, StoryRow.version == version)
            .values(autosaved=False)
            .execution_options(synchronize_session=False)
        )
        with self._write() as session:
            return bool(session.execute(statement).rowcount == 1)  # type: ignore[attr-defined]
