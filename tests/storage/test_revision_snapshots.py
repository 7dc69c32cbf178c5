"""A kept revision is the story's content in its plain form (`domain.story_plain`), so a
new content field is kept without a change in storage; snapshots written before, by
column (`dateline_city`, ...), still read the same."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from editorial.domain.story import Story
from editorial.domain.story_plain import content_to_plain
from editorial.storage.library import Library
from editorial.storage.mappers import CONTENT_COLUMNS
from tests.storage.whole import run_sql
from tests.story_samples import CONTENT_NAMES, differences, every_field_set

# A revision as the first release with revisions kept it (migration 0003): the content
# columns, dates in ISO form.
COLUMN_SNAPSHOT = {
    "headline": "Headline of every field", "slug": "Slug of every field",
    "bylines": [{"name": "Anna Ivanova", "role": "Ankara correspondent"},
                {"name": "John Smith", "role": ""}],
    "dateline_city": "Ankara", "dateline_region": "Central Anatolia",
    "dateline_country": "Turkey", "dateline_date": "2008-11-18",
    "dateline_source": "RIA Novosti", "lede": "Lede of every field",
    "body": "The first paragraph of the body.\n\nThe *second* one.",
    "note": "Editorial note of every field", "keywords": ["Keywords one", "Keywords two"],
    "language": "en-GB", "urgency": 2, "subjects": ["Subjects one", "Subjects two"],
    "embargo": "2008-11-19T06:00:00+00:00", "status": "killed",
}  # fmt: skip


@pytest.fixture
def path(library_location: str) -> str:
    return library_location


@pytest.fixture
def library(path: str) -> Iterator[Library]:
    with Library.open(path) as opened:
        yield opened


def replaced_once(library: Library) -> Story:
    """The sample kept, then replaced by an explicit save: one revision of it (the sample
    is killed, so no import may replace it; a new story's first version is its working
    version, so the sample is saved once to be kept)."""
    story = library.save(library.add(every_field_set()), explicit=True)
    library.save(story.edited(body="Newer."), explicit=True)
    return story


def test_a_revision_keeps_the_plain_content(library: Library, path: str) -> None:
    story = replaced_once(library)
    ((content, packed),) = run_sql(path, "SELECT content, packed FROM story_revisions")
    assert content is None  # packed since migration 0004
    assert json.loads(zlib.decompress(packed)) == content_to_plain(story)  # type: ignore[arg-type]


def test_a_snapshot_by_column_still_reads(library: Library, path: str) -> None:
    story = replaced_once(library)
    assert set(COLUMN_SNAPSHOT) == set(CONTENT_COLUMNS)  # as the columns were then
    run_sql(path, "UPDATE story_revisions SET content = :content, packed = NULL",
            content=json.dumps(COLUMN_SNAPSHOT))  # fmt: skip
    assert story.id is not None
    (kept,) = library.revisions(story.id)
    assert differences(kept.story, every_field_set(), CONTENT_NAMES) == {}
    assert (kept.story.id, kept.story.uri, kept.story.version) == (story.id, story.uri, 2)


def test_every_content_field_has_its_columns() -> None:
    """The row's columns are a mapping of their own (the dateline flattened); each
    content field is a column, or columns named after it."""
    for name in CONTENT_NAMES:
        assert any(c == name or c.startswith(f"{name}_") for c in CONTENT_COLUMNS), name


def test_revisions_are_packed_against_a_key_and_read_back_whole(
    library: Library, path: str
) -> None:
    from editorial.storage.revisions import KEY_EVERY

    story = library.add(every_field_set())
    bodies = []
    for n in range(2 * KEY_EVERY + 3):
        bodies.append(story.body)
        story = library.save(story.edited(body=f"{story.body}\n\nTake {n}."), explicit=True)
    kept = library.revisions(story.id)  # type: ignore[arg-type]
    assert [r.story.body for r in kept] == bodies[1:]  # the first, the new story, coalesced
    assert differences(kept[0].story, every_field_set(), CONTENT_NAMES) == {
        "body": (bodies[1], every_field_set().body)
    }
    rows: list[Any] = run_sql(
        path, "SELECT version, packed_against, length(packed) FROM story_revisions ORDER BY version"
    )
    keys = [version for version, against, _ in rows if against is None]
    assert keys == [rows[0][0], rows[KEY_EVERY][0], rows[2 * KEY_EVERY][0]]
    # Packed against its key, a revision costs what differs, not the whole story.
    assert max(size for _, against, size in rows if against is not None) < rows[0][2] / 2
