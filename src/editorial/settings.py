"""The editor's preferences: declared once with type, default and title (as Picard does),
kept as JSON in the user's config folder, upgraded by version.

The window's lanes read the preferences while the database lane may be writing them, so
they are never changed in place: `Preferences` is an immutable snapshot, and a
`PreferencesHolder` swaps in a whole new one. A reader takes the snapshot once per
operation (`holder.current`) and sees one consistent set of values, old or new, never a
mixture. Assigning an attribute is atomic in Python, so readers need no lock; writers
take one so that two updates never interleave their file writes.

IT presets the defaults for every user of a machine, and may lock options, in the
system-wide file (`editorial.system_settings`): the declared default, then the system
file's value, then the user's own, except that a locked option always has the system's.

Window geometry and splitter sizes are not preferences; the window keeps them in its own
state cache (`editorial.ui.shell.window_state`). Secrets never live here: they go to the keyring.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import threading
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from editorial.config_files import read_config_text
from editorial.domain.errors import BadInput

# The folders and the file, named here as well: defined with the few preferences the
# window reads before this module loads.
from editorial.startup_settings import cache_dir as cache_dir
from editorial.startup_settings import config_dir as config_dir
from editorial.startup_settings import data_dir as data_dir
from editorial.startup_settings import settings_path as settings_path
from editorial.system_settings import SystemSettings, fits, load_system_settings, system_config_path

SETTINGS_VERSION = 1
APP_NAME = "editorial"
# Who is at the desk, named for this process (CI, tests, a shared login): the same
# variable `editorial.services.workflow` reads.
USER_VARIABLE = "EDITORIAL_USER"
# The autosave delay's bounds, in seconds: sooner saves on every pause in typing, later
# risks more than a sentence in a crash.
AUTOSAVE_SECONDS = (0.5, 60.0)
_TITLE = "title"


def _option(default: Any, title: str) -> Any:
    """A preference: a field of `Preferences` with its default and the title a dialog
    shows. Declared once: `OPTIONS` is read off the fields."""
    return field(default=default, metadata={_TITLE: title})


@dataclass(frozen=True, slots=True)
class Preferences:
    """One consistent set of the editor's choices, as stored (an empty `editor_name` is
    kept empty: `byline_name` says what new stories are signed with)."""

    editor_name: str = _option("", "Your name, the byline of new stories")
    initials: str = _option("", "Your initials (empty: made from your name)")
    agency_domain: str = _option("newsroom.example", "Agency domain used in story URIs")
    house_style: str = _option("agency", "House style for datelines and bylines")
    default_language: str = _option("en", "Language of new stories (BCP 47)")
    dateline_source: str = _option("", "Agency named in datelines of new stories")
    headline_limit: int = _option(80, "Longest headline, in characters")
    theme: str = _option("system", "Colours: follow the system, light or dark")
    interface_language: str = _option(
        "system", "Language of the window: the system's, English or Russian"
    )
    editor_font: str = _option("", "Font of the story's text (empty: the system's)")
    editor_font_size: int = _option(0, "Size of the story's text, in points (0: the system's)")
    spelling_languages: str = _option(
        "", "Spelling dictionaries to prefer, such as en_GB, ru_RU (empty: the usual ones)"
    )
    autosave_seconds: float = _option(1.5, "Autosave within this many seconds of an edit")
    library_location: str = _option(
        "", "Library: a file or database URL (empty: library.sqlite in your data folder)"
    )
    # Keys of the file that this version does not know (written by a newer Editorial, or
    # by hand): kept and written back, so a downgrade loses nothing.
    unknown: Mapping[str, Any] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )
    # Options set in the system-wide file that users may not change, and the system
    # file's defaults (values equal to these are not written to the user's file, so a
    # new default from IT reaches everyone who never chose otherwise).
    locked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    system_defaults: Mapping[str, Any] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    @property
    def byline_name(self) -> str:
        """The name new stories are signed with: the editor's, else the one given for this
        process in `$EDITORIAL_USER`, else none. Never the login's (`BY ROOT`): a story
        with no byline is said so by the checks, a wrong one would go out."""
        return self.editor_name.strip() or os.environ.get(USER_VARIABLE, "").strip()

    @property
    def own_initials(self) -> str:
        """The initials the editor signs with: those chosen, else made from the byline's
        name ("Anna Ivanova": AI); "" while neither is set."""
        from editorial.domain.initials import chosen_initials  # not needed to start

        return chosen_initials(self.initials, self.byline_name)

    @property
    def autosave_ms(self) -> int:
        """The autosave delay in milliseconds, within the bounds the window allows."""
        seconds = min(max(self.autosave_seconds, AUTOSAVE_SECONDS[0]), AUTOSAVE_SECONDS[1])
        return round(seconds * 1000)

    @property
    def preferred_dictionaries(self) -> tuple[str, ...]:
        """`spelling_languages` as Enchant tags, in the order given (`en-GB` → `en_GB`)."""
        words = self.spelling_languages.replace(";", ",").replace(" ", ",").split(",")
        return tuple(dict.fromkeys(w.strip().replace("-", "_") for w in words if w.strip()))

    def values(self) -> dict[str, Any]:
        """Every declared option's value, by key."""
        return {key: getattr(self, key) for key in OPTIONS}

    def with_values(self, values: Mapping[str, Any]) -> Preferences:
        """A new snapshot with these options changed; a wrong key or type is refused."""
        for key, value in values.items():
            option = OPTIONS.get(key)
            if option is None:
                raise BadInput(f"There is no preference named '{key}'.")
            if not _fits(value, option.type):
                raise BadInput(f"{option.title} must be {option.type.__name__}.")
            if key in self.locked and value != getattr(self, key):
                raise BadInput(
                    f"{option.title}: set for this computer by its administrator "
                    "(the system-wide settings), and cannot be changed here."
                )
        return dataclasses.replace(self, **_typed(values))

    def changed_keys(self, other: Preferences) -> frozenset[str]:
        """The options whose values differ between the two snapshots."""
        return frozenset(key for key in OPTIONS if getattr(self, key) != getattr(other, key))


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    type: type
    default: Any
    title: str


