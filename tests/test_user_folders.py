"""Editorial's user folders, computed without platformdirs on Linux for the cold start,
are platformdirs' own: every kind, with its XDG variable set, unset, empty or relative,
and with the home plain, unset or relative."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from editorial import user_folders
from editorial.user_folders import APP_NAME, user_folder

PLATFORMDIRS = {
    "config": platformdirs.user_config_path,
    "data": platformdirs.user_data_path,
    "state": platformdirs.user_state_path,
    "cache": platformdirs.user_cache_path,
    "log": platformdirs.user_log_path,
}
VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.mark.parametrize("kind", sorted(PLATFORMDIRS))
@pytest.mark.parametrize("xdg", [None, "", "relative/folder", "/abs/xdg", "/abs/xdg/", "~/x"])
@pytest.mark.parametrize("home", [None, "/home/someone", "/home/someone/", "/", "", "rel"])
def test_the_folder_is_platformdirs_own(
    kind: str, xdg: str | None, home: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in VARIABLES:
        if xdg is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, xdg)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert user_folder(kind) == PLATFORMDIRS[kind](APP_NAME, appauthor=False)  # type: ignore[arg-type]


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")
def test_linux_with_a_plain_home_needs_no_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "/elsewhere/data")

    def refused(kind: str) -> Path:
        raise AssertionError(f"platformdirs asked for {kind}")

    monkeypatch.setattr(user_folders, "_platformdirs_folder", refused)
    assert user_folder("config") == tmp_path / ".config" / "editorial"
    assert user_folder("data") == Path("/elsewhere/data/editorial")
    assert user_folder("log") == tmp_path / ".local" / "state" / "editorial" / "log"
