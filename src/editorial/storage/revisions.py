"""A story's revision history: the earlier versions kept when something replaced them.

Nothing that replaces a story's text may lose it: before an import, an explicit save or a
state change overwrites a story, its content as stored goes into `story_revisions`, one
row per kept version. A version an autosave made is not kept when the next save replaces
it: autosaves coalesce into the working version, so the history stays readable.

A snapshot is the plain content as JSON, zlib-compressed (`bench/revision_size.py`
measures it: a story saved a thousand times costs about a third of its JSON size).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from editorial.domain.story import Story
from editorial.storage.mappers import snapshot_of_row, story_from_snapshot
from editorial.storage.tables import StoryRevisionRow, StoryRow


@dataclass(frozen=True, slots=True)
class StoryRevision:
    """One kept earlier version of a story: `story` as it was (its id, uri and version),
    when it had been saved, when and by what it was replaced."""

    story: Story
    saved_at: dt.datetime
    replaced_at: dt.datetime
    action: str
    by: str = ""
    note: str = ""


def keep_revision(
    session: Session, row: StoryRow, *, replaced_at: dt.datetime, action: str, by: str = "",
    note: str = "",
) -> None:  # fmt: skip
    """Keep the row's current content as a revision, before it is overwritten."""
    session.add(
        StoryRevisionRow(
            story_id=row.id,
            version=row.version,
            content=None,
            packed=pack_snapshot(snapshot_of_row(row)),
            saved_at=row.updated_at,
            replaced_at=replaced_at,
            action=action,
            by=by,
            note=note,
        )
    )


def revisions_of(session: Session, story_id: int, uri: str) -> list[StoryRevision]:
    """The kept earlier versions of a story, oldest first."""
    rows = session.scalars(
        select(StoryRevisionRow)
        .where(StoryRevisionRow.story_id == story_id)
        .order_by(StoryRevisionRow.version)
    )
    return [
        StoryRevision(
            story=story_from_snapshot(
                snapshot_of(row),
                story_id=story_id,
                uri=uri,
                version=row.version,
                saved_at=row.saved_at,
            ),
            saved_at=row.saved_at,
            replaced_at=row.replaced_at,
            action=row.action,
            by=row.by,
            note=row.note,
        )
        for row in rows
    ]


def pack_snapshot(snapshot: dict[str, Any]) -> bytes:
    text = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 9)


def snapshot_of(row: StoryRevisionRow) -> dict[str, Any]:
    """A kept revision's content, packed or (kept before packing) plain JSON."""
    if row.packed is not None:
        unpacked: dict[str, Any] = json.loads(zlib.decompress(row.packed).decode("utf-8"))
        return unpacked
    return row.content or {}
