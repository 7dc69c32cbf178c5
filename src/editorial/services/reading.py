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
    from editorial.domain.removed_copy import StoryReading
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
        return self.web_copy_reading(text).story

    def web_copy_reading(self, text: str, html: str = "") -> StoryReading:
        """The story in a paste from a news page and every line of it left out as the
        site's furniture. `html` is the clipboard's HTML of the same paste, when it has
        one: the article is then found by the page's markup first."""
        from editorial.formats.web_page import read_web_page
        from editorial.formats.wire_text import read_web_copy

        # The gazetteer fills in a dateline's country and the city's spelling (built on
        # the first read of the process, then shared).
        agency = self._preferences.current.agency_domain
        places = self._places.gazetteer_if_readable
        styles = self._styles.catalog.styles.values()
        if html.strip():
            reading = read_web_page(html, agency_domain=agency, gazetteer=places, styles=styles)
            if reading.story.headline or reading.story.lede:
                return reading
        return read_web_copy(text, agency_domain=agency, gazetteer=places, styles=styles)

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
