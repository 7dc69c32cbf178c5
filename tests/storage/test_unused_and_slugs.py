"""A new story nobody wrote in can be discarded (only that, only at that version), and
the stories sharing a slug are found for the duplicate-slug check."""

from __future__ import annotations

import pytest

from editorial.domain.story import new_story
from editorial.storage.errors import StoryNotFound
from editorial.storage.library import Library


@pytest.fixture
def library(library_location: str) -> Library:
    with Library.open(library_location) as opened:
        yield opened  # type: ignore[misc]


def test_only_an_unwritten_draft_at_its_version_is_discarded(library: Library) -> None:
    blank = library.add(new_story("example.com"))
    written = library.add(new_story("example.com", headline="Quake"))
    assert blank.id is not None and written.id is not None
    assert not library.discard_unused(written.id, written.version)
    assert not library.discard_unused(blank.id, blank.version + 1)  # saved since
    noted = library.save(blank.edited(note="call the embassy"))
    assert not library.discard_unused(blank.id, blank.version)
    assert library.discard_unused(noted.id or 0, noted.version)  # a note alone: unwritten
    with pytest.raises(StoryNotFound):
        library.get(blank.id)
    assert library.get(written.id).headline == "Quake"
    assert not library.discard_unused(10**6, 1)


def test_stories_with_a_slug_leave_out_the_story_itself_and_the_spiked(library: Library) -> None:
    first = library.add(new_story("example.com", headline="Quake hits Turkey"))
    second = library.add(new_story("example.com", headline="Quake hits Turkey again"))
    first = library.save(first.edited(slug="quake"))
    second = library.save(second.edited(slug="quake"))
    assert library.stories_with_slug("quake", excluding=second.id) == [
        (first.id, "Quake hits Turkey")
    ]
    library.trash(first.id or 0)
    assert library.stories_with_slug("quake", excluding=second.id) == []
    assert library.stories_with_slug("other") == []
