"""Every story of the library, read for an archive (`editorial export --all`): one read
transaction, so the archive is one moment of the library even while others write, and
rows fetched a page at a time and let go, so memory stays that of a page whatever the
library's size."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from editorial.domain.story import Status, Story
from editorial.storage.mappers import story_from_row
from editorial.storage.tables import StoryRow

PAGE = 500


@dataclass(frozen=True, slots=True)
class ArchivedStory:
    """A story as the library keeps it, with what a spiked one is restored to."""

    story: Story
    spiked_from: Status | None = None


def each_story(session: Session, page: int = PAGE) -> Iterator[ArchivedStory]:
    """The library's stories, the spiked ones too, oldest id first. Plain rows, not ORM
    objects: nothing is kept in the session's identity map as the pages go by."""
    statement = (
        select(*StoryRow.__table__.columns)
        .order_by(StoryRow.id)
        .execution_options(yield_per=page)
    )
    for row in session.execute(statement):
        spiked_from = Status(row.spiked_from) if row.spiked_from else None
        # A row has the columns a StoryRow has, by the same names.
        yield ArchivedStory(story_from_row(cast(StoryRow, row)), spiked_from)
