"""The whole library as ninjs JSON Lines (`editorial export --all --format ninjs-jsonl`)
and back (`editorial import`): every line a valid ninjs 2.2 item, and a fresh library
that imports the file holds the same stories with the same times and states, on SQLite
and on PostgreSQL. The export streams: its memory does not grow with the library."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from editorial.cli import main
from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.search_query import parse_query
from editorial.domain.story import Status, Story, new_story
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.storage.library import Library
from tests.conftest import is_sqlite
from tests.formats.conftest import ninjs_22_validator

CHIEF = Actor("Carla Chief", EVERY_ROLE)
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def another_library(location: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty library on the same backend as `location`."""
    if is_sqlite(location):
        yield str(tmp_path / "restored.sqlite")
        return
    from tests.postgres_library import fresh_database

    with fresh_database() as fresh:
        yield fresh


def a_desk_of_stories(location: str) -> dict[str, Story]:
    """Stories in every state, written at different times; by uri, as the library has them."""
    now = [dt.datetime(2025, 3, 1, 9, 30, 15, 250000, tzinfo=dt.UTC)]

    def later(hours: int) -> None:
        now[0] += dt.timedelta(hours=hours)

    with Library.open(location, clock=lambda: now[0]) as library:
        quake = library.add(new_story("x.org", headline="Quake hits eastern Turkey").edited(
            lede="A strong earthquake struck Ankara province.",
            body="Rescuers searched the **rubble**.\n\nКоролёв said the toll would rise.",
            slug="turkey-quake", keywords=("earthquake", "Турция"), language="en-GB",
            bylines=(Byline("Анна Иванова", "Moscow"),), urgency=2, note="Check the toll",
            dateline=Dateline("Ankara", "", "Turkey", dt.date(2025, 3, 1), "RIA Novosti"),
            subjects=("disaster",), embargo=dt.datetime(2025, 3, 2, 6, 0, tzinfo=dt.UTC),
        ))  # fmt: skip
        later(2)
        quake = library.save(quake.edited(body=quake.body + "\n\nAftershocks followed."),
                             explicit=True)  # fmt: skip
        later(1)
        filed = library.add(new_story("x.org", headline="Markets fall").edited(body="Stocks."))
        later(1)
        library.workflow.move(filed.id, filed.version, Action.SUBMIT, CHIEF)  # type: ignore[arg-type]
        later(1)
        approved = library.add(new_story("x.org", headline="Floods in Iran"))
        for action in (Action.SUBMIT, Action.APPROVE):
            later(1)
            approved = library.workflow.move(approved.id, approved.version, action, CHIEF)  # type: ignore[arg-type]
        later(1)
        killed = library.add(new_story("x.org", headline="A wrong story"))
        for action in (Action.SUBMIT, Action.APPROVE):
            killed = library.workflow.move(killed.id, killed.version, action, CHIEF)  # type: ignore[arg-type]
        later(1)
        library.workflow.move(killed.id, killed.version, Action.KILL, CHIEF, note="Legal")  # type: ignore[arg-type]
        later(1)
        spiked = library.add(new_story("x.org", headline="Spiked copy").edited(body="Gone."))
        later(1)
        spiked = library.workflow.move(spiked.id, spiked.version, Action.SUBMIT, CHIEF)  # type: ignore[arg-type]
        later(1)
        library.workflow.move(spiked.id, spiked.version, Action.SPIKE, CHIEF)  # type: ignore[arg-type]
        return {kept.story.uri: kept.story for kept in library.each_story()}


def comparable(story: Story) -> Story:
    """What must survive the round trip: all but the library's own id."""
    return story.edited(id=None)


