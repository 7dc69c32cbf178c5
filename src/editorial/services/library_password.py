"""A shared library's password, kept in the system keyring (as endpoint secrets are,
under the service `org.editorial.Editorial`), by the server, database and role it opens
(`postgresql://desk@db.example:5432/newsroom`), never in the location, the settings or
anything printed. A location without a password takes it from there; when the keyring
has none (or there is no keyring), libpq looks in `~/.pgpass`, the service file and
`PGPASSWORD` itself.
"""

from __future__ import annotations

from editorial.domain.errors import BadInput
from editorial.storage import postgres
from editorial.storage.engine import location_url
from editorial.sync.credentials import KeyringUnavailable, SecretStore, check_secret


def _keyring_name(location: str) -> str | None:
    """The keyring's name for a PostgreSQL location without a password of its own."""
    if "://" not in location:
        return None
    url = location_url(location)
    if not postgres.is_postgresql(url) or url.password:
        return None
    return postgres.keyring_user(url)


def password_for(location: str, store: SecretStore | None = None) -> str | None:
    """The keyring's password for this library, or None (libpq looks further itself)."""
    name = _keyring_name(location)
    if name is None:
        return None
    try:
        return (store or SecretStore()).get(name)
    except KeyringUnavailable:
        return None  # .pgpass and the service file still work without a keyring


def keep_password(location: str, password: str, store: SecretStore | None = None) -> str:
    """Keep a PostgreSQL library's password in the keyring; returns the name it is kept
    under. The location itself must not hold one (it would be shown and kept elsewhere)."""
    name = password_name(location)
    if not password.strip():  # check_secret's word for it names endpoints' --secret-stdin
        raise BadInput("The password is empty: type it when asked, or give it on standard "
                       "input.")  # fmt: skip
    (store or SecretStore()).set(name, check_secret(password))
    return name


def password_name(location: str) -> str:
    """The keyring's name for a location that may have a password kept; `BadInput` for
    one that may not (a file, another database, a location holding a password)."""
    if "://" not in location:
        raise BadInput("Only a library on a database server has a password; give its "
                       "location (--library postgresql+psycopg://ROLE@HOST/DATABASE).")  # fmt: skip
    url = location_url(location)
    if not postgres.is_postgresql(url):
        raise BadInput("Only a library on PostgreSQL has a password kept in the keyring.")
    if url.password or postgres.SECRET_QUERY_KEYS & set(url.query):
        raise BadInput("Give the location without its password; the password goes on "
                       "standard input.")  # fmt: skip
    return postgres.keyring_user(url)


def forget_password(location: str, store: SecretStore | None = None) -> bool:
    name = _keyring_name(location)
    if name is None:
        raise BadInput("That location has no password kept in the keyring.")
    return (store or SecretStore()).delete(name)
