"""The preferences the window's first frame reads (its colours, its language, the library
it lists), each as `editorial.settings.load_preferences` gives it, without loading that
module in the usual case: its declarations (the `Preferences` dataclass of 17 options,
their types read from its annotations, the system-wide file's checked form) are some
20 M instructions of a cold start, and the desk loads them anyway once the window is
painted.

Read here: the user's settings file as it is written (an object of this version), or
none, on a machine without a system-wide file. Anything else (a system-wide file, which
may preset or lock options; a settings file that is damaged, of another version, or
not an object) is `load_preferences`'s, which handles it in full: it applies IT's
defaults and locks, and sets a damaged file aside (`services.startup_preferences` asks
one or the other; tests/test_startup_settings.py compares the two).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from editorial.config_files import read_config_text
from editorial.user_folders import user_folder

StartupKey = Literal["theme", "interface_language", "library_location"]
# Their defaults as `editorial.settings.Preferences` declares them (the test checks).
STARTUP_DEFAULTS: Mapping[StartupKey, str] = {
    "theme": "system",
    "interface_language": "system",
    "library_location": "",
}
SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
VERSION_KEY = "settings_version"
# The system-wide settings file (`editorial.system_settings`).
SYSTEM_CONFIG_ENV = "EDITORIAL_SYSTEM_CONFIG"
CONFIG_FILE = "config.toml"


def config_dir() -> Path:
    return user_folder("config")


def data_dir() -> Path:
    return user_folder("data")


def cache_dir() -> Path:
    return user_folder("cache")


def settings_path() -> Path:
    """The user's settings file."""
    return config_dir() / SETTINGS_FILE


def system_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The machine's system-wide settings file (`EDITORIAL_SYSTEM_CONFIG`, for tests and
    for IT trying one out, names another)."""
    env = os.environ if environ is None else environ
    given = env.get(SYSTEM_CONFIG_ENV, "").strip()
    if given:
        return Path(given)
    if sys.platform == "win32":
        program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Editorial" / CONFIG_FILE
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Editorial") / CONFIG_FILE
    return Path("/etc/editorial") / CONFIG_FILE


def quick_preference(key: StartupKey) -> str | None:
    """The preference `key` as `load_preferences()` gives it now, read afresh (a library
    switch reads the library's location again); None when the case is not plain (see
    the module's note): `services.startup_preferences` then asks the settings."""
    stored = _plain_settings()
    if stored is None:
        return None
    value = stored.get(key)
    # A value of another type is ignored (`settings.preferences_from_dict`).
    return value if isinstance(value, str) else STARTUP_DEFAULTS[key]


def _plain_settings() -> dict[str, Any] | None:
    """The user's stored settings, when the case is plain (see the module's note); None
    when it is `load_preferences`'s to read."""
    if os.path.lexists(system_config_path()):
        return None
    try:
        text = read_config_text(settings_path())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):  # set aside by load_preferences
        return None
    import json  # only with a file to read

    try:
        stored = json.loads(text)
    except ValueError:
        return None
    if not isinstance(stored, dict):
        return None
    # Another version is upgraded (or refused) by load_preferences.
    return stored if stored.get(VERSION_KEY, SETTINGS_VERSION) == SETTINGS_VERSION else None
