"""Endpoint secrets (a push endpoint's shared secret, a WordPress application password)
in the system keyring through `keyring`: the Secret Service on Linux, the Keychain on
macOS, the Credential Locker on Windows. Nowhere else: not the library, not the settings,
not a log, not an exception's message (nothing here ever puts a secret in one).

Each secret is kept under the service `org.editorial.Editorial` with the endpoint's name
as the user name.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from editorial.app_log import register_secret
from editorial.domain.errors import BadInput, EditorialError

SERVICE = "org.editorial.Editorial"
_MAX_SECRET = 4096


class KeyringUnavailable(EditorialError):
    """No system keyring can be used here (none installed, no session bus, locked)."""


class SecretMissing(EditorialError):
    """The keyring has no secret for an endpoint."""


class SecretStore:
    """The endpoints' secrets, by endpoint name."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def __repr__(self) -> str:
        return f"SecretStore({self._service!r})"

    def set(self, endpoint: str, secret: str) -> None:
        secret = check_secret(secret)
        register_secret(secret)  # masked in the log should anything ever quote it
        try:
            keyring.set_password(self._service, endpoint, secret)
        except Exception as error:  # any backend's failure, said without the secret
            raise _unavailable(error, secret) from None

    def get(self, endpoint: str) -> str | None:
        try:
            secret = keyring.get_password(self._service, endpoint)
        except Exception as error:
            raise _unavailable(error) from None
        if secret:
            register_secret(secret)
        return secret

    def require(self, endpoint: str) -> str:
        secret = self.get(endpoint)
        if not secret:
            raise SecretMissing(
                f"The system keyring holds no secret for the endpoint {endpoint!r}; add the "
                "endpoint again (editorial endpoint add … --secret-stdin)."
            )
        return secret

    def delete(self, endpoint: str) -> bool:
        """Forget an endpoint's secret; False when there was none."""
        try:
            keyring.delete_password(self._service, endpoint)
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as error:
            raise _unavailable(error) from None
        return True


def check_secret(secret: str) -> str:
    """A secret as given on standard input: one line, its line ending dropped."""
    text = secret.removesuffix("\n").removesuffix("\r")
    if not text.strip():
        raise BadInput("The secret is empty: give it on standard input (--secret-stdin).")
    if "\n" in text or "\r" in text or "\x00" in text:
        raise BadInput("The secret must be one line, without NUL characters.")
    if len(text) > _MAX_SECRET:
        raise BadInput(f"The secret is longer than {_MAX_SECRET} characters.")
    return text


def _unavailable(error: Exception, secret: str = "") -> KeyringUnavailable:
    why = str(error)
    if secret:  # no backend puts it in a message, but a message never gets to show it
        why = why.replace(secret, "…")
    why = " ".join(why.split()) or type(error).__name__
    why = why if len(why) <= 200 else why[:199] + "…"
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith("disabled:"):
        why = f"there is no D-Bus session bus; {why}"
    return KeyringUnavailable(
        f"The system keyring cannot be used ({why}). Editorial keeps endpoint secrets only "
        "there: on Linux run a Secret Service (GNOME Keyring, KeePassXC) in a session with "
        "D-Bus; macOS and Windows have one built in."
    )
