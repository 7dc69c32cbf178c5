"""The library search: the search field, its results with the matched passages, and
the desk's saved searches."""
