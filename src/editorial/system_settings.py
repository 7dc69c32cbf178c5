"""The settings IT presets for every user of a machine, in one TOML file:

- Linux and other Unix: `/etc/editorial/config.toml`
- Windows: `%ProgramData%\\Editorial\\config.toml`
- macOS: `/Library/Application Support/Editorial/config.toml`

(`EDITORIAL_SYSTEM_CONFIG` names another file, for tests and for IT trying one out.)

```toml
locked = ["house_style", "library_location"]   # users may not change these

[preferences]        # any option of editorial.settings.options, by its key
house_style = "ria"
library_location = "/srv/desk/wire.sqlite"

[[endpoints]]        # publishing endpoints every library gets; never their secrets
name = "wire"
kind = "ninjs-push"
url = "https://wire.example/ninjs"
```

The file gives the defaults; the user's own settings override them, except the locked
ones. A secret (`secret`, `password`, `token`, ...) in the file is refused: secrets belong
in each user's keyring (`editorial endpoint secret`). A file that cannot be read, or an entry
that is wrong, is reported and left out; the rest applies, and the app always starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from editorial.config_files import read_config_text

# Where the file is: with the few preferences the window reads before the settings load.
from editorial.startup_settings import CONFIG_FILE as CONFIG_FILE
from editorial.startup_settings import SYSTEM_CONFIG_ENV as SYSTEM_CONFIG_ENV
from editorial.startup_settings import system_config_path as system_config_path

# Keys an endpoint in the file may have: what EndpointProfile keeps, never its secret.
ENDPOINT_KEYS = {
    "name": str, "kind": str, "url": str, "user": str, "enabled": bool,
    "publish_on_approval": bool, "kill_to_draft": bool,
}  # fmt: skip
SECRET_WORDS = ("secret", "password", "token", "key", "credential", "passphrase")


class DeclaredOption(Protocol):
    """What this module needs of an option of `editorial.settings.options` (handed in:
    that module reads this one, never the other way round)."""

    @property
    def type(self) -> type: ...
    @property
    def default(self) -> Any: ...


def fits(value: Any, kind: type) -> bool:
    """Whether a stored value is of an option's type (true/false is never a number; a
    whole number is a number of seconds as well as 1.5 is: TOML and JSON write `2`)."""
    if isinstance(value, bool) and kind is not bool:
        return False
    return isinstance(value, kind) or (kind is float and isinstance(value, int))


@dataclass(frozen=True, slots=True)
class SystemSettings:
    """What the system-wide file says, checked: option defaults, the options users may
    not change, preset endpoints, and the problems found (each a sentence)."""

    path: Path | None = None
    preferences: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    locked: frozenset[str] = frozenset()
    endpoints: tuple[Mapping[str, Any], ...] = ()
    problems: tuple[str, ...] = ()
    # The locked options with the value IT gave them (a locked option the file gives no
    # value keeps its declared default: users still may not change it).
    locked_values: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


NO_SYSTEM_SETTINGS = SystemSettings()


def load_system_settings(path: Path, options: Mapping[str, DeclaredOption]) -> SystemSettings:
    try:
        text = read_config_text(path)
    except FileNotFoundError:
        return SystemSettings(path)
    except (OSError, UnicodeDecodeError) as error:
        return _unreadable(path, error)
    # Only when there is a file: most machines have none, and the window's start would
    # pay the parser's import (some 2 ms) for nothing.
    import tomllib

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _unreadable(path, error)
    return _checked(path, raw, options)


def _unreadable(path: Path, error: Exception) -> SystemSettings:
    reason = error.strerror if isinstance(error, OSError) else str(error)
    return SystemSettings(path, problems=(f"{path}: cannot be read ({reason}); ignored",))


def _checked(
    path: Path, raw: dict[str, Any], options: Mapping[str, DeclaredOption]
) -> SystemSettings:
    problems: list[str] = []
    preferences: dict[str, Any] = {}
    given = raw.get("preferences", {})
    if not isinstance(given, dict):
        problems.append(f"{path}: [preferences] must be a table; ignored")
        given = {}
    for key, value in given.items():
        option = options.get(key)
        if option is None:
            problems.append(f"{path}: there is no option named {key!r}; ignored")
        elif not fits(value, option.type):
            problems.append(f"{path}: {key} must be {option.type.__name__}; ignored")
        else:
            preferences[key] = value
    locked_raw = raw.get("locked", [])
    if not isinstance(locked_raw, list) or not all(isinstance(k, str) for k in locked_raw):
        problems.append(f"{path}: locked must be a list of option names; ignored")
        locked_raw = []
    for key in locked_raw:
        if key not in options:
            problems.append(f"{path}: locked names no option {key!r}; ignored")
    locked = frozenset(key for key in locked_raw if key in options)
    endpoints = tuple(
        endpoint
        for number, entry in enumerate(_list_of_tables(raw, "endpoints", path, problems), 1)
        if (endpoint := _endpoint(entry, number, path, problems)) is not None
    )
    for key in raw.keys() - {"preferences", "locked", "endpoints"}:
        problems.append(f"{path}: unknown entry {key!r}; ignored")
    locked_values = {key: preferences.get(key, options[key].default) for key in locked}
    return SystemSettings(
        path, MappingProxyType(preferences), locked, endpoints, tuple(sorted(problems)),
        MappingProxyType(locked_values),
    )  # fmt: skip


def _list_of_tables(
    raw: dict[str, Any], key: str, path: Path, problems: list[str]
) -> list[dict[str, Any]]:
    value = raw.get(key, [])
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    problems.append(f"{path}: {key} must be [[{key}]] tables; ignored")
    return []


def _endpoint(
    entry: dict[str, Any], number: int, path: Path, problems: list[str]
) -> Mapping[str, Any] | None:
    where = f"{path}: endpoint {entry.get('name', number)!r}"
    secret = [k for k in entry if any(word in k.lower() for word in SECRET_WORDS)]
    if secret:
        problems.append(
            f"{where} holds a secret ({', '.join(secret)}); secrets go in each user's "
            "keyring, never in this file: the endpoint is ignored"
        )
        return None
    for key, value in entry.items():
        kind = ENDPOINT_KEYS.get(key)
        if kind is None or not isinstance(value, kind):
            problems.append(f"{where}: {key!r} is not an endpoint setting of the right type;"
                            " the endpoint is ignored")  # fmt: skip
            return None
    missing = [k for k in ("name", "kind", "url") if not entry.get(k)]
    if missing:
        problems.append(f"{where} lacks {', '.join(missing)}; ignored")
        return None
    return MappingProxyType(dict(entry))
