"""Real locales for the tests that prove Editorial ignores the desktop's: tests/run.sh
generates en_US.UTF-8, ru_RU.UTF-8 and de_DE.UTF-8 (Debian `locales`), so on CI a missing
one is a failure; elsewhere the test is skipped with what to install."""

from __future__ import annotations

import locale
import os

import pytest

TEST_LOCALES = ("en_US.UTF-8", "ru_RU.UTF-8", "de_DE.UTF-8")


def locale_available(name: str) -> bool:
    before = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_ALL, before)
    return True


def require_locale(name: str) -> str:
    """`name`, or a skip (a failure under CI) when the system cannot switch to it."""
    if not locale_available(name):
        message = (
            f"the {name} locale is not installed (Debian: apt-get install locales, enable it "
            "in /etc/locale.gen, run locale-gen; tests/run.sh does this as root)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return name
