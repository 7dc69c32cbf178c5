"""Endpoint secrets in the real system keyring (GNOME Keyring's Secret Service on a
private session bus under tests/run.sh), and a clear line where there is none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.domain.errors import BadInput
from editorial.sync.credentials import SecretMissing, SecretStore, check_secret
from tests.sync.conftest import unique_name

ROOT = Path(__file__).resolve().parents[2]


def test_a_secret_is_kept_read_and_forgotten(secret_store: SecretStore) -> None:
    name = unique_name()
    assert secret_store.get(name) is None
    secret_store.set(name, "app pass wörd 1234\n")
    assert secret_store.get(name) == "app pass wörd 1234"
    assert SecretStore().require(name) == "app pass wörd 1234"  # another handle, same keyring
    secret_store.set(name, "rotated")
    assert secret_store.require(name) == "rotated"
    assert secret_store.delete(name) is True
    assert secret_store.delete(name) is False
    with pytest.raises(SecretMissing, match=name):
        secret_store.require(name)


def test_a_secret_must_be_one_line_of_something() -> None:
    for bad in ("", "\n", "   \n", "two\nlines", "nul\x00"):
        with pytest.raises(BadInput):
            check_secret(bad)
    assert check_secret("token\r\n") == "token"


def test_without_a_session_bus_the_keyring_is_refused_in_a_line(tmp_path: Path) -> None:
    """As the window runs without a bus (DBUS_SESSION_BUS_ADDRESS=disabled:): adding an
    endpoint fails in one line that says why and never shows the secret; nothing is kept."""
    secret = "never-shown-9c1d"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": "disabled:",
           "PYTHONPATH": str(ROOT / "src")}  # fmt: skip
    library = str(tmp_path / "lib.sqlite")

    def editorial(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "editorial", "--library", library, *argv],
            input=stdin, capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip

    assert editorial("new", "--headline", "Quake").returncode == 0
    url = "http://127.0.0.1:9/ninjs"
    added = editorial("endpoint", "add", "wire", "--kind", "ninjs-push", "--url", url,
                      "--secret-stdin", stdin=secret + "\n")  # fmt: skip
    assert added.returncode == 1, added.stderr
    (line,) = added.stderr.splitlines()
    assert line.startswith("editorial: The system keyring cannot be used (there is no D-Bus")
    assert secret not in added.stderr + added.stdout
    listed = editorial("endpoint", "list", "--json")
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"
