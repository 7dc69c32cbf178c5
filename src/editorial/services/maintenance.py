"""Library maintenance for the command line: a backup, an integrity check (with the
full-text index's agreement with the stories, and its repair), the password a shared
library is opened with (`library_password.py`)."""

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
    """The library as shown, and what is wrong with it (nothing when it is whole): the
    database's own check, then, when that found nothing, whether the search index agrees
    with the stories (FTS5's integrity check; on PostgreSQL, each story's kept tsvector
    against the one its text makes now)."""
    with open_library(location, Preferences(), create=False) as library:
        problems = library.problems()
        if not problems:
            index = library.search.index_problems()
            if index is not None:
                problems.append(_index_problem(index))
        return library.location, problems


def repair_library(location: str | None) -> tuple[str, str | None, list[str]]:
    """Rebuild the search index when it disagrees with the stories (the one repair the
    library can make itself: a damaged file is recovered from a backup). The library as
    shown, what was repaired (None: nothing was wrong with the index), and what is still
    wrong afterwards."""
    shown, problems = check_library(location)
    if not problems or any(not p.startswith(_INDEX_PROBLEM) for p in problems):
        return shown, None, problems  # whole, or damage no rebuild can mend
    with open_library(location, Preferences(), create=False) as library:
        count = library.search.repair_index()
    shown, after = check_library(location)
    return shown, f"the search index was rebuilt ({count} stories)", after


_INDEX_PROBLEM = "the search index"


def _index_problem(detail: str) -> str:
    if detail.startswith(_INDEX_PROBLEM):
        return detail
    return f"{_INDEX_PROBLEM} disagrees with the stories ({detail}); --repair rebuilds it"
