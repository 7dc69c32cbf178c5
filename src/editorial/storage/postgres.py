"""A shared library on a PostgreSQL server: who may connect, and how writers take turns.

- The driver is psycopg 3 (`postgresql+psycopg://`; a bare `postgresql://` means it too).
  It is optional: a PostgreSQL location without it says what to install.
- The password is never shown: a location is always rendered with it masked (in the URL's
  user part or its query). It may come from the system keyring (handed in by the caller),
  libpq's `.pgpass` or service file, or `PGPASSWORD`; libpq finds the last ones itself.
- Anything that is not this machine (loopback, a Unix socket) needs TLS with the server's
  certificate and name checked: `sslmode=verify-full`. It is checked before connecting for
  the host the URL names, and on every new connection for where libpq actually went (a
  service file or `PGHOST` can name the host instead of the URL).
- Writers take turns as SQLite's do: every write transaction first takes one
  transaction-scoped advisory lock, so a store's read-then-write is never interleaved with
  another's (the same guarantee as SQLite's `BEGIN IMMEDIATE`); readers never wait. The
  outbox's claims are the exception: they lock only the endpoint they claim for
  (`SELECT … FOR UPDATE SKIP LOCKED`), so workers on several machines send in parallel.
"""

from __future__ import annotations

import configparser
import importlib
import ipaddress
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import URL

from editorial.domain.errors import LibraryError

DRIVER = "psycopg"
INSTALL_HINT = "pip install 'editorial[postgresql]' (or: pip install 'psycopg[binary]')"
# The advisory lock every write transaction takes first (any constant: one per database).
WRITE_LOCK_KEY = 0x6564_6974  # "edit"
SECRET_QUERY_KEYS = frozenset({"password", "sslpassword"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_postgresql(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def normalised(url: URL) -> URL:
    """`postgresql://` (no driver named) as `postgresql+psycopg://`; another driver is
    refused (the application is tested on psycopg 3 only)."""
    driver = url.get_driver_name()
    if url.drivername == "postgresql":
        return url.set(drivername=f"postgresql+{DRIVER}")
    if driver != DRIVER:
        raise LibraryError(
            f"Editorial speaks to PostgreSQL through psycopg 3: write the location as "
            f"postgresql+psycopg://… (not {url.drivername}://…)."
        )
    return url


def shown(url: URL) -> str:
    """The location as it may be shown anywhere: the password masked, wherever it was."""
    masked = url
    for key in SECRET_QUERY_KEYS & set(url.query):
        masked = masked.update_query_dict({key: "***"})
    return masked.render_as_string(hide_password=True)


def check_driver() -> None:
    try:
        importlib.import_module(DRIVER)
    except ImportError:
        raise LibraryError(
            "A library on PostgreSQL needs the psycopg driver, which is not installed: "
            f"{INSTALL_HINT}."
        ) from None


def _query(url: URL, key: str) -> str | None:
    value = url.query.get(key)
    return value if isinstance(value, str) else (value[-1] if value else None)


def _service(url: URL) -> dict[str, str]:
    """The connection service the location names (`?service=NAME`, or PGSERVICE), as
    libpq reads it from PGSERVICEFILE or ~/.pg_service.conf: what it says of the host and
    sslmode. (The system-wide file is libpq's alone; the check after connecting covers it.)"""
    name = _query(url, "service") or os.environ.get("PGSERVICE")
    if not name:
        return {}
    file = Path(os.environ.get("PGSERVICEFILE") or Path.home() / ".pg_service.conf")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return {}
    return dict(parser[name]) if parser.has_section(name) else {}


def _hosts(url: URL) -> list[str]:
    """The hosts a connection would go to, as far as they can be known before it is made:
    the URL's host part, libpq's `host` in its query, else its service's, else PGHOST;
    empty when nothing names one (libpq then takes its Unix socket)."""
    named: list[str] = []
    if url.host:
        named.append(url.host)
    query_host = url.query.get("host")
    for value in (query_host,) if isinstance(query_host, str) else (query_host or ()):
        named.extend(part for part in value.split(",") if part)
    if not named:
        given = _service(url).get("host") or os.environ.get("PGHOST", "")
        named.extend(part for part in given.split(",") if part)
    return named


def is_local_host(host: str) -> bool:
    """A Unix socket's folder, or this machine over loopback."""
    if not host or host.startswith("/") or host.startswith("@") or host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _sslmode(url: URL) -> str:
    return _query(url, "sslmode") or _service(url).get("sslmode") or os.environ.get("PGSSLMODE", "")


def check_transport(url: URL) -> None:
    """Before connecting: a host that is not this machine needs `sslmode=verify-full`."""
    remote = [host for host in _hosts(url) if not is_local_host(host)]
    if remote and _sslmode(url) != "verify-full":
        raise LibraryError(_tls_message(shown(url), remote[0]))


def _tls_message(location: str, host: str) -> str:
    return (
        f"The library {location} is on another machine ({host}): Editorial connects to it "
        "only over TLS with the server's certificate checked. Add sslmode=verify-full to the "
        "location (…?sslmode=verify-full; the CA certificate in ~/.postgresql/root.crt or "
        "sslrootcert=FILE)."
    )


def check_connection(dbapi_connection: Any, location: str) -> None:
    """On each new connection: where libpq actually went (a service file or PGHOST may
    have chosen the host) must be this machine, or reached with verify-full."""
    info = dbapi_connection.info
    host = str(info.host or "")
    if is_local_host(host) or (info.hostaddr and is_local_host(str(info.hostaddr))):
        return
    if info.get_parameters().get("sslmode") != "verify-full":
        dbapi_connection.close()
        raise LibraryError(_tls_message(location, host))


def connect_args(password: str | None) -> dict[str, Any]:
    """What the driver gets besides the URL: a password from the keyring (never in the URL,
    so never in anything that renders the URL)."""
    return {"password": password} if password else {}


def take_write_lock(connection: Connection) -> None:
    """The turn of this write transaction (released when it commits or rolls back)."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def keyring_user(url: URL) -> str:
    """The name a library's password is kept under in the system keyring: the server, the
    database and the role, without anything secret (`postgresql://desk@db:5432/newsroom`)."""
    port = f":{url.port}" if url.port else ""
    host = url.host or ",".join(_hosts(url)) or "local"
    return f"postgresql://{url.username or ''}@{host}{port}/{url.database or ''}"
