"""`backup` and `check-library` on libraries a new user meets, in real processes: one
another program is writing to, one on a read-only disk. A check says what it found and
never blames the search index for a lock; a copy of a library that cannot be written is
still a copy (getting the stories off a read-only disk is what a backup is for)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.storage.readonly import make_read_only, undo_read_only
from tests.storage.whole import assert_whole, fingerprint
from tests.test_cli_process import run_editorial


def make_library(home: Path, location: Path, headline: str = "Quake hits") -> None:
    made = run_editorial(home, "--library", str(location), "new", "--headline", headline)
    assert made.returncode == 0, made.stderr


def test_check_library_on_a_busy_library_says_busy_not_a_stale_index(tmp_path: Path) -> None:
    location = tmp_path / "desk.sqlite"
    make_library(tmp_path, location)
    writer = sqlite3.connect(location, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE stories SET headline = headline")
    try:
        checked = run_editorial(tmp_path, "--library", str(location), "check-library")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert checked.returncode == 2
    assert "search index" not in checked.stdout + checked.stderr  # --repair would mend nothing
    assert checked.stderr == (
        f"editorial: The library {location} is busy: another program is writing to it; "
        "try again.\n"
    )
    again = run_editorial(tmp_path, "--library", str(location), "check-library")
    assert (again.returncode, again.stdout) == (0, f"{location}: ok\n"), again.stderr


def test_a_read_only_library_is_backed_up_and_checked(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    location = shelf / "desk.sqlite"
    make_library(tmp_path, location, "Kept on a read-only disk")
    before = fingerprint(shelf)
    copy = tmp_path / "copy.sqlite"
    make_read_only(shelf)
    try:
        backed_up = run_editorial(tmp_path, "--library", str(location), "backup", str(copy))
        assert backed_up.returncode == 0, backed_up.stderr
        assert backed_up.stdout == f"{location} backed up to {copy}\n"
        unchecked = "the search index was not checked: the library cannot be written"
        checked = run_editorial(tmp_path, "--library", str(location), "check-library")
        assert checked.returncode == 0, checked.stderr
        assert checked.stdout == f"{location}: ok ({unchecked})\n"
        as_json = run_editorial(tmp_path, "--library", str(location), "check-library", "--json")
        assert as_json.returncode == 0, as_json.stderr
        report = json.loads(as_json.stdout)
        assert report["ok"] is True and report["problems"] == []
        assert report["notes"] == [unchecked]
        repair = run_editorial(
            tmp_path, "--library", str(location), "check-library", "--repair"
        )
        assert repair.returncode == 2
        assert "cannot be written" in repair.stderr and repair.stdout == ""
    finally:
        undo_read_only(shelf)
    assert fingerprint(shelf) == before
    assert_whole(copy)
    listed = run_editorial(tmp_path, "--library", str(copy), "list", "--json")
    assert [s["headline"] for s in json.loads(listed.stdout)] == ["Kept on a read-only disk"]


def test_an_empty_library_location_is_refused_not_the_default_library(tmp_path: Path) -> None:
    """`--library "$DESK"` with DESK unset: the script meant another library, so the
    user's own is neither read nor written."""
    made = run_editorial(tmp_path, "new", "--headline", "In my own library")
    assert made.returncode == 0, made.stderr
    own = tmp_path / "data" / "editorial" / "library.sqlite"
    before = fingerprint(own.parent)
    for command in (["new", "--headline", "Meant for the desk"], ["list"]):
        refused = run_editorial(tmp_path, "--library", "", *command)
        assert refused.returncode == 2 and refused.stdout == ""
        assert refused.stderr.splitlines()[-1] == (
            "editorial: error: argument --library: the location is empty "
            "(a library file or a database URL)"
        )
    assert fingerprint(own.parent) == before


def test_an_empty_file_name_is_a_usage_error(tmp_path: Path) -> None:
    library = str(tmp_path / "desk.sqlite")
    make_library(tmp_path, Path(library))
    for command in (
        ["import", ""], ["check", ""], ["export", "1", "--format", "ninjs", "-o", ""],
        ["export", "--all", "--format", "ninjs-jsonl", ""], ["backup", ""],
    ):  # fmt: skip
        refused = run_editorial(tmp_path, "--library", library, *command)
        assert refused.returncode == 2 and refused.stdout == "", command
        assert refused.stderr.splitlines()[-1].endswith(": the file name is empty"), (
            command, refused.stderr,
        )  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["desk.sqlite"]


def test_a_bad_outbox_entry_number_is_called_an_entry_not_a_story(tmp_path: Path) -> None:
    library = str(tmp_path / "desk.sqlite")
    make_library(tmp_path, Path(library))
    for number in ("0", "-3", "", "1e3"):
        refused = run_editorial(tmp_path, "--library", library, "resend", "--", number)
        assert refused.returncode == 2
        assert refused.stderr.splitlines()[-1] == (
            f"editorial resend: error: argument entry: “{number}” is not an outbox entry "
            "number (a whole number from 1)"
        )
