"""Soft locks in the library: take, refresh, release, take over.

Every operation is one write transaction (SQLite takes its write lock when it begins), so
of two windows taking one story at once exactly one gets it. Taking over (a lock someone
else holds, fresh or stale) keeps the story's stored text as a revision and moves the
story two versions on: a save the old holder still makes is refused by the version check
(it cannot write over the new holder), and the version between is kept free for the text
the old holder had not saved yet, kept there (`set_aside`) when that window learns it lost
the lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from editorial.domain.errors import StoryNotFound
from editorial.domain.story import Story
from editorial.domain.story_lock import STALE_AFTER, LockHolder, LockOutcome, StoryLock
from editorial.domain.version_words import TAKEN_OVER, UNSAVED_AT_TAKE_OVER
from editorial.storage.conflict_store import keep_text
from editorial.storage.lock_tables import StoryLockRow
from editorial.storage.people_and_words import Transaction
from editorial.storage.revisions import keep_revision
from editorial.storage.tables import StoryRevisionRow, StoryRow

Clock = Callable[[], dt.datetime]
TAKE_OVER_ACTION = "take over"


class LockStore:
    def __init__(
        self, read: Transaction, write: Transaction, clock: Clock,
        stale_after: dt.timedelta = STALE_AFTER,
    ) -> None:  # fmt: skip
        self._read = read
        self._write = write
        self._clock = clock
        self.stale_after = stale_after

    def holder_of(self, story_id: int) -> StoryLock | None:
        """The story's lock as it stands (stale or not), None when nobody holds it."""
        with self._read() as session:
            row = session.get(StoryLockRow, story_id)
            return _lock(row) if row is not None else None

    def take(self, story_id: int, me: LockHolder) -> LockOutcome:
        """Take the story's lock, or refresh it when it is mine already. A fresh lock of
        someone else's is left alone (`taken` False, with theirs); a stale one is taken
        over as `take_over` does."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryLockRow, story_id)
            if row is None:
                return LockOutcome(True, self._insert(session, story_id, me, now))
            if row.instance == me.instance:
                return LockOutcome(True, self._refresh(row, now))
            if not _lock(row).is_stale(now):
                return LockOutcome(False, _lock(row))
            return LockOutcome(True, self._take_from(session, row, me, now))

    def refresh(self, story_id: int, me: LockHolder) -> LockOutcome:
        """The heartbeat: keep my lock fresh. `taken` False (with the new holder's lock)
        when someone took it over meanwhile; a lock nobody holds any more is taken again."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryLockRow, story_id)
            if row is None:
                return LockOutcome(True, self._insert(session, story_id, me, now))
            if row.instance != me.instance:
                return LockOutcome(False, _lock(row))
            return LockOutcome(True, self._refresh(row, now))

    def release(self, story_id: int, me: LockHolder) -> None:
        """Give the lock up (the story closed); someone else's is left alone."""
        with self._write() as session:
            session.execute(
                delete(StoryLockRow).where(
                    StoryLockRow.story_id == story_id, StoryLockRow.instance == me.instance
                )
            )

    def release_all(self, me: LockHolder) -> None:
        """Every lock this window holds (it is closing)."""
        with self._read() as session:
            held = session.execute(
                select(StoryLockRow.story_id).where(StoryLockRow.instance == me.instance).limit(1)
            ).first()
        if held is None:
            return  # nothing to write: a window closed before it opened a story does not
            # make the library's first write (which checks the whole file) on its way out
        with self._write() as session:
            session.execute(delete(StoryLockRow).where(StoryLockRow.instance == me.instance))

    def take_over(self, story_id: int, me: LockHolder) -> StoryLock:
        """Take the lock whoever holds it, keeping the story's stored text as a revision."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryLockRow, story_id)
            if row is None:
                return self._insert(session, story_id, me, now)
            if row.instance == me.instance:
                return self._refresh(row, now)
            return self._take_from(session, row, me, now)

    def take_abandoned(self, story_id: int, me: LockHolder, instance: str) -> LockOutcome:
        """Take the lock `instance` left when its process died: nothing of that window can
        be saved any more, so, unlike a take-over, the story's version stays where it is
        (the window that reopens it after the crash keeps its cursor on the same text)."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryLockRow, story_id)
            if row is None:
                return LockOutcome(True, self._insert(session, story_id, me, now))
            if row.instance == me.instance:
                return LockOutcome(True, self._refresh(row, now))
            if row.instance != instance:  # someone else took it meanwhile
                return LockOutcome(False, _lock(row))
            row.holder, row.host, row.instance = me.name, me.host, me.instance
            row.taken_from = row.set_aside_version = None
            row.since = row.heartbeat_at = now
            row.expires_at = now + self.stale_after
            return LockOutcome(True, _lock(row))

    def set_aside(self, story_id: int, me: LockHolder, text: Story) -> int | None:
        """Keep the text a window had not saved when its lock was taken over, as the
        revision kept free for it; returns that version, or None when there is none for
        this window (the caller keeps the text another way)."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryLockRow, story_id)
            story = session.get(StoryRow, story_id)
            if row is None or story is None or row.taken_from != me.instance:
                return None
            version = row.set_aside_version
            taken = session.scalar(
                select(StoryRevisionRow.id).where(
                    StoryRevisionRow.story_id == story_id, StoryRevisionRow.version == version
                )
            )
            if version is None or taken is not None:
                return None
            note = UNSAVED_AT_TAKE_OVER.format(name=me.name, holder=row.holder)
            keep_text(session, story, text, version=version, now=now, action=TAKE_OVER_ACTION,
                      by=me.name, note=note)  # fmt: skip
            row.taken_from = row.set_aside_version = None
            return version

    def _insert(
        self, session: Session, story_id: int, me: LockHolder, now: dt.datetime
    ) -> StoryLock:
        if session.get(StoryRow, story_id) is None:
            raise StoryNotFound(story_id)
        row = StoryLockRow(
            story_id=story_id, holder=me.name, host=me.host, instance=me.instance, since=now,
            heartbeat_at=now, expires_at=now + self.stale_after,
        )  # fmt: skip
        session.add(row)
        return _lock(row)

    def _refresh(self, row: StoryLockRow, now: dt.datetime) -> StoryLock:
        row.heartbeat_at, row.expires_at = now, now + self.stale_after
        return _lock(row)

    def _take_from(
        self, session: Session, row: StoryLockRow, me: LockHolder, now: dt.datetime
    ) -> StoryLock:
        story = session.get(StoryRow, row.story_id)
        if story is None:
            raise StoryNotFound(row.story_id)
        note = TAKEN_OVER.format(holder=row.holder, host=row.host, name=me.name)
        keep_revision(session, story, replaced_at=now, action=TAKE_OVER_ACTION, by=me.name,
                      note=note)  # fmt: skip
        # Two versions on: the one between is the old holder's (`set_aside`). The text is
        # the same, so the new holder's first autosave coalesces into this version.
        story.version, story.updated_at, story.autosaved = story.version + 2, now, True
        row.taken_from, row.set_aside_version = row.instance, story.version - 1
        row.holder, row.host, row.instance = me.name, me.host, me.instance
        row.since = row.heartbeat_at = now
        row.expires_at = now + self.stale_after
        return _lock(row)


def _lock(row: StoryLockRow) -> StoryLock:
    return StoryLock(
        story_id=row.story_id,
        holder=LockHolder(row.holder, row.host, row.instance),
        since=row.since,
        expires_at=row.expires_at,
    )
