"""Rows to domain objects and back; the domain never sees a row."""

from __future__ import annotations

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, StorySummary
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


def copy_content_to_row(story: Story, row: StoryRow) -> None:
    """Everything an editor can change; bookkeeping (id, version, times) is the library's."""
    row.headline = story.headline
    row.slug = story.slug
    row.bylines = [{"name": b.name, "role": b.role} for b in story.bylines]
    row.dateline_city = story.dateline.city
    row.dateline_region = story.dateline.region
    row.dateline_country = story.dateline.country
    row.dateline_date = story.dateline.date
    row.dateline_source = story.dateline.source
    row.lede = story.lede
    row.body = story.body
    row.note = story.note
    row.keywords = list(story.keywords)
    row.language = story.language
    row.urgency = story.urgency
    row.subjects = list(story.subjects)
    row.embargo = story.embargo
    row.status = story.status.value


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
