"""Who may connect to a shared library, and what is shown of its location: the password
never (masked wherever it was written), TLS with the certificate checked for anything that
is not this machine, and a clear line when the PostgreSQL driver is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.domain.errors import LibraryError
from editorial.storage.engine import describe, location_url
from editorial.storage.library import Library
from editorial.storage.postgres import check_transport, is_local_host

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-never-shown-41"


def test_a_location_is_shown_with_its_password_masked() -> None:
    in_user = location_url(
        f"postgresql+psycopg://desk:{SECRET}@db.example/news?sslmode=verify-full"
    )
    assert describe(in_user) == "postgresql+psycopg://desk:***@db.example/news?sslmode=verify-full"
    in_query = location_url(f"postgresql+psycopg://desk@127.0.0.1/news?password={SECRET}")
    assert SECRET not in describe(in_query) and "password=%2A%2A%2A" in describe(in_query)


def test_postgresql_means_psycopg_3_and_no_other_driver() -> None:
    assert location_url("postgresql://desk@/news").drivername == "postgresql+psycopg"
    with pytest.raises(LibraryError, match=r"postgresql\+psycopg://"):
        location_url("postgresql+psycopg2://desk@/news")


def test_a_malformed_location_is_not_repeated() -> None:
    with pytest.raises(LibraryError, match="not a library location") as refused:
        location_url(f"postgresql+psycopg://desk:{SECRET}@db.example:port/news")
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize("host", ["db.example.org", "10.0.0.5", "[2001:db8::1]"])
def test_another_machine_needs_verify_full_before_anything_connects(host: str) -> None:
    for mode in ("", "?sslmode=require", "?sslmode=verify-ca"):
        with pytest.raises(LibraryError, match="sslmode=verify-full") as refused:
            Library.open(f"postgresql+psycopg://desk:{SECRET}@{host}/news{mode}")
        assert SECRET not in str(refused.value) and "desk:***@" in str(refused.value)


def test_this_machine_needs_no_tls() -> None:
    for host in ("localhost", "127.0.0.1", "::1", "127.8.9.10", "/run/postgresql", ""):
        assert is_local_host(host), host
    for host in ("db", "192.168.1.2", "localhost.example.org"):
        assert not is_local_host(host), host


def test_without_psycopg_a_postgresql_location_says_what_to_install(tmp_path: Path) -> None:
    """A real `editorial` process in which psycopg cannot be imported."""
    program = (
        "import sys; sys.modules['psycopg'] = None; from editorial.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    location = f"postgresql+psycopg://desk:{SECRET}@/news?host={tmp_path}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", program, "--library", location, "list"],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "pip install 'editorial[postgresql]'" in done.stderr and SECRET not in done.stderr


def test_a_host_chosen_by_pghost_or_a_service_file_needs_verify_full_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[newsroom]\nhost=db.example.org\ndbname=news\n\n"
        "[checked]\nhost=db.example.org\nsslmode=verify-full\n\n[here]\nhost=/run/postgresql\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    for location in ("postgresql+psycopg:///?service=newsroom", "postgresql+psycopg:///news"):
        monkeypatch.setenv("PGHOST", "db.example.org" if "service" not in location else "")
        with pytest.raises(LibraryError, match=r"\(db\.example\.org\).*sslmode=verify-full"):
            check_transport(location_url(location))
    monkeypatch.delenv("PGHOST")
    check_transport(location_url("postgresql+psycopg:///?service=checked"))
    check_transport(location_url("postgresql+psycopg:///?service=here"))
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    check_transport(location_url("postgresql+psycopg:///?service=newsroom"))
