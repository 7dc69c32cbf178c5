"""Spelling with real Hunspell dictionaries, through Enchant (pyenchant).

The dictionaries are the system's (Debian's `hunspell-en-us`, `hunspell-ru`, ...); the
desk's own words come from the library and are checked first. The story's language picks
the dictionary.

Enchant also offers other engines' dictionaries, and Debian's `libenchant-2-2` pulls in
Aspell with `aspell-en`; Debian's own provider ordering even puts Aspell first for `en_US`.
Editorial asks for Hunspell first, always, and takes another engine's dictionary only
when Hunspell has none for the language (the speller's `provider` says which it got).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from editorial.domain.language import primary_subtag, region_subtag
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, said

# A story in `en` is checked with the first of these that is installed.
PREFERRED_REGIONS = {"en": ("en_US", "en_GB"), "pt": ("pt_BR", "pt_PT"), "de": ("de_DE",)}

HUNSPELL = "hunspell"
# Enchant tries the providers in this order; Nuspell reads Hunspell's dictionaries too.
PROVIDER_ORDER = "hunspell,nuspell,aspell,hspell,voikko,zemberek"
PROVIDER_NAMES = {"hunspell": "Hunspell", "nuspell": "Nuspell", "aspell": "Aspell"}

SUGGESTION_CACHE_SIZE = 4096


class SpellingUnavailable(Exception):
    """No engine or no dictionary for the language; the message says which and why
    (`said`: the same as a template in the "Checks" context, as the checks panel shows
    it)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message.text if isinstance(message, Message) else message)
        self.said = message if isinstance(message, Message) else None

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.said or str(self),))


@dataclass(frozen=True, slots=True)
class DictionaryChoice:
    """An installed dictionary: its Enchant tag (`en_US`) and the provider Enchant uses
    for it (`hunspell`, `aspell`, ...)."""

    tag: str
    provider: str


def provider_name(provider: str) -> str:
    """`Aspell` for Enchant's `aspell`: the engine's name as a person reads it."""
    return PROVIDER_NAMES.get(provider, provider.capitalize())


class _Enchant:
    """One Enchant broker for the process, told to ask Hunspell first. A broker hands out
    one shared dictionary per tag, so each tag gets one lock for all its users."""

    def __init__(self, enchant: Any) -> None:
        self._broker = enchant.Broker()
        self._broker.set_ordering("*", PROVIDER_ORDER)
        self._lock = threading.Lock()
        self._tag_locks: dict[str, threading.Lock] = {}

    def providers(self) -> dict[str, str]:
        """Each installed dictionary's tag → the provider Enchant will load it from."""
        with self._lock:
            # The system's ordering names single tags (Debian: `en_US:aspell,hunspell`),
            # which `*` does not override; every listed tag gets Hunspell first.
            for tag, _provider in self._broker.list_dicts():
                self._broker.set_ordering(tag, PROVIDER_ORDER)
            return {tag: provider.name for tag, provider in self._broker.list_dicts()}

    def dictionary(self, tag: str) -> tuple[Any, threading.Lock]:
        """The Enchant dictionary for a tag, with the lock every use of it must hold
        (an Enchant dictionary is not thread-safe)."""
        with self._lock:
            self._broker.set_ordering(tag, PROVIDER_ORDER)
            dictionary = self._broker.request_dict(tag)
            return dictionary, self._tag_locks.setdefault(tag, threading.Lock())


@lru_cache(maxsize=1)
def _enchant() -> _Enchant:
    try:
        import enchant
    except ImportError as error:  # the C library libenchant-2 is missing
        raise SpellingUnavailable(said(QT_TRANSLATE_NOOP(
            "Checks", "Spelling is off: the Enchant library is not installed ({detail})."
        ), {"detail": str(error)})) from None  # fmt: skip
    return _Enchant(enchant)


def dictionary_providers() -> dict[str, str]:
    """Installed dictionaries, tag → provider: `{"en_US": "hunspell", ...}`."""
    return _enchant().providers()


def installed_dictionaries() -> list[str]:
    """Enchant tags of the installed dictionaries, such as `en_US`, `ru_RU`."""
    return sorted(dictionary_providers())


def choose_dictionary(
    language: str, installed: Mapping[str, str] | None = None
) -> DictionaryChoice:
    """The dictionary for a BCP 47 tag among the installed ones (tag → provider; the
    machine's when not given). The exact region when one is named and installed (`en-GB`
    → `en_GB`, from Aspell if Hunspell has none); otherwise Hunspell's dictionary for the
    language, regional before bare (`en` → `en_US`, `ru` → `ru_RU`); another provider's
    only when Hunspell has none for the language."""
    available = dict(installed) if installed is not None else dictionary_providers()
    primary, region = primary_subtag(language), region_subtag(language)
    if region:
        exact = f"{primary}_{region}"
        if exact in available:
            return DictionaryChoice(exact, available[exact])
    same_language = sorted(tag for tag in available if primary_subtag(tag) == primary)
    preferred = [*PREFERRED_REGIONS.get(primary, ()), f"{primary}_{primary.upper()}", primary]
    candidates = [tag for tag in dict.fromkeys([*preferred, *same_language]) if tag in available]
    if not candidates:
        if available:
            raise SpellingUnavailable(said(QT_TRANSLATE_NOOP(
                "Checks",
                "No spelling dictionary is installed for language '{language}' "
                "(installed: {installed}).",
            ), {"language": language, "installed": ", ".join(sorted(available))}))  # fmt: skip
        raise SpellingUnavailable(said(QT_TRANSLATE_NOOP(
            "Checks",
            "No spelling dictionary is installed for language '{language}' (installed: none).",
        ), {"language": language}))  # fmt: skip
    chosen = next((tag for tag in candidates if available[tag] == HUNSPELL), candidates[0])
    return DictionaryChoice(chosen, available[chosen])


def preferred_language(language: str, preferred: Iterable[str]) -> str:
    """The language a story is spelt in: its own tag when that names a region (`en-US`),
    else the first of the editor's preferred dictionaries for the language (`en` with
    `en_GB` preferred → `en-GB`), else the tag as it is (the usual dictionary)."""
    if region_subtag(language):
        return language
    primary = primary_subtag(language)
    for tag in preferred:
        if primary and primary_subtag(tag) == primary and region_subtag(tag):
            return f"{primary}-{region_subtag(tag)}"
    return language


def dictionary_tag(language: str) -> str:
    """The installed dictionary's tag for a BCP 47 tag: `en-GB` → `en_GB`, `ru` → `ru_RU`."""
    return choose_dictionary(language).tag


class HunspellSpeller:
    """`check` and `suggest` for one language, with the desk's words and this session's
    ignored words accepted. Safe to call from the checks thread and the GUI thread.
    `provider` is the engine Enchant loaded (`hunspell` unless Hunspell has no dictionary
    for the language)."""

    def __init__(self, language: str, desk_words: Iterable[str] = ()) -> None:
        self.language = language
        choice = choose_dictionary(language)
        self.tag = choice.tag
        self._dictionary, self._lock = _enchant().dictionary(choice.tag)
        self.provider: str = self._dictionary.provider.name
        self._accepted = set(desk_words)
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
