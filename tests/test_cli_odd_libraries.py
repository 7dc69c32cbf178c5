"""`backup` and `check-library` on libraries a new user meets, in real processes: one
another program is writing to, one on a read-only disk. A check says what it found and
never blames the search index for a lock; a copy of a library that cannot be written is
still a copy (getting the stories off a read-only disk is what a backup is for)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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

