"""shiboken's regular expressions compiled once, not at every start (see
`shiboken_code_cache.py`, which keeps them with its code).

shiboken's signature support compiles three long verbose patterns as it loads (its
signature parser's and its stub writer's), and Python's `re` compiles a pattern in
Python: some 120 M instructions (~13-20 ms) of every start, more than compiling the
rest of shiboken's code. What `re` makes of a pattern is the argument list it hands to `_sre`
at the end (`re._compiler.compile`): flags, a list of numbers, the groups. That list is
kept, and `_sre` given it again; `re` compiles anything else, and any pattern at all
on a Python whose `re` does not work so (then nothing is kept).
"""

from __future__ import annotations

import _sre as _sre_module
import re
import sys
from collections.abc import Callable
from typing import Any

_sre: Any = _sre_module  # the compiled patterns' C module (no types of its own)

# A pattern and its flags, and what `re` handed `_sre.compile` for them.
Patterns = dict[tuple[str, int], tuple[Any, ...]]


def keeping_patterns(
    original: Callable[[Any, Any], re.Pattern[Any]],
    kept: Patterns,
    made: Patterns,
    counts: dict[str, int],
    whose: Callable[[object], bool],
) -> Callable[[Any, Any], re.Pattern[Any]]:
    """`re._compile` (what re.compile, re.match, ... call) that answers the text
    patterns compiled by code from a file `whose` accepts from `kept`, and puts what it
    compiles of them in `made`; anything else is `original`'s."""

    def compile(pattern: Any, flags: Any) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or not whose(_callers_file()):
            return original(pattern, flags)
        flags = int(flags)  # a RegexFlag, as re._compile takes it
        if flags & re.DEBUG:
            return original(pattern, flags)
        arguments = kept.get((pattern, flags))
        if arguments is not None:
            try:
                answer: re.Pattern[Any] = _sre.compile(*arguments)
            except Exception:  # a cache not written by this code: compiled anew
                pass
            else:
                counts["patterns kept"] += 1
                return answer
        compiled, arguments = _compiled_with_arguments(pattern, flags)
        if arguments is not None:
            made[(pattern, flags)] = arguments
            counts["patterns compiled"] += 1
        return compiled if compiled is not None else original(pattern, flags)

    return compile


def _callers_file() -> str:
    try:  # above this helper and `compile`: re.compile (or re.match, ...), then its caller
        return sys._getframe(3).f_code.co_filename
    except ValueError:
        return ""


class _Recorder:
    """`_sre` as `re._compiler` sees it while one pattern is compiled: the calls are
    passed on, and the one for that pattern (the very string) noted."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.arguments: tuple[Any, ...] | None = None

    def compile(self, *arguments: Any) -> re.Pattern[Any]:
        if arguments and arguments[0] is self.pattern:
            self.arguments = arguments
        compiled: re.Pattern[Any] = _sre.compile(*arguments)
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _compiled_with_arguments(
    pattern: str, flags: int
) -> tuple[re.Pattern[Any] | None, tuple[Any, ...] | None]:
    """The pattern as `re` compiles it, with the arguments it gave `_sre.compile`, in
    the types marshal keeps (its opcodes are int subclasses); (None, None) when this
    Python's `re` is not as expected."""
    compiler: Any = getattr(re, "_compiler", None)
    if compiler is None or getattr(compiler, "_sre", None) is not _sre_module:
        return None, None
    recorder = _Recorder(pattern)
    compiler._sre = recorder
    try:
        compiled = compiler.compile(pattern, flags)
    finally:
        compiler._sre = _sre
    noted = recorder.arguments
    try:
        if noted is None or len(noted) != 6:
            return compiled, None
        text, all_flags, code, groups, groupindex, indexgroup = noted
        arguments = (text, int(all_flags), [int(n) for n in code], int(groups),
                     dict(groupindex), tuple(indexgroup))  # fmt: skip
    except (TypeError, ValueError):
        return compiled, None
    # Only what gives the very pattern compiled.
    return compiled, arguments if _sre.compile(*arguments) == compiled else None
