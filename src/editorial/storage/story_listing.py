"""The story list's queries: pages of summaries in list order, a few summaries by id, and
what changed since a moment. Only the columns a list shows are read, never a body.

Pages are keyset pages (after the last row shown, by `updated_at` then `id`, both
descending), served by the index on (`trashed_at`, `updated_at`): the millionth row
costs what the first does, and a story saved meanwhile never shows twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
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


@dataclass(frozen=True, slots=True)
class ListingMark:
    """How many stories there are and the latest change among them: when another
    process changes the library, one of these moves (a purge lowers the count)."""

    count: int
    latest: dt.datetime | None


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

    def mark(self) -> ListingMark:
        with self._read() as session:
            count, latest = session.execute(
                select(func.count(StoryRow.id), func.max(StoryRow.updated_at))
            ).one()
        return ListingMark(int(count or 0), _as_utc(latest))

    def changed_since(self, moment: dt.datetime, *, limit: int = 500) -> list[StorySummary]:
        """Stories (trashed or not) changed at or after `moment`, oldest change first;
        at most `limit` (the caller reads the whole list again when it gets that many)."""
        query = (
            select(*_SUMMARY_COLUMNS)
            .where(StoryRow.updated_at >= moment)
            .order_by(StoryRow.updated_at, StoryRow.id)
            .limit(limit)
        )
        with self._read() as session:
            return [summary_from_columns(*row) for row in session.execute(query)]


def _as_utc(value: object) -> dt.datetime | None:
    # An aggregate's result skips the column's type on SQLite: a string comes back.
    if value is None or isinstance(value, dt.datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
