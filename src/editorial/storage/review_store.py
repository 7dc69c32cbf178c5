"""The copy desk's review in the library: comments on a story's passages, the openings
of its review, the desk's board (the stories grouped by where they stand) and a cheap
mark of the library's state that a window polls to notice changes made elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from editorial.domain.errors import BadInput, StoryNotFound
from editorial.domain.review import (
    BOARD_STATUSES,
    Anchor,
    ChangeMark,
    DeskEntry,
    ReviewComment,
)
from editorial.domain.story import Status
from editorial.storage.people_and_words import Transaction
from editorial.storage.review_tables import ReviewCommentRow, ReviewOpeningRow
from editorial.storage.tables import ProfileRow, StoryHistoryRow, StoryRow

BOARD_LIMIT = 500  # stories of one state read for the board; the rest are counted

Clock = Callable[[], dt.datetime]


class ReviewStore:
    def __init__(self, read: Transaction, write: Transaction, clock: Clock) -> None:
        self._read = read
        self._write = write
        self._clock = clock

    # Comments

    def add_comment(
        self, story_id: int, anchor: Anchor, text: str, by: str, version: int
    ) -> ReviewComment:
        now = self._clock()
        with self._write() as session:
            _story(session, story_id)
            row = ReviewCommentRow(
                story_id=story_id, field=anchor.field, start=anchor.start, quote=anchor.quote,
                text=text, by=by, at=now, version=version,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return _comment(row)

    def comments(self, story_id: int) -> list[ReviewComment]:
        """The story's comments, oldest first."""
        with self._read() as session:
            _story(session, story_id)
            rows = session.scalars(
                select(ReviewCommentRow)
                .where(ReviewCommentRow.story_id == story_id)
                .order_by(ReviewCommentRow.id)
            )
            return [_comment(row) for row in rows]

    def remove_comment(self, comment_id: int) -> int:
        """Delete a comment; returns the id of its story."""
        with self._write() as session:
            row = session.get(ReviewCommentRow, comment_id)
            if row is None:
                raise BadInput(f"There is no comment {comment_id}.")
            story_id = row.story_id
            session.delete(row)
            return story_id

    # Openings

    def open_review(self, story_id: int, by: str) -> None:
        """Record that `by` opened the story's review (now, on its current version)."""
        now = self._clock()
        with self._write() as session:
            row = _story(session, story_id)
            session.add(ReviewOpeningRow(story_id=story_id, by=by, at=now, version=row.version))

    # The board

    def board(self, limit_per_status: int = BOARD_LIMIT) -> list[DeskEntry]:
        """The stories on the desk's board, in no particular order: of each state, the
        `limit_per_status` changed last (an archive of published stories stays out of
        memory; `board_totals` counts them all)."""
        columns = (StoryRow.id, StoryRow.headline, StoryRow.slug, StoryRow.status,
                   StoryRow.urgency, StoryRow.updated_at)  # fmt: skip
        with self._read() as session:
            stories: list[Any] = []
            for status in sorted(BOARD_STATUSES):
                query = (
                    select(*columns)
                    .where(StoryRow.status == status.value, StoryRow.trashed_at.is_(None))
                    .order_by(StoryRow.updated_at.desc(), StoryRow.id.desc())
                    .limit(limit_per_status)
                )
                stories.extend(session.execute(query).all())
            ids = [story.id for story in stories]
            last_move = _last_moves(session, ids)
            submitted = {
                story.id: last_move[story.id][0] if story.id in last_move else story.updated_at
                for story in stories
                if story.status == Status.SUBMITTED.value
            }
            reviewers = _reviewers(session, submitted)
        entries = []
        for story in stories:
            at, by = last_move.get(story.id, (story.updated_at, ""))
            entries.append(
                DeskEntry(
                    id=story.id, headline=story.headline, slug=story.slug,
                    status=Status(story.status), urgency=story.urgency, since=at, by=by,
                    reviewer=reviewers.get(story.id, ""),
                )
            )  # fmt: skip
        return entries

    def changed_since(
        self, at: dt.datetime | None
    ) -> tuple[dt.datetime | None, list[tuple[int, dt.datetime, bool]]]:
        """The latest change time of any story, and (id, changed at, in the trash) of the
        stories changed at or after `at` (none when `at` is None: a first look)."""
        with self._read() as session:
            latest = session.scalar(select(func.max(StoryRow.updated_at)))
            if at is None:
                return latest, []
            rows = session.execute(
                select(StoryRow.id, StoryRow.updated_at, StoryRow.trashed_at).where(
                    StoryRow.updated_at >= at
                )
            )
            return latest, [(row.id, row.updated_at, row.trashed_at is not None) for row in rows]

    def board_totals(self) -> dict[Status, int]:
        """How many stories each state on the board has (counted by the database)."""
        statuses = [status.value for status in BOARD_STATUSES]
        query = (
            select(StoryRow.status, func.count(StoryRow.id))
            .where(StoryRow.status.in_(statuses), StoryRow.trashed_at.is_(None))
            .group_by(StoryRow.status)
        )
        with self._read() as session:
            return {Status(status): int(count) for status, count in session.execute(query)}

    def change_mark(self) -> ChangeMark:
        """A few aggregates that change whenever a story, its state or its review does,
        and the desk's people: cheap enough to ask every couple of seconds."""
        with self._read() as session:
            row = session.execute(
                select(
                    select(func.count(StoryRow.id)).scalar_subquery(),
                    select(func.max(StoryRow.updated_at)).scalar_subquery(),
                    select(func.max(StoryHistoryRow.id)).scalar_subquery(),
                    select(func.max(ReviewOpeningRow.id)).scalar_subquery(),
                    select(func.count(ReviewCommentRow.id)).scalar_subquery(),
                    select(func.max(ReviewCommentRow.id)).scalar_subquery(),
                    # Last (`people_part`): the profiles, whole (a few rows), as their
                    # initials and roles change in place.
                    select(func.aggregate_strings(_profile_line(), "\n")).scalar_subquery(),
                )
            ).one()
            return tuple(row)


