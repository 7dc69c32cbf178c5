"""The library's trash: spiking and restoring without the workflow, deleting a story for
good, and discarding an untouched new draft, for `Library`. A mixin, as
`library_reading.py` is, so that the library stays one object whose parts live in modules
of a size one can read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import func, update
from sqlalchemy.orm import Session

from editorial.domain.story import Story
from editorial.storage.errors import LibraryError
from editorial.storage.library_reading import SQLITE_INTEGER, check_story_id, story_row
from editorial.storage.mappers import story_from_row
from editorial.storage.tables import StoryRow


class LibraryTrash:
    """What `Library` moves to and from the trash. It provides `_clock` and `_write` (a
    write transaction)."""

    _clock: Callable[[], dt.datetime]
    _write: Callable[[], AbstractContextManager[Session]]

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
        check_story_id(story_id)
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story_id, condition)  # type: ignore[arg-type]
            .values(**values, updated_at=self._clock())
            .execution_options(synchronize_session=False)
        )
        with self._write() as session:
            session.execute(statement)
            return story_from_row(story_row(session, story_id))

    def discard_unused(self, story_id: int, version: int) -> bool:
        """Delete a draft nobody wrote in (no headline, lede or body) that is still at
        `version`, in one transaction; False (nothing done) for any other story."""
        with self._write() as session:
            row = session.get(StoryRow, story_id) if story_id in SQLITE_INTEGER else None
            if row is None or row.version != version or row.trashed_at is not None:
                return False
            if row.status != "draft" or (row.headline + row.lede + row.body).strip():
                return False
            session.delete(row)
            return True

    def purge(self, story_id: int) -> None:
        """Delete a story for good (only from the trash), with its kept revisions."""
        with self._write() as session:
            row = story_row(session, story_id)
            if row.trashed_at is None:
                raise LibraryError("Only a story in the trash can be deleted for good.")
            session.delete(row)
