"""The preferences the window's first frame reads without loading the settings
(`editorial/startup_settings.py`, `services/startup_preferences.py`): each the same as
`load_preferences` gives, whatever the files say; read quickly in the usual case."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial import settings
from editorial.services.startup_preferences import startup_preference
from editorial.settings import Preferences, load_preferences, settings_path
from editorial.startup_settings import (
    STARTUP_DEFAULTS,
    SYSTEM_CONFIG_ENV,
    StartupKey,
    quick_preference,
)

KEYS: tuple[StartupKey, ...] = ("theme", "interface_language", "library_location")


@pytest.fixture(autouse=True)
def fresh_machine_settings(isolated_user_folders: Path) -> Iterator[None]:
    """The system-wide file is read once a process: read afresh for each case here."""
    settings.machine_settings.cache_clear()
    yield
    settings.machine_settings.cache_clear()


def both_ways(key: StartupKey) -> tuple[str, str]:
    return startup_preference(key), str(getattr(load_preferences(), key))


def write_settings(text: str) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_defaults_are_the_declared_ones() -> None:
    assert quick_preference("theme") == "system"  # no file: read without the settings
    declared = Preferences()
    assert {key: getattr(declared, key) for key in KEYS} == STARTUP_DEFAULTS
    assert not settings_path().exists()
    for key in KEYS:
        assert both_ways(key) == (STARTUP_DEFAULTS[key],) * 2


@pytest.mark.parametrize(
    "stored",
    [
        {"theme": "dark", "interface_language": "ru", "library_location": "/srv/wire.sqlite"},
        {"theme": "light", "settings_version": 1, "editor_name": "Anna", "newer_key": [1]},
        {"theme": 3, "interface_language": None, "library_location": True},  # wrong types
        {"theme": "dark", "settings_version": 2},  # a newer version's file
        {"theme": "dark", "settings_version": "1"},
        {},
    ],
)
def test_a_settings_file_is_read_as_the_settings_read_it(stored: dict[str, object]) -> None:
    write_settings(json.dumps(stored))
    if stored.get("settings_version", 1) == 1:  # as written: read without the settings
        assert quick_preference("theme") is not None
    for key in KEYS:
        quick, full = both_ways(key)
        assert quick == full, key


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"dark"', "\udcff"])
def test_a_damaged_settings_file_is_the_settings_to_read(text: str) -> None:
    """Set aside by `load_preferences` (the first read here does it), the defaults apply."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    assert quick_preference("theme") is None
    assert startup_preference("theme") == "system"
    if text.startswith("{"):  # not JSON: kept aside, as the settings do
        assert not path.exists() and path.with_suffix(".damaged.json").is_file()
    assert both_ways("interface_language") == ("system", "system")


def test_the_system_wide_file_presets_and_locks_as_the_settings_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = tmp_path / "config.toml"
    system.write_text(
        'locked = ["theme"]\n[preferences]\ntheme = "dark"\nlibrary_location = "/srv/a.sqlite"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv(SYSTEM_CONFIG_ENV, str(system))
    write_settings(json.dumps({"theme": "light", "interface_language": "ru"}))
    assert quick_preference("theme") is None
    assert [startup_preference(key) for key in KEYS] == ["dark", "ru", "/srv/a.sqlite"]
    for key in KEYS:
        quick, full = both_ways(key)
        assert quick == full, key
