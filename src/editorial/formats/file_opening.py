"""Opening an import file safely: only a regular, non-empty file, opened without waiting
(a FIFO would block `open` for ever), refused above the size its format may have, and read
with any failure said as a `FormatError` naming the file (messages marked for
translation, context "ImportErrors").
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from editorial.domain.translatable import QT_TRANSLATE_NOOP, MessageText
from editorial.formats.errors import FormatError, problem


def refuse_size(path: str | os.PathLike[str], size: int, kind: str, limit: int) -> None:
    if size > limit:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the file is {size}; the largest {kind} file imported is {limit}"
        ), size=_megabytes(size), kind=kind, limit=_megabytes(limit)))  # fmt: skip


@contextmanager
def opened_file(path: str | os.PathLike[str]) -> Iterator[tuple[BinaryIO, int]]:
    """The file open for reading, and its size. Opened without waiting (a FIFO with no
    writer would block `open` for ever) and refused unless it is a regular file, judged
    on the open file itself so that nothing can swap it after the check."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        no_file = problem(QT_TRANSLATE_NOOP("ImportErrors", "no such file"))
        raise FormatError(path, no_file) from None
    except OSError as error:
        raise FormatError(path, cannot_be_read(error)) from None
    except ValueError:  # a NUL in the name; no file is called that
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "no such file (the name holds a NUL character)"
        ))) from None  # fmt: skip
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "this is a folder, not a file"
            )))  # fmt: skip
        if not stat.S_ISREG(info.st_mode):
            raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                "ImportErrors",
                "not a file but a pipe, socket or device; Editorial reads stories from files",
            )))  # fmt: skip
        if info.st_size == 0:
            raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "the file is empty"
            )))  # fmt: skip
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as handle:
        yield handle, info.st_size


def read_bytes(handle: BinaryIO, path: str | os.PathLike[str], size: int) -> bytes:
    try:
        return handle.read(size)
    except OSError as error:
        raise FormatError(path, cannot_be_read(error)) from None


def cannot_be_read(error: OSError) -> MessageText:
    return problem(
        QT_TRANSLATE_NOOP("ImportErrors", "cannot be read: {detail}"),
        detail=str(error.strerror or error),
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"
