"""Library maintenance for the command line: a backup, an integrity check (with the
full-text index's agreement with the stories, and its repair), the password a shared
library is opened with (`library_password.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editorial.services.library import open_library
from editorial.settings import Preferences


def backup_library(location: str | None, destination: Path) -> tuple[str, Path]:
    """Copy the library (which must exist) to `destination`; (the library as shown, the
    copy's path). A library that cannot be written is copied too: getting the stories off
    a read-only disk is what a backup is for."""
    with open_library(location, Preferences(), create=False, or_read_only=True) as library:
        return library.location, library.backup(destination)


@dataclass(frozen=True)
class LibraryCheck:
    """What `check-library` found: the library as shown, what is wrong with it (nothing
    when it is whole), and what could not be checked, and why."""

    shown: str
    problems: list[str]
    notes: list[str] = field(default_factory=list)


def check_library(location: str | None, *, or_read_only: bool = True) -> LibraryCheck:
    """The database's own check, then, when that found nothing, whether the search index
    agrees with the stories (FTS5's integrity check; on PostgreSQL, each story's kept
    tsvector against the one its text makes now). A library that cannot be written is
    checked as far as reading goes: SQLite checks an FTS5 index only in a write."""
    with open_library(
        location, Preferences(), create=False, or_read_only=or_read_only
    ) as library:
        problems = library.problems()
        if library.read_only:
            return LibraryCheck(library.location, problems, [_INDEX_NOT_CHECKED])
        if not problems:
            index = library.search.index_problems()
            if index is not None:
                problems.append(_index_problem(index))
        return LibraryCheck(library.location, problems)


def repair_library(location: str | None) -> tuple[str, str | None, list[str]]:
    """Rebuild the search index when it disagrees with the stories (the one repair the
    library can make itself: a damaged file is recovered from a backup). The library as
    shown, what was repaired (None: nothing was wrong with the index), and what is still
    wrong afterwards."""
    found = check_library(location, or_read_only=False)  # a repair that cannot write says so
    problems = found.problems
    if not problems or any(not p.startswith(_INDEX_PROBLEM) for p in problems):
        return found.shown, None, problems  # whole, or damage no rebuild can mend
    with open_library(location, Preferences(), create=False) as library:
        count = library.search.repair_index()
    after = check_library(location, or_read_only=False)
    return after.shown, f"the search index was rebuilt ({count} stories)", after.problems


_INDEX_PROBLEM = "the search index"
_INDEX_NOT_CHECKED = f"{_INDEX_PROBLEM} was not checked: the library cannot be written"


def _index_problem(detail: str) -> str:
    if detail.startswith(_INDEX_PROBLEM):
        return detail
    return f"{_INDEX_PROBLEM} disagrees with the stories ({detail}); --repair rebuilds it"
