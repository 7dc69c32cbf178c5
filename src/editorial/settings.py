"""The editor's preferences: declared once with type, default and title (as Picard does),
kept as JSON in the user's config folder, upgraded by version.

Window geometry and splitter sizes are not preferences; the window keeps them in its own
state cache (`editorial.ui.window_state`). Secrets never live here: they go to the keyring.
"""

from __future__ import annotations

import getpass
import json
import os
import pwd
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTINGS_VERSION = 1
APP_NAME = "editorial"


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    type: type
    default: Any
    title: str


def _login_full_name() -> str:
    try:
        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (KeyError, OSError, AttributeError):
        gecos = ""
    return gecos or getpass.getuser()


OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        Option("editor_name", str, "", "Your name, the byline of new stories"),
        Option("agency_domain", str, "newsroom.example", "Agency domain used in story URIs"),
        Option("house_style", str, "agency", "House style for datelines and bylines"),
        Option("default_language", str, "en", "Language of new stories (BCP 47)"),
        Option("dateline_source", str, "", "Agency named in datelines of new stories"),
        Option("headline_limit", int, 80, "Longest headline, in characters"),
    )
}

# Each function takes the stored dict of version N-1 and returns version N.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


class Settings:
    """Typed access to the options; unknown keys in the file are kept, bad values ignored."""

    def __init__(self, path: Path | None = None, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / "settings.json"
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            stored = {}
        except (OSError, ValueError):
            # A damaged settings file must not stop the editor from working; it is kept
            # aside so nothing is lost, and defaults apply.
            stored = {}
            path.replace(path.with_suffix(".damaged.json"))
        if not isinstance(stored, dict):
            stored = {}
        return cls(path, _upgrade(stored))

    def get(self, key: str) -> Any:
        """The value in effect (an empty name is the login's full name)."""
        value = self.stored(key)
        if key == "editor_name" and not value:
            return _login_full_name()
        return value

    def stored(self, key: str) -> Any:
        """The value as the editor set it, or the option's default: what a preferences
        dialog shows, so that saving it does not freeze a derived value."""
        option = OPTIONS[key]
        value = self._values.get(key, option.default)
        return value if isinstance(value, option.type) else option.default

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if not isinstance(value, option.type):
            raise TypeError(f"{option.title} must be {option.type.__name__}")
        self._values[key] = value

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {**self._values, "settings_version": SETTINGS_VERSION}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.path)


def _upgrade(stored: dict[str, Any]) -> dict[str, Any]:
    version = stored.get("settings_version", SETTINGS_VERSION)
    if not isinstance(version, int):
        version = SETTINGS_VERSION
    while version < SETTINGS_VERSION:
        version += 1
        stored = UPGRADES[version](stored)
    stored.pop("settings_version", None)
    return stored
