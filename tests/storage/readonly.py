"""Making a folder read-only for everyone, root included."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def make_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return
    done = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount as root here: {done.stderr.decode().strip()}")
    subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)


def undo_read_only(folder: Path, *, lazy: bool = False) -> None:
    """`lazy`: files still open on the read-only mount stay on it; what opens them again
    finds the writable folder (what a disk made writable again looks like to a program
    that kept a library open)."""
    if os.geteuid() != 0:
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    else:
        subprocess.run(["umount", *(["-l"] if lazy else []), str(folder)], check=False)
