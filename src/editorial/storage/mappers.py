"""Rows to domain objects and back; the domain never sees a row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, StorySummary
from editorial.domain.story_plain import content_to_plain, story_from_plain
from editorial.storage.tables import StoryRow


def story_from_row(row: StoryRow) -> Story:
    return Story(
        id=row.id,
        uri=row.uri,
        version=row.version,
        headline=row.headline,
        slug=row.slug,
        bylines=tuple(Byline(name=b["name"], role=b.get("role", "")) for b in row.bylines),
        dateline=Dateline(
            city=row.dateline_city,
            region=row.dateline_region,
            country=row.dateline_country,
            date=row.dateline_date,
            source=row.dateline_source,
        ),
        lede=row.lede,
        body=row.body,
        note=row.note,
        keywords=tuple(row.keywords),
        language=row.language,
        urgency=row.urgency,
        subjects=tuple(row.subjects),
        embargo=row.embargo,
        status=Status(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        trashed_at=row.trashed_at,
    )


def content_values(story: Story) -> dict[str, Any]:
    """Everything an editor can change, by column; bookkeeping (id, version, times) is the
    library's. One list of columns for writing a row, updating it, and keeping a revision."""
    return {
        "headline": story.headline,
        "slug": story.slug,
        "bylines": [{"name": b.name, "role": b.role} for b in story.bylines],
        "dateline_city": story.dateline.city,
        "dateline_region": story.dateline.region,
        "dateline_country": story.dateline.country,
        "dateline_date": story.dateline.date,
        "dateline_source": story.dateline.source,
        "lede": story.lede,
        "body": story.body,
        "note": story.note,
        "keywords": list(story.keywords),
        "language": story.language,
        "urgency": story.urgency,
        "subjects": list(story.subjects),
        "embargo": story.embargo,
        "status": story.status.value,
    }


CONTENT_COLUMNS = tuple(content_values(Story(uri="")))


def copy_content_to_row(story: Story, row: StoryRow) -> None:
    for name, value in content_values(story).items():
        setattr(row, name, value)


def snapshot_of_row(row: StoryRow) -> dict[str, Any]:
    """A row's content as a revision keeps it: the story's content fields in their plain
    form (`domain.story_plain`), so a new content field is kept without a word here."""
    return content_to_plain(story_from_row(row))


def story_from_snapshot(
    snapshot: dict[str, Any], *, story_id: int, uri: str, version: int, saved_at: dt.datetime
) -> Story:
    """The story as it was when a revision's snapshot was taken. Snapshots written before
    the plain form (by column: `dateline_city`, ...) read the same."""
    plain = {name: value for name, value in snapshot.items() if not name.startswith("dateline_")}
    if any(name.startswith("dateline_") for name in snapshot):
        plain["dateline"] = {name.removeprefix("dateline_"): value
                             for name, value in snapshot.items()
                             if name.startswith("dateline_")}  # fmt: skip
    story = story_from_plain({**plain, "uri": uri})
    return story.edited(id=story_id, version=version, updated_at=saved_at)


def summary_from_columns(
    story_id: int, uri: str, headline: str, slug: str, status: str, updated_at: object,
    trashed_at: object,
) -> StorySummary:  # fmt: skip
    return StorySummary(
        id=story_id,
        uri=uri,
        headline=headline,
        slug=slug,
        status=Status(status),
        updated_at=updated_at,  # type: ignore[arg-type]
        trashed_at=trashed_at,  # type: ignore[arg-type]
    )