def test_the_whole_library_goes_out_as_ninjs_lines_and_comes_back_the_same(
    library_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = a_desk_of_stories(library_location)
    archive = tmp_path / "archive.jsonl"
    assert main(["--library", library_location, "export", "--all", "--format", "ninjs-jsonl",
                 str(archive)]) == 0  # fmt: skip
    assert capsys.readouterr().out == f"5 stories written to {archive}\n"
    items = [json.loads(line) for line in archive.read_text(encoding="utf-8").splitlines()]
    assert len(items) == len(before) == 5
    for item in items:
        assert not list(ninjs_22_validator().iter_errors(item)), item["uri"]
    states = {item["headlines"][0]["value"]: {a["role"]: a["value"] for a in item["altids"]}
              for item in items}  # fmt: skip
    assert states["Spiked copy"]["editorial-status"] == "spiked"
    assert states["Spiked copy"]["editorial-spiked-from"] == "submitted"
    assert states["Floods in Iran"]["editorial-status"] == "approved"

    with another_library(library_location, tmp_path) as restored:
        assert main(["--library", restored, "import", str(archive)]) == 0
        capsys.readouterr()
        with Library.open(restored) as library:
            after = {kept.story.uri: kept for kept in library.each_story()}
            assert {uri: comparable(kept.story) for uri, kept in after.items()} == {
                uri: comparable(story) for uri, story in before.items()
            }
            spiked = next(k for k in after.values() if k.story.headline == "Spiked copy")
            assert spiked.spiked_from is Status.SUBMITTED
            assert spiked.story.trashed_at is not None
            hits = library.search.search(parse_query("королев status:spiked,draft"))
            assert [hit.headline for hit in hits] == ["Quake hits eastern Turkey"]
            # The restored library's workflow goes on from the states it was given.
            back = library.workflow.move(spiked.story.id, spiked.story.version, Action.RESTORE,  # type: ignore[arg-type]
                                         CHIEF)  # fmt: skip
            assert back.status is Status.SUBMITTED
        # Imported again, nothing changes: every story is the one the library has.
        assert main(["--library", restored, "import", "--json", str(archive)]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert {row["action"] for row in rows} == {"skipped"}


def test_an_archive_never_moves_a_story_the_library_has(tmp_path: Path) -> None:
    """An archive's state is for the stories it brings in new: a newer version of a
    story the library has comes in as a draft, as any file's would."""
    location = str(tmp_path / "lib.sqlite")
    with Library.open(location) as library:
        story = library.add(new_story("x.org", headline="Draft here"))
    archive = tmp_path / "a.jsonl"
    from editorial.formats.ninjs_archive import archive_line

    approved = story.edited(status=Status.APPROVED, version=5, body="Newer text.")
    archive.write_text(archive_line(approved), encoding="utf-8")
    assert main(["--library", location, "import", str(archive)]) == 0
    with Library.open(location) as library:
        kept = library.get(story.id)  # type: ignore[arg-type]
        assert kept.body == "Newer text." and kept.status is Status.DRAFT


def test_export_all_to_standard_output_and_its_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "lib.sqlite")
    with Library.open(location) as library:
        library.add(new_story("x.org", headline="One"))
    assert main(["--library", location, "export", "--all", "--format", "ninjs-jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["headlines"][0]["value"] == "One"
    for wrong in (["--all", "--format", "ninjs"], ["1", "--format", "ninjs-jsonl"],
                  ["--format", "ninjs"], ["--all", "--format", "ninjs-jsonl", "a", "-o", "b"]):
        with pytest.raises(SystemExit) as raised:
            main(["--library", location, "export", *wrong])
        assert raised.value.code == 2
        assert "Traceback" not in capsys.readouterr().err
    missing = tmp_path / "no" / "a.jsonl"
    code = main(["--library", location, "export", "--all", "--format", "ninjs-jsonl",
                 str(missing)])  # fmt: skip
    assert code == 1 and "there is no folder" in capsys.readouterr().err
    assert not missing.parent.exists()
    # A pipe (or a device) under the name is never replaced by the archive.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    code = main(["--library", location, "export", "--all", "--format", "ninjs-jsonl",
                 str(pipe)])  # fmt: skip
    assert code == 1 and "pipe, socket or device" in capsys.readouterr().err
    assert pipe.is_fifo()


PEAK_CHILD = textwrap.dedent(
    """
    import sys, tracemalloc
    from editorial.services.desk import open_desk
    from editorial.settings import Preferences
    desk = open_desk(sys.argv[1], Preferences())
    for _ in zip(range(600), desk.transfer.archive_lines()):  # warm: imports, first page
        pass
    tracemalloc.start()
    written = 0
    for line in desk.transfer.archive_lines():
        written += len(line)
    print(written, tracemalloc.get_traced_memory()[1])
    """
)


@pytest.mark.slow
def test_memory_of_an_export_does_not_grow_with_the_library(tmp_path: Path) -> None:
    counts = (1000, 2000)  # both two pages of 500 or more
    # The traced exports are most of the time: each runs in its own process as soon as
    # its library is there, the smaller one while the larger library is being imported.
    generators = {
        count: subprocess.Popen([sys.executable, str(ROOT / "bench" / "wire_stories.py"),
                                 str(tmp_path / f"{count}.jsonl"), "--stories", str(count)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for count in counts
    }  # fmt: skip
    exports: dict[int, subprocess.Popen[str]] = {}
    peaks = {}
    try:
        for count in counts:
            assert generators[count].wait(timeout=300) == 0
            location = str(tmp_path / f"{count}.sqlite")
            assert main(["--library", location, "import", str(tmp_path / f"{count}.jsonl")]) == 0
            exports[count] = subprocess.Popen([sys.executable, "-c", PEAK_CHILD, location],
                                              stdout=subprocess.PIPE, text=True)  # fmt: skip
        for count, export in exports.items():
            out, _ = export.communicate(timeout=600)
            assert export.returncode == 0
            written, peak = map(int, out.split())
            peaks[count] = (written, peak)
    finally:
        processes: list[subprocess.Popen[Any]] = [*generators.values(), *exports.values()]
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    (small_out, small_peak), (large_out, large_peak) = peaks[1000], peaks[2000]
    assert large_out > 1.8 * small_out
    # Twice the stories (a library held whole would double the peak): the peak is that
    # of a page or two, not of the library.
    assert large_peak < 1.3 * small_peak, peaks
    assert large_peak < large_out / 3, peaks
