"""Resolving a conflict in the library: the text chosen becomes the story's, and the one
not chosen is kept as a revision, in one transaction. Nothing an editor typed is dropped.

Two texts met: theirs (the stored version `v`, saved elsewhere: another window, the
command line, another machine) and mine (typed here over an older version). Whatever is
chosen (theirs, mine, or a merge of the two), each text that differs from it is kept: theirs
as the revision of version `v`, mine as version `v + 1`, and the story goes on from the
next version free. The stored version is checked in the write, so a third save that
arrived meanwhile is a new `VersionConflict`, not lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import update
from sqlalchemy.orm import Session

from editorial.domain.errors import StoryNotFound, StoryReadOnly, VersionConflict
from editorial.domain.story import Story
from editorial.domain.version_words import SET_ASIDE_MINE, SET_ASIDE_THEIRS
from editorial.domain.workflow import is_read_only, read_only_message
from editorial.storage.mappers import content_values, copy_content_to_row, story_from_row
from editorial.storage.people_and_words import Transaction
from editorial.storage.revisions import keep_revision
from editorial.storage.tables import StoryRow

Clock = Callable[[], dt.datetime]
CONFLICT_ACTION = "conflict"


def keep_text(
    session: Session, stored: StoryRow, text: Story, *, version: int, now: dt.datetime,
    action: str, by: str, note: str,
) -> None:  # fmt: skip
    """Keep a text that was never a stored version (an editor's, set aside) as the
    story's revision `version`: a row shaped like the stored one, never added itself."""
    aside = StoryRow(
        id=stored.id, uri=stored.uri, version=version, created_at=stored.created_at,
        updated_at=now, trashed_at=stored.trashed_at, spiked_from=stored.spiked_from,
        autosaved=False, started_by=stored.started_by,
    )  # fmt: skip
    copy_content_to_row(text, aside)
    aside.status = stored.status  # the state is the story's, not the text's
    keep_revision(session, aside, replaced_at=now, action=action, by=by, note=note)


class ConflictStore:
    def __init__(self, write: Transaction, clock: Clock) -> None:
        self._write = write
        self._clock = clock

    def resolve(
        self, story_id: int, theirs_version: int, mine: Story, chosen: Story, *, by: str
    ) -> Story:
        """Make `chosen` the story's text over `theirs_version`, keeping theirs and mine as
        revisions where they differ from it. Raises `VersionConflict` when the story has
        moved past `theirs_version`, `StoryReadOnly` when its state forbids changing its
        text (then only theirs may be chosen; mine is still kept)."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryRow, story_id)
            if row is None:
                raise StoryNotFound(story_id)
            if row.version != theirs_version:
                raise VersionConflict(story_id, theirs_version, row.version)
            theirs = story_from_row(row)
            keep_theirs = not chosen.same_content(theirs)
            keep_mine = not chosen.same_content(mine) and not mine.same_content(theirs)
            if keep_theirs and is_read_only(theirs.status):
                raise StoryReadOnly.saying(read_only_message(theirs.status))
            if not keep_theirs and not keep_mine:
                return theirs
            version = row.version
            if keep_theirs:
                who = by or "the editor"
                note = SET_ASIDE_THEIRS.format(name=who)
                keep_revision(session, row, replaced_at=now, action=CONFLICT_ACTION, by=by,
                              note=note)  # fmt: skip
            if keep_mine:
                version += 1
                keep_text(session, row, mine, version=version, now=now, action=CONFLICT_ACTION,
                          by=by, note=SET_ASIDE_MINE)  # fmt: skip
            values = content_values(chosen)
            del values["status"]
            statement = (
                update(StoryRow)
                .where(StoryRow.id == story_id, StoryRow.version == theirs_version)
                .values(**values, version=version + 1, updated_at=now, autosaved=False)
                .execution_options(synchronize_session=False)
            )
            if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
                raise VersionConflict(story_id, theirs_version, row.version)
            session.expire(row)
            return story_from_row(row)
