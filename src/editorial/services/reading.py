"""Reading stories out of text that did not come from a library: web copy pasted into the
editor, and a file handed to `editorial check`. Nothing here keeps anything."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from editorial.domain.story import Story
from editorial.services.places import Places
from editorial.services.styles import StyleBook
from editorial.settings import PreferencesHolder

if TYPE_CHECKING:
    from editorial.formats.reading import ReadResult


def web_copy_limit() -> int:
    """The longest paste read as web copy (a longer one is a page dump or a file)."""
    # Imported where needed: the formats package costs the window start-up time.
    from editorial.formats.wire_text import MAX_WEB_COPY_CHARS

    return MAX_WEB_COPY_CHARS


class ReadingService:
    def __init__(self, preferences: PreferencesHolder, places: Places, styles: StyleBook) -> None:
        self._preferences = preferences
        self._places = places
        self._styles = styles

    def web_copy(self, text: str) -> Story:
        """The story in text copied from a news page: whatever headline, dateline,
        bylines, lede and body could be found (possibly none); never kept."""
        from editorial.formats.wire_text import parse_web_copy

        # The gazetteer fills in a dateline's country and the city's spelling (built on
        # the first read of the process, then shared).
        return parse_web_copy(
            text,
            agency_domain=self._preferences.current.agency_domain,
            gazetteer=self._places.gazetteer_if_readable,
            styles=self._styles.catalog.styles.values(),
        )

    def stories_in_file(self, path: str | os.PathLike[str]) -> ReadResult:
        """The stories of a file in any format Editorial reads, not kept, and what
        could not be kept of them as read; raises `BadInput` (a `FormatError`) for a
        file that cannot be read."""
        from editorial.formats.detect import read_file

        return read_file(
            path,
            agency_domain=self._preferences.current.agency_domain,
            gazetteer=self._places.gazetteer_if_readable,  # built only if the file is web copy
            styles=self._styles.catalog.styles.values(),
        )
