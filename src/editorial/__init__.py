"""Editorial: a desktop workstation for news agencies and newsrooms."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("editorial")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
