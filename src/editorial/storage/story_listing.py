"""The story list's queries: pages of summaries in list order, and a few summaries by id
(what changed since a moment is the library watcher's, `ReviewStore.changed_since`).
Only the columns a list shows are read, never a body.

Pages are keyset pages (after the last row shown, by `updated_at` then `id`, both
descending), served by the index on (`trashed_at`, `updated_at`): the millionth row
costs what the first does, and a story saved meanwhile never shows twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from editorial.domain.story import StorySummary
from editorial.storage.mappers import summary_from_columns
from editorial.storage.tables import StoryRow

Reader = Callable[[], AbstractContextManager[Session]]
_SUMMARY_COLUMNS = (
    StoryRow.id, StoryRow.uri, StoryRow.headline, StoryRow.slug, StoryRow.status,
    StoryRow.updated_at, StoryRow.trashed_at,
)  # fmt: skip
_BY_ID_CHUNK = 500  # below SQLite's bound-parameter limit


class StoryListing:
    def __init__(self, read: Reader) -> None:
        self._read = read

    def page(
        self, *, trashed: bool = False, after: StorySummary | None = None, limit: int = 200
    ) -> list[StorySummary]:
        """Up to `limit` stories in list order (newest change first) that come after
        `after` in that order; the first ones when `after` is None."""
        condition = StoryRow.trashed_at.is_not(None) if trashed else StoryRow.trashed_at.is_(None)
        query = select(*_SUMMARY_COLUMNS).where(condition)
        if after is not None:
            query = query.where(
                or_(
                    StoryRow.updated_at < after.updated_at,
                    and_(StoryRow.updated_at == after.updated_at, StoryRow.id < after.id),
                )
            )
        query = query.order_by(StoryRow.updated_at.desc(), StoryRow.id.desc()).limit(limit)
        with self._read() as session:
            return [summary_from_columns(*row) for row in session.execute(query)]

    def summaries_of(self, story_ids: Iterable[int]) -> list[StorySummary]:
        """The summaries of these stories, trashed or not; an id with no story is left out."""
        wanted = sorted({i for i in story_ids if -(2**63) <= i < 2**63})
        found: list[StorySummary] = []
        with self._read() as session:
            for start in range(0, len(wanted), _BY_ID_CHUNK):
                chunk = wanted[start : start + _BY_ID_CHUNK]
                query = select(*_SUMMARY_COLUMNS).where(StoryRow.id.in_(chunk))
                found.extend(summary_from_columns(*row) for row in session.execute(query))
        return found
