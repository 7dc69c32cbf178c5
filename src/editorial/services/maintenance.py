"""Library maintenance for the command line: a backup, an integrity check, the password a
shared library is opened with (`library_password.py`)."""

from __future__ import annotations

from pathlib import Path

from editorial.services.library import open_library
from editorial.settings import Preferences


def backup_library(location: str | None, destination: Path) -> tuple[str, Path]:
    """Copy the library (which must exist) to `destination`; (the library as shown, the
    copy's path)."""
    with open_library(location, Preferences(), create=False) as library:
        return library.location, library.backup(destination)


def check_library(location: str | None) -> tuple[str, list[str]]:
    """The library as shown, and what is wrong with it (nothing when it is whole)."""
    with open_library(location, Preferences(), create=False) as library:
        return library.location, library.problems()
