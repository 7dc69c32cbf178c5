"""The staff list that completes bylines, the desk's own dictionary words, and the desk's
people as the library's change mark shows them to a window polling it."""

from __future__ import annotations

import pytest

from editorial.domain.byline import Byline
from editorial.domain.review import people_part, stories_part
from editorial.domain.story import new_story
from editorial.domain.workflow import Profile, Role
from editorial.storage.library import Library


@pytest.fixture
def library(library_location: str) -> Library:
    lib = Library.open(library_location)
    yield lib
    lib.close()


def test_staff_complete_by_any_name_and_keep_one_entry_per_person(library: Library) -> None:
    library.staff.add(Byline("Anna Ivanova", "Moscow correspondent"))
    library.staff.add(Byline("John Smith"))
    library.staff.add(Byline("Анна Петрова", "Корреспондент"))
    library.staff.add(Byline("Anna Ivanova", "Ankara bureau chief"))  # a new posting

    assert [p.name for p in library.staff.complete("iva")] == ["Anna Ivanova"]
    assert [p.name for p in library.staff.complete("AN")] == ["Anna Ivanova"]
    assert [p.name for p in library.staff.complete("анна")] == ["Анна Петрова"]
    assert library.staff.complete("") == []
    assert Byline("Anna Ivanova", "Ankara bureau chief") in library.staff.all()
    assert len(library.staff.all()) == 3

    library.staff.remove("John Smith")
    assert [p.name for p in library.staff.all()] == ["Anna Ivanova", "Анна Петрова"]


def test_dictionary_words_are_kept_per_primary_language(
    library: Library, library_location: str
) -> None:
    library.dictionary.add("Serdyukov", "en-GB")
    library.dictionary.add("Serdyukov", "en")  # the same dictionary: no duplicate
    library.dictionary.add("Сердюков", "ru")
    library.close()

    reopened = Library.open(library_location)
    try:
        assert reopened.dictionary.words("en-US") == {"Serdyukov"}
        assert reopened.dictionary.words("ru-RU") == {"Сердюков"}
        reopened.dictionary.remove("Serdyukov", "en")
        assert reopened.dictionary.words("en") == set()
        with pytest.raises(ValueError):
            reopened.dictionary.add("  ", "en")
    finally:
        reopened.close()


def test_the_change_mark_moves_with_the_desks_people_apart_from_the_stories(
    library: Library,
) -> None:
    """A profile's initials and roles change in place (no time, no new row): the mark's
    people part still moves, and a story's change leaves that part as it was."""
    reporter = frozenset({Role.REPORTER})
    library.workflow.keep_profile(Profile("Rita Reporter", "RR", reporter))
    library.workflow.keep_profile(Profile("Cody Copy", "CC", frozenset({Role.COPY_EDITOR})))
    first = library.reviews.change_mark()

    library.workflow.keep_profile(Profile("Rita Reporter", "RiRe", reporter))
    initials = library.reviews.change_mark()
    assert people_part(initials) != people_part(first)
    assert stories_part(initials) == stories_part(first)

    library.workflow.keep_profile(Profile("Rita Reporter", "RiRe", reporter | {Role.CHIEF}))
    roles = library.reviews.change_mark()
    assert people_part(roles) != people_part(initials)
    assert library.reviews.change_mark() == roles  # asked again: the same

    library.add(new_story("example.org", headline="Bridge to close"))
    story = library.reviews.change_mark()
    assert stories_part(story) != stories_part(roles)
    assert people_part(story) == people_part(roles)

    assert library.workflow.remove_profile("Cody Copy")
    assert people_part(library.reviews.change_mark()) != people_part(story)
