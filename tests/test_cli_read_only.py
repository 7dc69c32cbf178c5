"""The command line on a library that cannot be written (a read-only disk), in real
processes: the commands that read answer; one that writes says so in one line, exits 2,
and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.storage.readonly import make_read_only, undo_read_only
from tests.test_cli_process import run_editorial


def test_reading_commands_work_and_writes_are_refused(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    library = str(shelf / "lib.sqlite")
    made = run_editorial(tmp_path, "--library", library, "new", "--headline", "Quake hits")
    assert made.returncode == 0, made.stderr
    story_id = made.stdout.split()[0]
    before = (shelf / "lib.sqlite").read_bytes()
    make_read_only(shelf)
    try:
        listed = run_editorial(tmp_path, "--library", library, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [s["headline"] for s in json.loads(listed.stdout)] == ["Quake hits"]
        shown = run_editorial(tmp_path, "--library", library, "show", story_id, "--json")
        assert json.loads(shown.stdout)["headline"] == "Quake hits"
        history = run_editorial(tmp_path, "--library", library, "history", story_id, "--json")
        assert history.returncode == 0, history.stderr
        assert [e["action"] for e in json.loads(history.stdout)] == ["create"]

        refused = run_editorial(tmp_path, "--library", library, "submit", story_id)
        assert refused.returncode == 2
        assert refused.stderr.strip() == (
            f"editorial: The library {library} cannot be written (check its permissions). "
            "Nothing was changed."
        )
        added = run_editorial(tmp_path, "--library", library, "new", "--headline", "More")
        assert added.returncode == 2 and "cannot be written" in added.stderr
        assert (shelf / "lib.sqlite").read_bytes() == before
    finally:
        undo_read_only(shelf)
