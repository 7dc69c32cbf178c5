"""Spelling against the real Hunspell dictionaries installed on the machine."""

from __future__ import annotations

import pytest

from editorial.services.spelling import (
    HunspellSpeller,
    SpellingUnavailable,
    dictionary_tag,
    installed_dictionaries,
)


def test_the_test_machine_has_english_and_russian_dictionaries() -> None:
    # tests/run.sh installs hunspell-en-us and hunspell-ru; without them spelling is untested
    assert {"en_US", "ru_RU"} <= set(installed_dictionaries())


def test_language_tags_find_their_dictionary() -> None:
    assert dictionary_tag("en") == "en_US"
    assert dictionary_tag("en-US") == "en_US"
    assert dictionary_tag("ru") == "ru_RU"
    assert dictionary_tag("ru-RU") == "ru_RU"
    with pytest.raises(SpellingUnavailable, match="'tlh'"):
        dictionary_tag("tlh")


def test_english_words_misspellings_and_suggestions() -> None:
    speller = HunspellSpeller("en")
    assert speller.check("minister") and speller.check("dialogue")
    assert not speller.check("recieve")
    assert "receive" in speller.suggest("recieve")


def test_russian_with_cyrillic() -> None:
    speller = HunspellSpeller("ru")
    assert speller.check("министр")
    assert not speller.check("минстр")
    assert "министр" in speller.suggest("минстр")


def test_desk_words_and_ignored_words_are_accepted() -> None:
    speller = HunspellSpeller("en", desk_words={"Serdyukov"})
    assert speller.check("Serdyukov")
    assert not speller.check("Rogozin")
    speller.accept("Rogozin")
    assert speller.check("Rogozin")
