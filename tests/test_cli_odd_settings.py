"""A preferences file a new user's machine may hold, in real processes: damaged twice over,
a folder in its place, damaged in a folder that cannot be written. The command works on
with the defaults and no damaged file is lost."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.storage.readonly import make_read_only, undo_read_only
from tests.test_cli_process import run_editorial


def listed(home: Path) -> None:
    made = run_editorial(home, "--library", str(home / "desk.sqlite"), "list")
    assert made.returncode == 0 and made.stderr == "", made.stderr


def test_each_damaged_preferences_file_is_kept_aside(tmp_path: Path) -> None:
    config = tmp_path / "config" / "editorial"
    config.mkdir(parents=True)
    run_editorial(tmp_path, "--library", str(tmp_path / "desk.sqlite"), "new", "--headline", "x")
    for damaged in ('{"user_name": "Anna Ivanova",', "\ufffe not json"):
        (config / "settings.json").write_text(damaged, encoding="utf-8")
        listed(tmp_path)
    kept = sorted(p.read_text(encoding="utf-8") for p in config.glob("settings.damaged*.json"))
    assert kept == sorted(['{"user_name": "Anna Ivanova",', "\ufffe not json"])


def test_a_folder_named_settings_json_stops_nothing(tmp_path: Path) -> None:
    (tmp_path / "config" / "editorial" / "settings.json").mkdir(parents=True)
    (tmp_path / "config" / "editorial" / "settings.damaged.json").write_text("{")
    run_editorial(tmp_path, "--library", str(tmp_path / "desk.sqlite"), "new", "--headline", "x")
    listed(tmp_path)
    assert (tmp_path / "config" / "editorial" / "settings.damaged.json").read_text() == "{"


def test_a_damaged_file_in_a_read_only_folder_is_left_where_it_is(tmp_path: Path) -> None:
    config = tmp_path / "config" / "editorial"
    config.mkdir(parents=True)
    run_editorial(tmp_path, "--library", str(tmp_path / "desk.sqlite"), "new", "--headline", "x")
    (config / "settings.json").write_text('{"user_name": "Anna', encoding="utf-8")
    make_read_only(config)
    try:
        listed(tmp_path)
    finally:
        undo_read_only(config)
    assert (config / "settings.json").read_text(encoding="utf-8") == '{"user_name": "Anna'


def test_a_fifo_for_preferences_or_a_house_style_hangs_nothing(tmp_path: Path) -> None:
    """A FIFO nobody writes to blocked every command for ever (`open` waits for a writer)."""
    library = str(tmp_path / "desk.sqlite")
    made = run_editorial(tmp_path, "--library", library, "new", "--headline", "Quake hits")
    assert made.returncode == 0, made.stderr
    config = tmp_path / "config" / "editorial"
    (config / "house_styles").mkdir(parents=True)
    os.mkfifo(config / "settings.json")
    os.mkfifo(config / "house_styles" / "desk.toml")
    listed(tmp_path)
    for command in ("check", "render"):
        done = run_editorial(tmp_path, "--library", library, command, "1")
        assert done.returncode in (0, 1) and done.stdout, done.stderr
        assert done.stderr == (
            f"editorial: warning: {config / 'house_styles' / 'desk.toml'}: cannot be read: "
            "not a file but a pipe, socket or device\n"
        )
    assert stat.S_ISFIFO((config / "settings.json").stat().st_mode)  # left as it was


def test_a_fifo_where_the_city_index_is_kept_is_built_over(tmp_path: Path) -> None:
    """SQLite's open of a FIFO waits for a writer: every check of a dateline hung."""
    from editorial.services.city_file import city_file_path
    from editorial.services.places import _geonames_path

    index = city_file_path(tmp_path / "cache" / "editorial", _geonames_path("cities15000.json"))
    index.parent.mkdir(parents=True)
    os.mkfifo(index)
    story = tmp_path / "quake.md"
    story.write_text("---\nheadline: Quake\ndateline: {city: Ankara}\n---\nThe earth shook.\n")
    checked = run_editorial(tmp_path, "check", "--json", str(story))
    assert checked.returncode == 0, checked.stderr
    assert index.is_file()  # a real index now, where the FIFO was
