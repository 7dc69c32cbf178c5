"""`editorial backup` and `editorial check-library`: a consistent copy of a library in use
(SQLite's online backup), pg_dump's advice for a PostgreSQL library, and the check's word
on a whole library and a damaged one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.storage.test_damaged_library import damaged  # noqa: F401 - a fixture
from tests.storage.whole import assert_whole


def test_a_backup_of_a_library_in_use_is_whole_and_has_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:  # open, its last writes still in the WAL file
        story = library.add(new_story("x.org", headline="Quake").edited(body="First take."))
        story = library.save(story.edited(body="Second take."), explicit=True)
        library.save(story.edited(body="Third take."), explicit=True)
        assert path.with_name("lib.sqlite-wal").stat().st_size > 0
        copy = tmp_path / "copy.sqlite"
        assert main(["--library", str(path), "backup", str(copy)]) == 0
        out, err = capsys.readouterr()
        assert out == f"{path} backed up to {copy}\n" and err == ""
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite"
    ]  # one file, no -wal or partial copy beside it
    assert_whole(copy)
    with Library.open(copy, create=False) as restored:
        assert restored.get(story.id or 0).body == "Third take."
        assert [r.story.body for r in restored.revisions(story.id or 0)] == ["Second take."]

    before = copy.read_bytes()
    assert main(["--library", str(path), "backup", str(copy)]) == 1
    assert "exists already" in capsys.readouterr().err and copy.read_bytes() == before
    assert main(["--library", str(path), "backup", str(tmp_path / "no" / "copy.sqlite")]) == 1
    assert "folder does not exist" in capsys.readouterr().err


def test_a_postgresql_library_is_backed_up_with_pg_dump(
    library_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Library.open(library_location).close()
    code = main(["--library", library_location, "backup", str(tmp_path / "copy.sqlite")])
    out, err = capsys.readouterr()
    if "://" not in library_location:
        assert code == 0 and (tmp_path / "copy.sqlite").exists()
        return
    assert code == 2 and out == "" and "pg_dump --format=custom" in err
    assert not (tmp_path / "copy.sqlite").exists()


def test_check_library_says_ok_for_a_whole_library(
    library_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(library_location) as library:
        library.add(new_story("x.org", headline="Quake"))
    assert main(["--library", library_location, "check-library", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["problems"] == []


def test_check_library_names_the_damage(
    damaged: Path,  # noqa: F811 - the fixture
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--library", str(damaged), "check-library"]) == 2
    out, err = capsys.readouterr()
    assert out.startswith(f"{damaged}: ") and "ok" not in out.split(": ", 1)[1][:3]
    assert "Traceback" not in err
