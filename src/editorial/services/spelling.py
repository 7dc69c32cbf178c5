"""Spelling with real Hunspell dictionaries, through Enchant (pyenchant).

The dictionaries are the system's (Debian's `hunspell-en-us`, `hunspell-ru`, ...); the
desk's own words come from the library and are checked first. The story's language picks
the dictionary.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from editorial.domain.language import primary_subtag, region_subtag

# A story in `en` is checked with the first of these that is installed.
PREFERRED_REGIONS = {"en": ("en_US", "en_GB"), "pt": ("pt_BR", "pt_PT"), "de": ("de_DE",)}


SUGGESTION_CACHE_SIZE = 4096


class SpellingUnavailable(Exception):
    """No engine or no dictionary for the language; the message says which and why."""


@lru_cache(maxsize=1)
def _enchant() -> Any:
    try:
        import enchant
    except ImportError as error:  # the C library libenchant-2 is missing
        raise SpellingUnavailable(
            f"Spelling is off: the Enchant library is not installed ({error})."
        ) from None
    return enchant


def installed_dictionaries() -> list[str]:
    """Enchant tags of the installed dictionaries, such as `en_US`, `ru_RU`."""
    return sorted(_enchant().list_languages())


def dictionary_tag(language: str) -> str:
    """The installed dictionary for a BCP 47 tag: `en-GB` → `en_GB`, `ru` → `ru_RU`."""
    installed = installed_dictionaries()
    primary, region = primary_subtag(language), region_subtag(language)
    if region and f"{primary}_{region}" in installed:
        return f"{primary}_{region}"
    if primary in installed:
        return primary
    for tag in PREFERRED_REGIONS.get(primary, ()):
        if tag in installed:
            return tag
    same_language = [tag for tag in installed if primary_subtag(tag) == primary]
    if same_language:
        return same_language[0]
    raise SpellingUnavailable(
        f"No spelling dictionary is installed for language '{language}' "
        f"(installed: {', '.join(installed) or 'none'})."
    )


class HunspellSpeller:
    """`check` and `suggest` for one language, with the desk's words and this session's
    ignored words accepted. Safe to call from the checks thread and the GUI thread."""

    def __init__(self, language: str, desk_words: Iterable[str] = ()) -> None:
        self.language = language
        self.tag = dictionary_tag(language)
        self._dictionary = _enchant().Dict(self.tag)
        self._accepted = set(desk_words)
        self._lock = threading.Lock()  # an Enchant dictionary is not thread-safe
        # Hunspell takes tens of milliseconds to suggest; a story repeats its names.
        self._suggested: dict[str, list[str]] = {}

    def check(self, word: str) -> bool:
        if word in self._accepted:
            return True
        with self._lock:
            return bool(self._dictionary.check(word))

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            if word not in self._suggested:
                if len(self._suggested) >= SUGGESTION_CACHE_SIZE:
                    self._suggested.clear()
                self._suggested[word] = list(self._dictionary.suggest(word))[:8]
            return list(self._suggested[word])

    def accept(self, word: str) -> None:
        """Take a word as correct from now on ("ignore", or just added to the dictionary)."""
        self._accepted.add(word)
