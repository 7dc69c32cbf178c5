"""Choosing and opening the library an editor works in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from editorial.domain.errors import LibraryError, LibraryMissing, LibraryNotWritable
from editorial.domain.library_messages import data_folder_not_made
from editorial.startup_settings import data_dir

if TYPE_CHECKING:
    from editorial.settings import Preferences
    from editorial.storage.library import Library

LIBRARY_ENV = "EDITORIAL_LIBRARY"
DEFAULT_LIBRARY_FILE = "library.sqlite"


def default_library_path() -> Path:
    """The embedded library in the user's data folder."""
    # From `startup_settings`: the window's first look at the library asks for it before
    # the settings are loaded.
    return data_dir() / DEFAULT_LIBRARY_FILE


def resolve_location(given: str | None, preferred: str = "") -> tuple[str, bool]:
    """The location to open and whether it is the default embedded library:
    `--library` first, then `$EDITORIAL_LIBRARY`, then the preferences' library location
    (the user's, or the one IT set for the machine), then the default."""
    if given:
        return given, False
    from_env = os.environ.get(LIBRARY_ENV, "").strip()
    if from_env:
        return from_env, False
    if preferred.strip():
        return os.path.expanduser(preferred.strip()), False
    return str(default_library_path()), True


def open_library(
    given: str | None,
    preferences: Preferences,
    *,
    create: bool = True,
    or_read_only: bool = False,
    welcome_language: str = "en",
) -> Library:
    """Open the chosen library; a brand-new default library gets the welcome story so the
    first window is never empty. `or_read_only`: a library that exists but cannot be
    written is opened read-only (reads work, every write says it cannot be written)
    rather than refused. `welcome_language`: the window's language ("ru": the welcome
    story is the Russian one).

    Without `create` (commands that only read) a library that does not exist is an error,
    not made. Only the default library's data folder is ever created: a folder missing from
    a location the user gave is a typing mistake to report.
    """
    # Imported here: `resolve_location` serves the window's first look at the library
    # (`first_page.py`), before SQLAlchemy is loaded.
    from editorial.storage.library import Library

    location, is_default = resolve_location(given, preferences.library_location)
    if is_default and not create and not default_library_path().exists():
        raise LibraryMissing(
            f"There is no library at {location} yet; `editorial new`, `editorial import` "
            "or the window makes one."
        )
    if is_default and create:
        folder = default_library_path().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            detail = str(error.strerror or error)
            raise LibraryNotWritable.saying(data_folder_not_made(str(folder), detail)) from None
    password = None
    if "://" in location:  # a server's password: the keyring's (libpq looks further itself)
        from editorial.services.library_password import password_for

        password = password_for(location)
    try:
        library = Library.open(location, create=create, password=password)
    except LibraryNotWritable as refused:
        if not or_read_only:
            raise
        try:
            return Library.open(location, read_only=True)
        except LibraryError as unreadable:
            # Not even readable (no library there yet, an older schema): the first
            # refusal says what to do; the second is why reading failed too.
            raise refused from unreadable
    if library.created and is_default:
        from editorial.services.welcome import NEWSROOM_WORDS, welcome_story

        library.add(welcome_story(preferences, language=welcome_language))
        for language, words in NEWSROOM_WORDS.items():
            for word in words:
                library.dictionary.add(word, language)
    return library
