"""The user's folders for Editorial's settings, data, state, cache and log, as platformdirs
names them.

On Linux they are the XDG base directories, which the start needs before its first frame
(the settings, the default library, the log): importing platformdirs there costs some
12 M instructions (2 ms) of a cold start (its platform classes and their helpers), for
what is one environment variable or a folder under the home. So on Linux the folder is computed here
exactly as platformdirs' `Unix` class computes it (tests/test_user_folders.py compares the
two with the variables set, unset, empty and relative); anywhere else, and whenever the
home is not a plain absolute path (platformdirs then asks the password database), it is
platformdirs' own answer.
"""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path
from typing import Literal

APP_NAME = "editorial"

Kind = Literal["config", "data", "state", "cache", "log"]

# The XDG variable of each folder, its default under the home, and what platformdirs'
# opinion adds (the log is a folder "log" in the state folder).
_XDG: dict[Kind, tuple[str, str, str]] = {
    "config": ("XDG_CONFIG_HOME", "~/.config", ""),
    "data": ("XDG_DATA_HOME", "~/.local/share", ""),
    "state": ("XDG_STATE_HOME", "~/.local/state", ""),
    "cache": ("XDG_CACHE_HOME", "~/.cache", ""),
    "log": ("XDG_STATE_HOME", "~/.local/state", "log"),
}


def user_folder(kind: Kind) -> Path:
    """Editorial's folder of this kind for the user (not created)."""
    found = _xdg_folder(kind) if _plain_linux() else None
    return Path(found) if found is not None else _platformdirs_folder(kind)


def _plain_linux() -> bool:
    # platformdirs takes Android for Linux with these set (and then may use other folders).
    return (
        sys.platform == "linux"
        and not hasattr(sys, "getandroidapilevel")
        and "ANDROID_DATA" not in os.environ
    )


def _xdg_folder(kind: Kind) -> str | None:
    variable, default, opinion = _XDG[kind]
    base = os.environ.get(variable, "")
    if not posixpath.isabs(base):  # unset, empty or relative: the XDG spec ignores it
        home = os.environ.get("HOME")
        if home is None or not posixpath.isabs(home):
            return None  # platformdirs looks the home up in the password database
        base = os.path.expanduser(default)
    folder = os.path.join(base, APP_NAME)
    return os.path.join(folder, opinion) if opinion else folder


def _platformdirs_folder(kind: Kind) -> Path:
    import platformdirs

    if kind == "config":
        return platformdirs.user_config_path(APP_NAME, appauthor=False)
    if kind == "data":
        return platformdirs.user_data_path(APP_NAME, appauthor=False)
    if kind == "state":
        return platformdirs.user_state_path(APP_NAME, appauthor=False)
    if kind == "cache":
        return platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
