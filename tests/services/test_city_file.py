"""The gazetteer's index file: built once in the cache folder, then opened and read with
the same answers the in-memory index gives; a damaged file is built again, and a cache
folder that cannot be written leaves the cities in memory."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import editorial.services.places as places_module
from editorial.domain.gazetteer import Gazetteer, MemoryCityIndex
from editorial.services.city_file import CityFile, build_city_file
from editorial.services.places import load_gazetteer
from tests.domain.places import ANKARA, AUCKLAND, HONOLULU, MOSCOW, MOSCOW_IDAHO, SAO_PAULO

CITIES = [
    (ANKARA, ["Анкара", "ANK"]),
    (MOSCOW, ["Москва", "Moskau", "Moskva"]),
    (MOSCOW_IDAHO, ["Москва"]),
    (SAO_PAULO, ["Sao Paulo", "Сан-Паулу"]),
    (HONOLULU, []),
    (AUCKLAND, ["Tāmaki Makaurau"]),
]
PREFIXES = ["m", "mo", "Моск", "s", "sao p", "a", "ank", "t", "x", "h"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder with the real index built (a few seconds), shared by the tests that
    only read it; those that change it work on a copy."""
    folder = tmp_path_factory.mktemp("city-cache")
    load_gazetteer(cache_folder=folder)
    return folder


def copy_of(folder: Path, tmp_path: Path) -> Path:
    shutil.copytree(folder, tmp_path / "cache")
    return tmp_path / "cache"


def test_the_file_answers_as_the_memory_index_does(tmp_path: Path) -> None:
    path = tmp_path / "cities.sqlite"
    build_city_file(path, CITIES)
    on_disk, in_memory = Gazetteer.over(CityFile(path)), Gazetteer(CITIES)
    assert len(on_disk) == len(in_memory) == len(CITIES)
    for prefix, country in itertools.product(PREFIXES, ("", "US", "Russia")):
        assert on_disk.complete(prefix, 5, country) == in_memory.complete(prefix, 5, country)
    for name in ("Moscow", "МОСКВА", "sao paulo", "Nowhere", "Tamaki Makaurau"):
        assert on_disk.find(name) == in_memory.find(name)
        assert on_disk.lookup_named(name, "US") == in_memory.lookup_named(name, "US")
    assert on_disk.lookup("Moscow", "United States") == MOSCOW_IDAHO


def test_the_real_file_answers_as_the_real_data_in_memory(built: Path) -> None:
    on_disk = load_gazetteer(cache_folder=built)
    source = places_module._geonames_path("cities15000.json")
    in_memory = Gazetteer(places_module._cities(source))
    assert len(on_disk) == len(in_memory) > 30_000
    for prefix in ("m", "Моск", "san", "new y", "北", "ki"):
        assert on_disk.complete(prefix, 10) == in_memory.complete(prefix, 10)
    for name in ("KIEV", "Halifax", "Санкт-Петербург", "São Paulo"):
        assert on_disk.lookup_named(name) == in_memory.lookup_named(name)


def test_built_once_then_only_opened(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_of(built, tmp_path)
    (kept,) = folder.glob("cities15000-*.sqlite")

    def no_reading(_source: Path) -> None:
        raise AssertionError("the GeoNames JSON was read again")

    monkeypatch.setattr(places_module, "_cities", no_reading)
    second = load_gazetteer(cache_folder=folder)
    assert len(second) > 30_000
    assert second.lookup("Ankara") is not None
    assert list(folder.glob("cities15000-*.sqlite")) == [kept]


def test_a_damaged_file_is_built_again(built: Path, tmp_path: Path) -> None:
    folder = copy_of(built, tmp_path)
    (damaged,) = folder.glob("cities15000-*.sqlite")
    damaged.write_bytes(b"not a database" * 100)
    gazetteer = load_gazetteer(cache_folder=folder)
    assert gazetteer.lookup("Ankara") is not None
    assert damaged.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not list(folder.glob("*.tmp"))  # nothing half-written left behind


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_unwritable_cache_keeps_the_cities_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        gazetteer = load_gazetteer(cache_folder=folder)
    finally:
        folder.chmod(0o700)
    assert gazetteer.lookup("Ankara") is not None
    assert isinstance(gazetteer._source, MemoryCityIndex)


def test_a_cache_path_that_is_a_file_keeps_the_cities_in_memory(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder would be")
    gazetteer = load_gazetteer(cache_folder=not_a_folder)
    assert gazetteer.lookup("Ankara") is not None
    assert isinstance(gazetteer._source, MemoryCityIndex)


def test_opening_the_built_file_holds_little_memory(built: Path) -> None:
    """The point of the file: the window's process does not hold the cities (160 MB in
    Python objects before). Measured in a fresh process, after the file is built."""
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from editorial.services.places import load_gazetteer\n"
        "def rss(): return int(Path('/proc/self/statm').read_text().split()[1]) * 4096\n"
        "before = rss()\n"
        "g = load_gazetteer(cache_folder=Path(sys.argv[1]))\n"
        "assert g.complete('mos') and g.lookup('Ankara')\n"
        "print(rss() - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(built)], capture_output=True,
                          text=True, check=True, timeout=120)  # fmt: skip
    assert int(done.stdout) < 40_000_000, done.stdout
