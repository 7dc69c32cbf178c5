"""A real small disk for the tests of a library that cannot be written: a tmpfs mounted
for the test (root only: CI runs as root; elsewhere the test is skipped, saying why, but
never under CI=true), which can be filled up or remounted read-only."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = "filler"


def require_root() -> None:
    if os.geteuid() != 0 or not _can_mount():
        reason = "mounting a small tmpfs needs root (and a system that lets it mount)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI runs as root, so this must work there")
        pytest.skip(reason)


def _can_mount() -> bool:
    return Path("/bin/mount").exists() or Path("/usr/bin/mount").exists()


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder` (made), unmounted afterwards."""
    require_root()
    folder.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> Path:
    """Fill the disk under `folder` to the last byte; returns the filler file."""
    filler = folder / FILLER
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0")  # the last partial block too
    return filler


def free(folder: Path) -> None:
    (folder / FILLER).unlink(missing_ok=True)


def remount(folder: Path, *, read_only: bool) -> None:
    """Make the disk read-only (no file on it may be open for writing) or writable."""
    _run("mount", "-o", "remount," + ("ro" if read_only else "rw"), str(folder))


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")
