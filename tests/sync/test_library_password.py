"""Where a shared library's password comes from, with real processes on the real
PostgreSQL (a role that must give its password over TCP): the system keyring (`editorial
library-password`, the real Secret Service under tests/run.sh), libpq's `.pgpass`, and
nowhere it could be seen: not an argument, not the output, not an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.sync.credentials import SecretStore
from tests.postgres_library import database_with_password

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "pg-pass-7d2e-never-shown"


def editorial(*argv: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "editorial", *argv], input=stdin, capture_output=True,
        text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
    )  # fmt: skip
    assert "Traceback" not in done.stderr and PASSWORD not in done.stdout + done.stderr
    return done


def test_the_password_kept_in_the_keyring_opens_the_library(
    secret_store: SecretStore, tmp_path: Path
) -> None:
    with database_with_password(PASSWORD) as location:
        nowhere = {"PGPASSFILE": str(tmp_path / "none")}
        refused = editorial("--library", location, "new", "--headline", "Quake", **nowhere)
        assert refused.returncode == 2 and "password" in refused.stderr
        assert refused.stderr.count("\n") == 1

        kept = editorial("--library", location, "library-password", stdin=PASSWORD + "\n")
        assert kept.returncode == 0, kept.stderr
        assert "kept in the system keyring" in kept.stdout
        made = editorial("--library", location, "new", "--headline", "Quake", **nowhere)
        assert made.returncode == 0, made.stderr
        listed = editorial("--library", location, "list", **nowhere)
        assert listed.returncode == 0 and "Quake" in listed.stdout

        # The password goes on standard input only, for a location without one.
        with_it = location.replace("@", f":{PASSWORD}@")
        refused = editorial("--library", with_it, "library-password", stdin="other\n")
        assert refused.returncode == 1 and "without its password" in refused.stderr

        assert editorial("--library", location, "library-password", "--forget").returncode == 0
        again = editorial("--library", location, "list", **nowhere)
        assert again.returncode == 2


def test_libpq_finds_the_password_in_pgpass_without_a_keyring(tmp_path: Path) -> None:
    with database_with_password(PASSWORD) as location:
        from sqlalchemy.engine import make_url

        url = make_url(location)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"127.0.0.1:{url.port}:{url.database}:{url.username}:{PASSWORD}\n")
        pgpass.chmod(0o600)
        no_keyring = {"DBUS_SESSION_BUS_ADDRESS": "disabled:", "PGPASSFILE": str(pgpass)}
        made = editorial("--library", location, "new", "--headline", "Quake", **no_keyring)
        assert made.returncode == 0, made.stderr
        checked = editorial("--library", location, "check-library", **no_keyring)
        assert checked.returncode == 0 and checked.stdout.endswith(": ok\n")
        assert location in checked.stdout


def test_a_wrong_password_in_the_location_is_never_shown(tmp_path: Path) -> None:
    with database_with_password(PASSWORD) as location:
        wrong = location.replace("@", f":{PASSWORD}-wrong@")
        refused = editorial("--library", wrong, "list", PGPASSFILE=str(tmp_path / "none"))
        assert refused.returncode == 2 and ":***@" in refused.stderr
        assert "password authentication failed" in refused.stderr
