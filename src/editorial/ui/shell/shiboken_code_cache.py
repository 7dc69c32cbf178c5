"""PySide6's own Python support code compiled once, not at every start.

Loading PySide6 runs shiboken's signature support: `signature_bootstrap.py` and the 13
`shibokensupport` modules, some 130 KB of Python kept as text inside shiboken's library,
not in files, so nothing keeps their compiled code as `__pycache__` keeps a module's.
Python compiles them again at every start: some 110 M instructions (~20 ms on the
machines of Dec 2026), a sixth of a bare PySide6 window's start.

`kept_compiled` keeps that code in the user's cache folder: while PySide6 is first
imported, `compile` answers a source of shiboken's (by its file name) that it compiled
before, on the same Python build, with the same text and the same future flags, with the
code kept; anything else is compiled as it would have been. Its regular expressions are
kept with it (`shiboken_patterns.py`). A cache that cannot be read is not used, and one
that cannot be written is not kept.
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import CodeType
from typing import Any

from editorial.ui.shell.shiboken_patterns import Patterns, keeping_patterns

# The interpreter the code was compiled by: marshal's format and the bytecode are its own.
BUILD = f"{sys.implementation.cache_tag} {sys.version}"
# The flags `compile` takes from its caller's code unless told not to (CPython's
# PyCF_MASK): the __future__ features still in effect.
FUTURE_FLAGS = 0
for _name in ("division", "absolute_import", "with_statement", "print_function",
              "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"):  # fmt: skip
    FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag
CACHE_FILE = "shiboken-code.marshal"
# What is kept is some 400 KB; anything much larger is not this cache.
MAX_CACHE_BYTES = 16 * 1024 * 1024

# A file name's flags, source and code.
Kept = dict[str, tuple[int, bytes | str, CodeType]]


def shibokens(filename: object) -> bool:
    return isinstance(filename, str) and (
        filename == "signature_bootstrap.py" or filename.startswith("shibokensupport/")
    )


def keeping_compile(
    original: Callable[..., Any], kept: Kept, made: Kept, counts: dict[str, int]
) -> Callable[..., Any]:
    """`compile` that answers shiboken's sources from `kept` (and puts what it compiles
    of them in `made`); any other call is `original`'s, with the flags it would have
    taken from its caller."""

    def compile(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
        inherited = _caller_future_flags()
        plain = isinstance(source, (str, bytes)) and mode == "exec" and not (args or kwargs)
        if not plain or not shibokens(filename):
            flags = args[0] if args else kwargs.pop("flags", 0)
            dont_inherit = args[1] if len(args) > 1 else kwargs.pop("dont_inherit", False)
            if not dont_inherit:  # what it inherits is its caller's (from here: ours)
                flags |= inherited
            return original(source, filename, mode, flags, True, *args[2:], **kwargs)
        entry = kept.get(filename)
        if entry is not None and entry[:2] == (inherited, source):  # bytes never equal a str
            counts["kept"] += 1
            return entry[2]
        code = original(source, filename, mode, inherited, True)
        made[filename] = (inherited, source, code)
        counts["compiled"] += 1
        return code

    return compile


def _caller_future_flags() -> int:
    try:
        caller = sys._getframe(2)  # compile's caller: above this helper and `compile`
    except ValueError:  # called from C with no Python frame: nothing to inherit
        return 0
    return caller.f_code.co_flags & FUTURE_FLAGS


def read_kept(path: Path) -> tuple[Kept, Patterns]:
    try:
        # Not blocking: a FIFO put in its place must not hold the start up; only a regular
        # file of a sensible size is read, whole (marshal.load(file) reads each string by
        # a call of its own).
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as file:
            found = os.fstat(file.fileno())
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_CACHE_BYTES:
                return {}, {}
            build, code, patterns = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if build != BUILD or not isinstance(code, dict) or not isinstance(patterns, dict):
        return {}, {}
    code = {
        name: entry
        for name, entry in code.items()
        if isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[2], CodeType)
    }
    patterns = {
        key: arguments
        for key, arguments in patterns.items()
        if isinstance(arguments, tuple) and len(arguments) == 6
    }
    return code, patterns


def write_kept(path: Path, code: Kept, patterns: Patterns) -> None:
    """Written whole under another name, then put in place: a reader never sees half."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as file:
            marshal.dump((BUILD, code, patterns), file)
        os.replace(partial, path)
    except (OSError, ValueError):
        with suppress(OSError):
            partial.unlink(missing_ok=True)


# How the last `kept_compiled` went: shiboken's sources and patterns answered from the
# cache, and compiled (then kept).
last_counts: dict[str, int] = {}


@contextmanager
def kept_compiled(folder: Path) -> Iterator[None]:
    """Around PySide6's first import: shiboken's code and patterns from `folder`'s
    cache, kept there when they had to be compiled."""
    path = folder / CACHE_FILE
    kept, kept_patterns = read_kept(path)
    made: Kept = {}
    made_patterns: Patterns = {}
    counts = last_counts
    counts.update({"kept": 0, "compiled": 0, "patterns kept": 0, "patterns compiled": 0})
    original, original_patterns = builtins.compile, re._compile  # type: ignore[attr-defined]
    builtins.compile = keeping_compile(original, kept, made, counts)
    re._compile = keeping_patterns(  # type: ignore[attr-defined]
        original_patterns, kept_patterns, made_patterns, counts, shibokens
    )
    try:
        yield
    finally:
        builtins.compile = original
        re._compile = original_patterns  # type: ignore[attr-defined]
        if made or made_patterns:
            write_kept(path, {**kept, **made}, {**kept_patterns, **made_patterns})