def _declared_options() -> dict[str, Option]:
    hints = typing.get_type_hints(Preferences)
    return {
        f.name: Option(f.name, hints[f.name], f.default, f.metadata[_TITLE])
        for f in dataclasses.fields(Preferences)
        if _TITLE in f.metadata
    }


OPTIONS: dict[str, Option] = _declared_options()

# Each function takes the stored dict of version N-1 and returns version N.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _fits(value: Any, kind: type) -> bool:
    # bool is an int to isinstance; a preference of type int never takes true/false.
    return fits(value, kind)


def _typed(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with a whole number given for a float option made a float (`2` → 2.0),
    so that a snapshot's values always have their option's type."""
    return {
        key: float(value) if key in OPTIONS and OPTIONS[key].type is float else value
        for key, value in values.items()
    }


def read_system_settings(path: Path | None = None) -> SystemSettings:
    """The system-wide settings file (by default the machine's), checked against the
    declared options."""
    return load_system_settings(path or system_config_path(), OPTIONS)


@cache
def machine_settings() -> SystemSettings:
    """The machine's system-wide settings, read once per process."""
    return read_system_settings()


@cache
def login_full_name() -> str:
    """The full name of the login (its GECOS field on Unix), else its user name; Windows
    has no `pwd`, so that lookup is tried only where it exists."""
    full_name = ""
    try:
        import pwd

        full_name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError, AttributeError):
        pass
    if full_name:
        return full_name
    import getpass  # only where the login's full name is not known (and only then)

    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no login name in the environment
        return ""


def system_settings_problems() -> tuple[str, ...]:
    """What in the machine's system-wide settings file could not be used, in sentences."""
    return machine_settings().problems


def load_preferences(path: Path | None = None, system: SystemSettings | None = None) -> Preferences:
    """The stored preferences over the system-wide ones (`system`, by default the
    machine's file); unknown keys are kept, values of the wrong type ignored, a damaged
    file set aside (as `settings.damaged.json`) so nothing is lost."""
    path = path or settings_path()
    system = system if system is not None else machine_settings()
    try:
        stored = json.loads(read_config_text(path))
    except FileNotFoundError:
        stored = {}
    except (OSError, ValueError):
        # A damaged settings file must not stop the editor from working; it is kept
        # aside so nothing is lost, and defaults apply.
        stored = {}
        _set_aside(path)
    if not isinstance(stored, dict):
        stored = {}
    return preferences_from_dict(_upgrade(stored), system)


def _set_aside(path: Path) -> None:
    """Move a damaged settings file to the first free `settings.damaged[-N].json` (an
    earlier damaged file is never written over). What cannot be moved (a folder in its
    place, a folder that cannot be written) stays where it is: nothing is lost either way."""
    if not path.is_file():
        return
    for number in range(1, 100):
        aside = path.with_suffix(".damaged.json" if number == 1 else f".damaged-{number}.json")
        if aside.exists() or aside.is_symlink():
            continue
        with contextlib.suppress(OSError):
            path.replace(aside)
        return


def preferences_from_dict(
    stored: Mapping[str, Any], system: SystemSettings | None = None
) -> Preferences:
    known = {
        key: value
        for key, value in stored.items()
        if key in OPTIONS and _fits(value, OPTIONS[key].type)
    }
    unknown = {key: value for key, value in stored.items() if key not in OPTIONS}
    if system is None:
        return Preferences(**_typed(known), unknown=MappingProxyType(unknown))
    values = _typed({**system.preferences, **known, **system.locked_values})
    return Preferences(
        **values, unknown=MappingProxyType(unknown), locked=system.locked,
        system_defaults=MappingProxyType(dict(system.preferences)),
    )  # fmt: skip


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write through a temporary file, so a failed write never leaves half a file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    own = {
        key: value
        for key, value in preferences.values().items()
        if key not in preferences.locked
        and not (key in preferences.system_defaults and preferences.system_defaults[key] == value)
    }
    data = {**preferences.unknown, **own, "settings_version": SETTINGS_VERSION}
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


class PreferencesHolder:
    """The preferences in effect, replaced whole (see the module's docstring). `path`
    None keeps them in memory only (tests, and a desk opened with given preferences)."""

    def __init__(self, preferences: Preferences | None = None, path: Path | None = None) -> None:
        self._current = preferences if preferences is not None else Preferences()
        self.path = path
        # Whether the settings file was there when the preferences were read: the first
        # start of Editorial for this user is the one without it.
        self.existed = path is None or path.exists()
        self._write_lock = threading.Lock()

    @classmethod
    def load(
        cls, path: Path | None = None, system: SystemSettings | None = None
    ) -> PreferencesHolder:
        path = path or settings_path()
        return cls(load_preferences(path, system), path)

    @property
    def current(self) -> Preferences:
        return self._current

    def update(self, values: Mapping[str, Any], *, always_write: bool = False) -> frozenset[str]:
        """Store and put in effect these options; returns the keys whose values changed.
        The file is written first: preferences that could not be kept do not apply.
        `always_write`: write the file even when nothing changed (the first start's
        setup, answered or skipped, is not offered again)."""
        with self._write_lock:
            old = self._current
            new = old.with_values(values)
            changed = old.changed_keys(new)
            if (changed or always_write) and self.path is not None:
                save_preferences(new, self.path)
                self.existed = True
            self._current = new
            return changed


def _upgrade(stored: dict[str, Any]) -> dict[str, Any]:
    version = stored.get("settings_version", SETTINGS_VERSION)
    if not isinstance(version, int):
        version = SETTINGS_VERSION
    while version < SETTINGS_VERSION:
        version += 1
        stored = UPGRADES[version](stored)
    stored.pop("settings_version", None)
    return stored