def _profile_line() -> Any:
    return ProfileRow.name + "\t" + ProfileRow.initials + "\t" + cast(ProfileRow.roles, String)


def _story(session: Session, story_id: int) -> StoryRow:
    row = session.get(StoryRow, story_id) if -(2**63) <= story_id < 2**63 else None
    if row is None:
        raise StoryNotFound(story_id)
    return row


def _comment(row: ReviewCommentRow) -> ReviewComment:
    return ReviewComment(
        id=row.id, story_id=row.story_id, anchor=Anchor(row.field, row.start, row.quote),
        text=row.text, by=row.by, at=row.at, version=row.version,
    )  # fmt: skip


def _last_moves(session: Session, ids: list[int]) -> dict[int, tuple[dt.datetime, str]]:
    """Each story's latest history entry: when it came to its state, and by whom."""
    if not ids:
        return {}
    latest = (
        select(func.max(StoryHistoryRow.id))
        .where(StoryHistoryRow.story_id.in_(ids))
        .group_by(StoryHistoryRow.story_id)
    )
    rows = session.execute(
        select(StoryHistoryRow.story_id, StoryHistoryRow.at, StoryHistoryRow.by).where(
            StoryHistoryRow.id.in_(latest)
        )
    )
    return {row.story_id: (row.at, row.by) for row in rows}


def _reviewers(session: Session, filed_at: dict[int, dt.datetime]) -> dict[int, str]:
    """Who last opened the review of each submitted story since it was filed."""
    if not filed_at:
        return {}
    rows = session.execute(
        select(ReviewOpeningRow.story_id, ReviewOpeningRow.by, ReviewOpeningRow.at)
        .where(ReviewOpeningRow.story_id.in_(list(filed_at)))
        .order_by(ReviewOpeningRow.at, ReviewOpeningRow.id)
    )
    return {row.story_id: row.by for row in rows if row.at >= filed_at[row.story_id]}
