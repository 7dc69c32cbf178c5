"""Spelling against the real Hunspell dictionaries installed on the machine, Hunspell first
whether or not Aspell's dictionaries are installed beside them."""

from __future__ import annotations

import os

import pytest

from editorial.services.spelling import (
    DictionaryChoice,
    HunspellSpeller,
    SpellingUnavailable,
    choose_dictionary,
    dictionary_providers,
    dictionary_tag,
    installed_dictionaries,
)

# What Enchant lists on Debian 12 with hunspell-en-us, hunspell-ru and aspell-en (which
# libenchant-2-2 pulls in by its recommends), and without aspell-en.
WITH_ASPELL = {
    "en": "aspell",
    "en_AU": "aspell",
    "en_CA": "aspell",
    "en_GB": "aspell",
    "en_US": "hunspell",
    "ru_RU": "hunspell",
}
HUNSPELL_ONLY = {"en_US": "hunspell", "ru_RU": "hunspell"}


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


@pytest.mark.parametrize("installed", [WITH_ASPELL, HUNSPELL_ONLY], ids=["aspell", "no-aspell"])
def test_hunspell_and_its_regional_dictionary_are_chosen_with_or_without_aspell(
    installed: dict[str, str],
) -> None:
    hunspell_us = DictionaryChoice("en_US", "hunspell")
    assert choose_dictionary("en", installed) == hunspell_us
    assert choose_dictionary("en-US", installed) == hunspell_us
    assert choose_dictionary("en_us", installed) == hunspell_us
    # A region nobody has: the language's Hunspell dictionary.
    assert choose_dictionary("en-IN", installed) == hunspell_us
    assert choose_dictionary("ru", installed) == DictionaryChoice("ru_RU", "hunspell")
    with pytest.raises(SpellingUnavailable, match=r"'de'.*en_US, ru_RU"):
        choose_dictionary("de", installed)


def test_another_engine_only_where_hunspell_has_no_dictionary() -> None:
    # British English: Hunspell has none here, Aspell has the very region asked for.
    assert choose_dictionary("en-GB", WITH_ASPELL) == DictionaryChoice("en_GB", "aspell")
    assert choose_dictionary("en-GB", HUNSPELL_ONLY) == DictionaryChoice("en_US", "hunspell")
    # Only Aspell for the language: its regional dictionary rather than the bare one.
    aspell_only = {"en": "aspell", "en_GB": "aspell", "en_US": "aspell"}
    assert choose_dictionary("en", aspell_only) == DictionaryChoice("en_US", "aspell")
    # Hunspell's dictionary wins over a preferred region that only Aspell has.
    mixed = {"en": "aspell", "en_US": "aspell", "en_GB": "hunspell"}
    assert choose_dictionary("en", mixed) == DictionaryChoice("en_GB", "hunspell")
    # A bare language takes the region named like it, then the bare dictionary.
    french = {"fr_BE": "hunspell", "fr_CA": "hunspell", "fr_FR": "hunspell"}
    assert choose_dictionary("fr", french).tag == "fr_FR"
    assert choose_dictionary("eo", {"eo": "hunspell"}) == DictionaryChoice("eo", "hunspell")


def test_this_machine_loads_hunspell_for_english_and_russian() -> None:
    # Debian's /usr/share/enchant-2/enchant.ordering says `en_US:aspell,hunspell,...`:
    # with aspell-en installed a plain Enchant request for en_US gets Aspell.
    providers = dictionary_providers()
    assert providers["en_US"] == "hunspell" and providers["ru_RU"] == "hunspell"
    for language, tag in (("en", "en_US"), ("en-US", "en_US"), ("ru", "ru_RU")):
        speller = HunspellSpeller(language)
        assert (speller.tag, speller.provider) == (tag, "hunspell")
    # Hunspell's en_US is American: an Aspell `en` would take the British spelling too.
    assert not HunspellSpeller("en").check("colour")


def test_aspell_serves_a_language_hunspell_lacks_and_says_so() -> None:
    if dictionary_providers().get("en_GB") != "aspell":
        message = "aspell-en is not installed (tests/run.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    speller = HunspellSpeller("en-GB")
    assert (speller.tag, speller.provider) == ("en_GB", "aspell")
    assert speller.check("colour") and not speller.check("color")


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
