"""Checking a story: structure, counts, house style, dateline and spelling, in one call
shared by the checks panel, the editor's underlines and `editorial check`."""

from __future__ import annotations

import datetime as dt
import threading

from editorial.domain.changes import DeskChanges
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.gazetteer import Gazetteer
from editorial.domain.language import primary_subtag
from editorial.domain.story import Story
from editorial.domain.structure_checks import duplicate_slug_findings
from editorial.services.places import Places, PlacesUnavailable
from editorial.services.spelling import (
    HunspellSpeller,
    SpellingUnavailable,
    preferred_language,
)
from editorial.services.styles import StyleBook
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library


class CheckingService:
    """Keeps one speller per language, seeded with the desk's dictionary words."""

    def __init__(
        self, library: Library, preferences: PreferencesHolder, styles: StyleBook, places: Places
    ) -> None:
        self._library = library
        self._preferences = preferences
        self.styles = styles
        self.places = places
        self._spellers: dict[str, HunspellSpeller | SpellingUnavailable] = {}
        self._lock = threading.Lock()

    def preferences(self) -> Preferences:
        """The preferences in effect now: take them once and pass them to `check`, so
        that what is shown beside the findings agrees with them."""
        return self._preferences.current

    def check(
        self,
        story: Story,
        *,
        now: dt.datetime | None = None,
        suggestions: bool = True,
        preferences: Preferences | None = None,
    ) -> list[Finding]:
        """Every finding for the story. `suggestions=False` leaves spelling suggestions
        out (the slow part); the window asks for them only on a right-click."""
        preferences = preferences or self._preferences.current
        speller = self.speller(story.language)
        config = CheckConfig(
            headline_max_characters=preferences.headline_limit,
            now=now,
            story_time=story.updated_at,
            spelling_suggestions=suggestions,
        )
        try:
            gazetteer: Gazetteer | None = self.places.gazetteer()
            no_cities = None
        except PlacesUnavailable as reason:  # the rest is still checked
            gazetteer, no_cities = None, reason
        catalog = self.styles.catalog
        findings = run_checks(
            story,
            catalog.get(preferences.house_style),
            config,
            speller=speller if isinstance(speller, HunspellSpeller) else None,
            gazetteer=gazetteer,
            styles=catalog.styles.values(),
        )
        if story.slug.strip():
            others = self._library.stories_with_slug(story.slug.strip(), excluding=story.id)
            findings += duplicate_slug_findings(story.slug, others)
        if no_cities is not None:
            findings.append(_finding("dateline.no-gazetteer", Field.DATELINE, no_cities))
        if isinstance(speller, SpellingUnavailable):
            findings.append(_finding("spelling.unavailable", Field.STORY, speller))
        return findings

    def speller(self, language: str) -> HunspellSpeller | SpellingUnavailable:
        """The speller for a language, or why there is none (kept, not raised: a story in
        a language without a dictionary is still checked for everything else)."""
        spelt_in = self._spelt_in(language)
        key = _speller_key(spelt_in)
        with self._lock:
            if key not in self._spellers:
                try:
                    words = self._library.dictionary.words(language)
                    self._spellers[key] = HunspellSpeller(spelt_in, words)
                except SpellingUnavailable as reason:
                    self._spellers[key] = reason
            return self._spellers[key]

    def suggest(self, word: str, language: str) -> tuple[str, ...]:
        """What to put instead of a misspelt word, from the speller a check of the
        language already loaded (none before that, or without a dictionary). It reads
        nothing from the library, so any lane may ask; Hunspell takes some 40 ms a word,
        so the GUI thread never does."""
        with self._lock:
            speller = self._spellers.get(_speller_key(self._spelt_in(language)))
        if not isinstance(speller, HunspellSpeller):
            return ()
        return tuple(speller.suggest(word))

    def _spelt_in(self, language: str) -> str:
        """The story's language, with the dictionary the editor prefers for it (the
        preferences' `spelling_languages`: `en` spelt as `en-GB`)."""
        return preferred_language(language, self._preferences.current.preferred_dictionaries)

    def dictionary_words(self, language: str) -> set[str]:
        """The desk's own words of a language, as kept in the library."""
        return self._library.dictionary.words(language)

    def add_to_dictionary(self, word: str, language: str) -> DeskChanges:
        """Keep a word in the library's dictionary; every speller of that language takes
        it at once."""
        self._library.dictionary.add(word, language)
        self._accept_everywhere(word, language)
        return DeskChanges(dictionary=frozenset({language}))

    def ignore(self, word: str, language: str) -> DeskChanges:
        """Accept a word for the rest of this session only."""
        self._accept_everywhere(word, language)
        return DeskChanges(dictionary=frozenset({language}))

    def _accept_everywhere(self, word: str, language: str) -> None:
        with self._lock:
            spellers = [
                speller
                for key, speller in self._spellers.items()
                if primary_subtag(key) == primary_subtag(language)
                and isinstance(speller, HunspellSpeller)
            ]
        for speller in spellers:
            speller.accept(word)


def _speller_key(language: str) -> str:
    """A regional tag keeps its own speller (`en-GB`); a bare one shares by language."""
    return primary_subtag(language) if "-" not in language else language


def _finding(code: str, field: Field, reason: PlacesUnavailable | SpellingUnavailable) -> Finding:
    """A note that a check is off, and why (its template kept for the window)."""
    said = reason.said
    template, arguments = (said.template, said.arguments) if said else ("", ())
    return Finding(code, Severity.INFO, str(reason), field, template=template,
                   arguments=arguments)  # fmt: skip
