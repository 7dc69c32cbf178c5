"""The window's first look at an embedded library: its first page of stories read with
Python's own sqlite3, read-only, before SQLAlchemy and the services are loaded.

Opening the desk imports SQLAlchemy's ORM, the storage modules and the house styles:
most of a second, and far more on a busy machine, while the window would show "Opening
the library…". The list needs none of it: one indexed query on the `stories` table gives
its first page (the same rows and order as `StoryListing.page`, which
`tests/services/test_first_page.py` checks). The desk still opens as before and its own
first page replaces this one; until then the list only shows.

Anything unusual (a server's library, a file that is missing, damaged, locked or of
another schema) is simply not looked at: None, and the list waits for the desk as
before. Nothing is ever written: the file is opened with `mode=ro`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from editorial.domain.story_summary import Status, StorySummary

_QUERY = (
    "SELECT id, uri, headline, slug, status, updated_at FROM stories "
    "WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?"
)
_BUSY_TIMEOUT_S = 0.2  # a writer holding the file: do not wait, the desk will


def peek_first_page(given: str | None, limit: int) -> list[StorySummary] | None:
    """The first `limit` stories of the library `given` (or the one the settings and
    the environment choose) in list order, or None when it cannot be read this way."""
    from editorial.services.library import resolve_location
    from editorial.services.startup_preferences import startup_preference

    try:
        # The preferences' location only matters without one given (`--library`).
        preferred = "" if given else startup_preference("library_location")
        location, _ = resolve_location(given, preferred)
        path = Path(location)
        if "://" in location or not path.is_file():
            return None
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_S
        )
        try:
            rows = connection.execute(_QUERY, (limit,)).fetchall()
        finally:
            connection.close()
        return [_summary(*row) for row in rows]
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None


def _summary(
    story_id: int, uri: str, headline: str, slug: str, status: str, updated_at: str
) -> StorySummary:
    changed = dt.datetime.fromisoformat(updated_at)
    if changed.tzinfo is not None:
        raise ValueError("the library keeps its times in UTC without a zone")
    return StorySummary(
        id=int(story_id),
        uri=str(uri),
        headline=str(headline),
        slug=str(slug),
        status=Status(status),
        updated_at=changed.replace(tzinfo=dt.UTC),
    )
