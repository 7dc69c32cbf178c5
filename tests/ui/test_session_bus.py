"""Without a D-Bus session bus the window starts no bus of its own: libdbus would
autolaunch `dbus-launch` and a `dbus-daemon` that outlive the window. A bus that exists is
left to be used (the keyring needs it).

The real case needs Qt's xcb platform on a real X server (Qt's offscreen platform never
asks for the bus, and libdbus autolaunches only with a $DISPLAY): tests/run.sh installs
Xvfb, the xcb libraries and dbus-launch, so on CI their absence is a failure.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial.ui.shell.app import NO_SESSION_BUS, SESSION_BUS, prevent_bus_autolaunch

ROOT = Path(__file__).resolve().parents[2]
MARKER = "EDITORIAL_TEST_PROCESS_MARK"


def test_no_bus_anywhere_disables_autolaunch(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert prevent_bus_autolaunch(env)
    assert env[SESSION_BUS] == NO_SESSION_BUS
    # A file that is not a socket is no bus, nor is a missing runtime folder.
    (tmp_path / "bus").write_text("")
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert prevent_bus_autolaunch(env) and env[SESSION_BUS] == NO_SESSION_BUS
    env = {SESSION_BUS: ""}
    assert prevent_bus_autolaunch(env) and env[SESSION_BUS] == NO_SESSION_BUS


def test_a_session_bus_that_exists_is_left_alone(tmp_path: Path) -> None:
    named = {SESSION_BUS: "unix:path=/run/user/1000/bus"}
    assert not prevent_bus_autolaunch(named)
    assert named == {SESSION_BUS: "unix:path=/run/user/1000/bus"}
    # The systemd user bus: a socket of ours in the runtime folder, found by libdbus.
    runtime = tmp_path / "rt"
    runtime.mkdir(mode=0o700)
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(runtime / "bus"))
        listening.listen()
        env = {"XDG_RUNTIME_DIR": str(runtime)}
        assert not prevent_bus_autolaunch(env)
        assert SESSION_BUS not in env


def require(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (Debian package {package}; tests/run.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A real X server of this test's own (Xvfb picks a free display number)."""
    xvfb = require("Xvfb", "xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def marked_processes(mark: str) -> dict[int, str]:
    """Processes alive now that carry `mark` in their environment: the window's
    descendants, whoever they were re-parented to (zombies have no environment)."""
    needle = f"{MARKER}={mark}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return {pid: command.decode(errors="replace").strip() for pid, command in found.items()}


def test_the_window_without_a_session_bus_leaves_no_bus_behind(
    tmp_path: Path, x_display: str
) -> None:
    require("dbus-launch", "dbus-x11")  # without it there would be nothing to leave behind
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    mark = uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if k not in (SESSION_BUS, "EDITORIAL_LIBRARY")}
    env |= {
        MARKER: mark,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "EDITORIAL_EXIT_WHEN_READY": "1",
        "XDG_RUNTIME_DIR": str(runtime),  # no bus socket in it
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")])),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "editorial"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        left = marked_processes(mark)
        assert left == {}, f"the window left these running: {left}"
        # Qt says nothing about the bus it was told is not there.
        assert "bus" not in done.stderr.lower(), done.stderr
    finally:
        for pid in marked_processes(mark):  # a failed run's leftovers are ours to stop
            os.kill(pid, signal.SIGKILL)
