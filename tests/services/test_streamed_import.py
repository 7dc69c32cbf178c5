"""A JSON Lines import streams: memory does not grow with the file, one file is still
all or nothing (a bad line late in the file undoes every story before it), and the
stories keep the times the source gave them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

from editorial.services.desk import open_desk
from editorial.settings import Preferences
from editorial.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "bench" / "wire_stories.py"


def generate(path: Path, count: int) -> None:
    subprocess.run([sys.executable, str(GENERATOR), str(path), "--stories", str(count)],
                   check=True, capture_output=True, timeout=300)  # fmt: skip


PEAK_CHILD = textwrap.dedent(
    """
    import sys, tracemalloc
    from editorial.services.desk import open_desk
    from editorial.settings import Preferences
    desk = open_desk(sys.argv[2], Preferences())
    desk.transfer.import_file(sys.argv[1])  # warm: imports, catalogs, first batch
    desk.close()
    desk = open_desk(sys.argv[3], Preferences())
    tracemalloc.start()
    result = desk.transfer.import_file(sys.argv[1])
    peak = tracemalloc.get_traced_memory()[1]
    assert result.error is None, result.error
    print(len(result.added), peak)
    """
)


def import_peak(tmp_path: Path, file: Path, name: str) -> tuple[int, int]:
    """(stories added, peak bytes traced) importing `file` into a fresh library, in a
    child process so nothing of this one counts."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_CHILD, str(file), str(tmp_path / f"{name}-warm.sqlite"),
         str(tmp_path / f"{name}.sqlite")],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    added, peak = done.stdout.split()
    return int(added), int(peak)


def test_memory_of_a_json_lines_import_does_not_grow_with_the_file(tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    generate(small, 600)
    generate(large, 3000)  # five times the stories, some 13 MB
    small_added, small_peak = import_peak(tmp_path, small, "small")
    large_added, large_peak = import_peak(tmp_path, large, "large")
    assert (small_added, large_added) == (600, 3000)
    # Read whole, the large file alone would be over 13 MB of text, and its stories and
    # rows as much again; streamed, only the report's names of the stories grow.
    assert large_peak < small_peak * 1.6, (small_peak, large_peak)
    assert large_peak < large.stat().st_size


def test_a_bad_line_late_in_the_file_keeps_none_of_it(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    generate(good, 1200)
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1100] = '{"uri": "urn:broken", "headlines": [\n'
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(lines), encoding="utf-8")
    location = str(tmp_path / "library.sqlite")
    desk = open_desk(location, Preferences())
    try:
        before = desk.editing.list_stories()
        result = desk.transfer.import_file(bad)
        assert result.error is not None and "line 1101" in result.error
        assert result.added == () and result.updated == ()
        assert desk.editing.list_stories() == before  # the 1,100 read first: none kept
        assert desk.transfer.import_file(good).error is None  # the library still takes files
    finally:
        desk.close()
    with Library.open(location) as library:
        assert library.count() == len(before) + 1200


def test_imported_stories_keep_the_times_of_the_source(tmp_path: Path) -> None:
    items = [
        {"uri": "urn:x:old", "headlines": [{"value": "Last year's quake"}],
         "firstcreated": "2025-02-03T04:05:06Z", "versioncreated": "2025-02-03T07:08:09Z",
         "bodies": [{"contenttype": "text/plain", "value": "It shook."}]},
        {"uri": "urn:x:older", "headlines": [{"value": "An older flood"}],
         "versioncreated": "2024-06-01T12:00:00Z",
         "bodies": [{"contenttype": "text/plain", "value": "It rained."}]},
        {"uri": "urn:x:timeless", "headlines": [{"value": "No time given"}],
         "bodies": [{"contenttype": "text/plain", "value": "When?"}]},
    ]  # fmt: skip
    for name in ("wire.jsonl", "wire.json"):  # streamed, and read whole
        file = tmp_path / name
        if name.endswith("l"):
            file.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        else:
            file.write_text(json.dumps(items), encoding="utf-8")
        location = str(tmp_path / f"{name}.sqlite")
        desk = open_desk(location, Preferences())
        started = dt.datetime.now(dt.UTC)
        try:
            assert desk.transfer.import_file(file).error is None
            listed = desk.editing.list_page(limit=10)
            by_uri = {s.uri: desk.editing.get(s.id) for s in listed}
        finally:
            desk.close()
        old, older, timeless = (by_uri[i["uri"]] for i in items)  # type: ignore[index]
        assert old.created_at == dt.datetime(2025, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
        assert old.updated_at == dt.datetime(2025, 2, 3, 7, 8, 9, tzinfo=dt.UTC)
        assert older.created_at == older.updated_at == dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
        assert timeless.updated_at is not None and timeless.updated_at >= started
        # The list sorts them by when they were written, not by when they came in.
        assert [s.uri for s in listed if s.uri.startswith("urn:x:")] == [
            "urn:x:timeless",
            "urn:x:old",
            "urn:x:older",
        ]
