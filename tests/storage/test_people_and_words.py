"""The staff list that completes bylines, and the desk's own dictionary words."""

from __future__ import annotations

import pytest

from editorial.domain.byline import Byline
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
