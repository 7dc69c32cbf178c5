"""Searching the library: the search box's text parsed by the domain's query language and
run by the library's full-text index; the desk's saved searches."""

from __future__ import annotations

import datetime as dt

from editorial.domain.errors import BadInput
from editorial.domain.search_query import parse_query
from editorial.domain.search_results import DEFAULT_LIMIT, SavedSearch, SearchHit, SearchOrder
from editorial.domain.translatable import QT_TRANSLATE_NOOP, said
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library

EMPTY_QUERY = QT_TRANSLATE_NOOP(
    "SearchErrors", "Search: type words to look for, or a filter such as status:approved."
)


class SearchService:
    def __init__(self, library: Library, preferences: PreferencesHolder) -> None:
        self._library = library
        self._preferences = preferences

    def search(
        self,
        text: str,
        *,
        order: SearchOrder = SearchOrder.NEWEST,
        limit: int = DEFAULT_LIMIT,
        typing: bool = False,
        zone: dt.tzinfo | None = None,
    ) -> list[SearchHit]:
        """The stories `text` finds. `typing`: the last word is still being typed, so
        it is looked for as a word's beginning. Raises `BadInput` (one line) for a
        malformed or empty query."""
        query = parse_query(text, prefix_last=typing)
        if query.is_empty:
            raise BadInput.saying(said(EMPTY_QUERY, None, "SearchErrors"))
        return self._library.search.search(query, order=order, limit=limit, zone=zone)

    def saved(self) -> list[SavedSearch]:
        return self._library.search.saved()

    def save(self, name: str, text: str) -> SavedSearch:
        """Keep a search for the desk under a name; a malformed query is refused."""
        if parse_query(text).is_empty:
            raise BadInput.saying(said(EMPTY_QUERY, None, "SearchErrors"))
        return self._library.search.save(name, text, by=self._preferences.current.byline_name)

    def remove_saved(self, search_id: int) -> None:
        self._library.search.remove_saved(search_id)
