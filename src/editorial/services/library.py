"""Choosing and opening the library an editor works in."""

from __future__ import annotations

import os
from pathlib import Path

from editorial.settings import Preferences, data_dir
from editorial.storage.library import Library

LIBRARY_ENV = "EDITORIAL_LIBRARY"
DEFAULT_LIBRARY_FILE = "library.sqlite"


def default_library_path() -> Path:
    """The embedded library in the user's data folder."""
    return data_dir() / DEFAULT_LIBRARY_FILE


def resolve_location(given: str | None) -> tuple[str, bool]:
    """The location to open and whether it is the default embedded library:
    `--library` first, then `$EDITORIAL_LIBRARY`, then the default."""
    if given:
        return given, False
    from_env = os.environ.get(LIBRARY_ENV, "").strip()
    if from_env:
        return from_env, False
    return str(default_library_path()), True


def open_library(given: str | None, preferences: Preferences) -> Library:
    """Open the chosen library; a brand-new default library gets the welcome story so the
    first window is never empty."""
    location, is_default = resolve_location(given)
    library = Library.open(location)
    if library.created and is_default:
        from editorial.services.welcome import NEWSROOM_WORDS, welcome_story

        library.add(welcome_story(preferences))
        for language, words in NEWSROOM_WORDS.items():
            for word in words:
                library.dictionary.add(word, language)
    return library
