"""Editorial: a desktop workstation for news agencies and newsrooms.

`__version__` is looked up on first use: `importlib.metadata` costs some 35 ms of every
start, and the window shows its version only in the About box and a crash report."""

from __future__ import annotations

from functools import cache


@cache
def installed_version() -> str:
    """The installed distribution's version; `0.0.0+source` in a tree never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("editorial")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return installed_version()
    raise AttributeError(f"module 'editorial' has no attribute {name!r}")
