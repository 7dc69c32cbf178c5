"""The `editorial` command in a real process, as a script or the desk's automation runs it:
the version it reports, and that its command-line paths never load Qt (start-up time, and
it must work on a server with no display libraries)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_PREFIXES = ("PySide6", "shiboken6", "editorial.ui")


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        value: str = tomllib.load(handle)["project"]["version"]
    return value


def run_editorial(
    home: Path, *args: str, importtime: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m editorial ARGS` with its own data and config folders and no library
    chosen, so the default library in the data folder is used."""
    env = {key: value for key, value in os.environ.items() if key != "EDITORIAL_LIBRARY"}
    env |= {
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        # The source tree first, so this also works where the package is not installed.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")])),
    }
    flags = ["-X", "importtime"] if importtime else []
    return subprocess.run(
        [sys.executable, *flags, "-m", "editorial", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip


def imported_modules(importtime_log: str) -> set[str]:
    """Module names from `-X importtime` lines: `import time: self | cumulative | name`."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in importtime_log.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }


def qt_modules(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in QT_PREFIXES))


def test_version_is_the_project_version(tmp_path: Path) -> None:
    try:
        version("editorial")
    except PackageNotFoundError:
        message = "editorial is not installed (tests/run.sh installs it into .venv)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    result = run_editorial(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"editorial {project_version()}"


def test_importtime_log_is_read() -> None:
    log = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       312 |        312 |   PySide6.QtCore\n"
        "import time:        40 |         40 | editorial.cli\n"
    )
    assert qt_modules(imported_modules(log)) == ["PySide6.QtCore"]


def test_command_line_paths_never_import_qt(tmp_path: Path) -> None:
    """Every command on the default library, in one data folder: the first `new` makes the
    library with its welcome story (commands that only read make none), then list, show
    and render use it."""

    def editorial(*args: str) -> str:
        result = run_editorial(tmp_path, *args, importtime=True)
        assert result.returncode == 0, f"editorial {' '.join(args)}: {result.stderr[-2000:]}"
        modules = imported_modules(result.stderr)
        assert "editorial.cli" in modules  # the log is really there
        assert qt_modules(modules) == [], f"editorial {' '.join(args)} imported Qt"
        return result.stdout

    story_id = editorial("new", "--headline", "Quake hits eastern Turkey").split("\t")[0]
    assert (tmp_path / "data" / "editorial" / "library.sqlite").is_file()
    assert "Welcome to Editorial" in editorial("list")
    listed = json.loads(editorial("list", "--json"))
    assert len(listed) == 2
    assert listed[0]["headline"] == "Quake hits eastern Turkey"  # newest first
    shown = json.loads(editorial("show", story_id, "--json"))
    assert shown["id"] == int(story_id) and shown["headline"] == "Quake hits eastern Turkey"
    assert "Quake hits eastern Turkey" in editorial("render", story_id)
    assert json.loads(editorial("list", "--trash", "--json")) == []


def test_bad_library_exits_non_zero_without_qt(tmp_path: Path) -> None:
    not_a_library = tmp_path / "notes.txt"
    not_a_library.write_text("shopping list\n", encoding="utf-8")
    result = run_editorial(tmp_path, "--library", str(not_a_library), "list", importtime=True)
    assert result.returncode != 0
    assert "not an Editorial library" in result.stderr
    assert qt_modules(imported_modules(result.stderr)) == []
    assert not_a_library.read_text(encoding="utf-8") == "shopping list\n"
