"""Reading a configuration file someone may have edited (the preferences, a house style,
IT's machine-wide settings) without hanging: opened without waiting, as a FIFO with no
writer would block `open` for ever, and refused unless it is a regular file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

NOT_A_FILE = "not a file but a pipe, socket or device"


def read_config_text(path: Path) -> str:
    """The file's text (UTF-8). A folder, FIFO, socket or device is an `OSError` saying
    so; a missing file is `FileNotFoundError`; bytes that are not UTF-8 are
    `UnicodeDecodeError`, as `Path.read_text` would raise."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, NOT_A_FILE, str(path))
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    with open(descriptor, encoding="utf-8") as handle:
        return handle.read()
