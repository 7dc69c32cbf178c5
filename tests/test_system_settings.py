"""The system-wide settings IT presets: defaults for every user, options users may not
change, the default library, preset endpoints (never secrets), and a file that is wrong
reported and left out rather than stopping the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.domain.errors import BadInput
from editorial.settings import OPTIONS, PreferencesHolder, load_preferences, save_preferences
from editorial.settings import read_system_settings as load_system_settings
from editorial.system_settings import SYSTEM_CONFIG_ENV, system_config_path

PRESET = """
locked = ["house_style"]

[preferences]
house_style = "ria"
headline_limit = 70
library_location = "/srv/desk/wire.sqlite"

[[endpoints]]
name = "wire"
kind = "ninjs-push"
url = "https://wire.example/ninjs"
"""


def system_file(tmp_path: Path, text: str = PRESET) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_file_is_where_each_system_keeps_machine_settings() -> None:
    assert (
        system_config_path({}).as_posix()
        in {
            "/etc/editorial/config.toml",
            "/Library/Application Support/Editorial/config.toml",
        }
        or sys.platform == "win32"
    )
    assert system_config_path({SYSTEM_CONFIG_ENV: "/tmp/x.toml"}) == Path("/tmp/x.toml")


def test_system_values_are_the_defaults_and_the_user_overrides_what_is_not_locked(
    tmp_path: Path,
) -> None:
    system = load_system_settings(system_file(tmp_path))
    assert system.problems == ()
    user_file = tmp_path / "settings.json"
    user_file.write_text(json.dumps({"headline_limit": 90, "house_style": "agency"}))
    preferences = load_preferences(user_file, system)
    assert preferences.headline_limit == 90  # the user's own choice wins
    assert preferences.house_style == "ria"  # locked: the user's file cannot change it
    assert preferences.library_location == "/srv/desk/wire.sqlite"  # the system default
    assert preferences.default_language == OPTIONS["default_language"].default


def test_a_locked_option_cannot_be_changed_and_says_why(tmp_path: Path) -> None:
    system = load_system_settings(system_file(tmp_path))
    holder = PreferencesHolder.load(tmp_path / "settings.json", system)
    with pytest.raises(BadInput, match="administrator"):
        holder.update({"house_style": "agency"})
    assert holder.update({"headline_limit": 60}) == {"headline_limit"}
    assert holder.current.house_style == "ria"


def test_only_the_users_own_choices_are_written(tmp_path: Path) -> None:
    """A value equal to the system's default, or locked, is not pinned in the user's
    file: when IT changes the default, it reaches every user who never chose otherwise."""
    system = load_system_settings(system_file(tmp_path))
    user_file = tmp_path / "settings.json"
    holder = PreferencesHolder.load(user_file, system)
    holder.update({"editor_name": "Anna Ivanova"})
    stored = json.loads(user_file.read_text())
    assert stored["editor_name"] == "Anna Ivanova"
    assert "house_style" not in stored and "headline_limit" not in stored
    assert "library_location" not in stored
    changed = system_file(tmp_path, PRESET.replace("headline_limit = 70", "headline_limit = 75"))
    assert load_preferences(user_file, load_system_settings(changed)).headline_limit == 75


def test_secrets_and_mistakes_are_refused_one_by_one(tmp_path: Path) -> None:
    text = (
        PRESET
        + """
[[endpoints]]
name = "blog"
kind = "wordpress"
url = "https://blog.example"
application_password = "hunter2"

[[endpoints]]
name = "half"
kind = "ninjs-push"

[colours]
x = 1
"""
    ).replace("headline_limit = 70", 'headline_limit = "seventy"\nspeling = "en"')
    system = load_system_settings(system_file(tmp_path, text))
    problems = "\n".join(system.problems)
    assert "secret" in problems and "'blog'" in problems and "hunter2" not in problems
    assert "'half' lacks url" in problems
    assert "headline_limit must be int" in problems
    assert "no option named 'speling'" in problems
    assert "unknown entry 'colours'" in problems
    assert [e["name"] for e in system.endpoints] == ["wire"]  # the good one stays
    assert system.preferences["house_style"] == "ria"


def test_a_damaged_file_is_reported_and_nothing_else_changes(tmp_path: Path) -> None:
    system = load_system_settings(system_file(tmp_path, "locked = [\n"))
    assert len(system.problems) == 1 and "cannot be read" in system.problems[0]
    preferences = load_preferences(tmp_path / "settings.json", system)
    assert preferences.house_style == OPTIONS["house_style"].default
    assert not load_system_settings(tmp_path / "none.toml").problems


def run_cli(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editorial", *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=120,
    )  # fmt: skip


def test_the_command_line_uses_the_presets(tmp_path: Path) -> None:
    """A real process with a system file: the library IT named is the one opened, the
    preset endpoint is there (without a secret), and a problem in the file is said."""
    library = tmp_path / "desk" / "wire.sqlite"
    library.parent.mkdir()
    text = PRESET.replace("/srv/desk/wire.sqlite", library.as_posix()) + "\n[oops]\n"
    env = {
        **os.environ,
        SYSTEM_CONFIG_ENV: str(system_file(tmp_path, text)),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("EDITORIAL_LIBRARY", None)
    made = run_cli("new", "--headline", "Preset library", env=env)
    assert made.returncode == 0, made.stderr
    assert "warning: " in made.stderr and "unknown entry 'oops'" in made.stderr
    assert library.is_file()
    assert not (tmp_path / "data" / "editorial" / "library.sqlite").exists()
    endpoints = run_cli("endpoint", "list", "--json", env=env)
    assert endpoints.returncode == 0, endpoints.stderr
    listed = json.loads(endpoints.stdout)
    assert [e["name"] for e in listed] == ["wire"]
    assert "hunter2" not in endpoints.stdout
    # The preset endpoint's secret is each user's: `endpoint secret` puts it in the keyring
    # (or says in a line that there is none), and names an endpoint that does not exist.
    missing = run_cli("endpoint", "secret", "blog", "--secret-stdin", env=env, stdin="x\n")
    assert missing.returncode == 1 and "no endpoint named 'blog'" in missing.stderr
    kept = run_cli("endpoint", "secret", "wire", "--secret-stdin", env=env, stdin="s3cret\n")
    if os.environ.get("EDITORIAL_TEST_KEYRING"):  # tests/run.sh's keyring is there
        assert kept.returncode == 0 and "secret kept in the keyring" in kept.stdout, kept.stderr
    else:
        assert kept.returncode == 1 and "keyring cannot be used" in kept.stderr, kept.stderr
    assert "s3cret" not in kept.stdout + kept.stderr


def test_save_without_a_system_file_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_preferences(load_preferences(path, load_system_settings(tmp_path / "none.toml")), path)
    assert json.loads(path.read_text())["house_style"] == OPTIONS["house_style"].default
