"""shiboken's support code and patterns compiled once and kept
(`ui/shell/shiboken_code_cache.py`, `shiboken_patterns.py`): the code kept is the code
`compile` makes, with the flags it would have inherited, and a pattern kept is the
pattern `re` makes; anything else is compiled as before; a damaged cache is not used;
and PySide6 started from the cache behaves as one that compiled its code (in real
processes)."""

from __future__ import annotations

import builtins
import json
import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from editorial.ui.shell.shiboken_code_cache import (
    BUILD,
    CACHE_FILE,
    Kept,
    keeping_compile,
    read_kept,
    shibokens,
    write_kept,
)
from editorial.ui.shell.shiboken_patterns import Patterns, keeping_patterns
from tests.time_limit import within
from tests.ui.test_startup import process_env

NAME = "shibokensupport/example.py"
SOURCE = b"def f(x: int) -> None:\n    pass\n"


def call_from_plain_code(function: Any, *args: Any) -> Any:
    """`function(*args)` called from code without any __future__ flag."""
    namespace = {"function": function, "args": args}
    exec(builtins.compile("result = function(*args)", "<plain>", "exec", 0, True), namespace)
    return namespace["result"]


def new_compile() -> tuple[Any, Kept, Kept, dict[str, int]]:
    kept: Kept = {}
    made: Kept = {}
    counts = {"kept": 0, "compiled": 0}
    return keeping_compile(builtins.compile, kept, made, counts), kept, made, counts


def annotation_of(code: Any) -> object:
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    return namespace["f"].__annotations__["x"]


def test_a_source_of_shibokens_is_kept_and_answered_from_the_cache() -> None:
    compile_, kept, made, counts = new_compile()
    first = compile_(SOURCE, NAME, "exec")
    assert made[NAME][1:] == (SOURCE, first) and counts == {"kept": 0, "compiled": 1}
    kept.update(made)
    assert compile_(SOURCE, NAME, "exec") is first
    assert counts == {"kept": 1, "compiled": 1}
    changed = compile_(SOURCE + b"g = 1\n", NAME, "exec")  # another PySide6 release
    assert changed is not first and counts["compiled"] == 2


def test_the_flags_are_the_callers_as_compile_inherits_them() -> None:
    compile_, kept, made, _ = new_compile()
    # Called from this module (`from __future__ import annotations`): strings.
    assert annotation_of(compile_(SOURCE, NAME, "exec")) == "int"
    assert annotation_of(builtins.compile(SOURCE, NAME, "exec")) == "int"
    kept.update(made)
    # From code without it: the kept code is not the answer; the type itself, as
    # compile gives it there.
    assert annotation_of(call_from_plain_code(compile_, SOURCE, NAME, "exec")) is int
    assert annotation_of(call_from_plain_code(builtins.compile, SOURCE, NAME, "exec")) is int


def test_other_sources_and_calls_are_compiled_as_before_and_not_kept() -> None:
    compile_, _, made, counts = new_compile()
    for args in [(SOURCE, "other.py", "exec"), (SOURCE, NAME, "exec", 0),
                 (SOURCE, NAME, "exec", 0, False, 2)]:  # fmt: skip
        ours = call_from_plain_code(compile_, *args)
        theirs = call_from_plain_code(builtins.compile, *args)
        assert ours == theirs and annotation_of(ours) is int
    told = compile_(SOURCE, "other.py", "exec", dont_inherit=True)
    assert annotation_of(told) is int  # dont_inherit kept: not this module's flag
    tree = compile_("1 + 2", "other.py", "eval", flags=0x400, dont_inherit=False)  # ONLY_AST
    assert type(tree).__name__ == "Expression"
    assert made == {} and counts == {"kept": 0, "compiled": 0}


VERBOSE = r"""
    (?P<name> \w+ )      # a name
    \s* = \s* (\d+)     # its value
"""


def compile_from(filename: str, *args: Any) -> Any:
    """`re.compile(*args)` called by code of the file `filename`."""
    namespace = {"re": re, "args": args}
    exec(builtins.compile("result = re.compile(*args)", filename, "exec"), namespace)
    return namespace["result"]


def test_a_pattern_of_shibokens_is_kept_as_re_compiles_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept: Patterns = {}
    made: Patterns = {}
    counts = {"patterns kept": 0, "patterns compiled": 0}
    theirs = re.compile(VERBOSE, re.VERBOSE)
    monkeypatch.setattr(re, "_compile", keeping_patterns(re._compile, kept, made, counts,
                                                         shibokens))  # fmt: skip
    first = compile_from(NAME, VERBOSE, re.VERBOSE)
    assert first == theirs and list(made) == [(VERBOSE, int(re.VERBOSE))]
    kept.update(made)
    again = compile_from(NAME, VERBOSE, re.VERBOSE)
    assert again == theirs and again.groupindex == {"name": 1} and again.groups == 2
    assert again.match("width = 12").groups() == ("width", "12")
    assert counts == {"patterns kept": 1, "patterns compiled": 1}
    kept[(VERBOSE, int(re.VERBOSE))] = (VERBOSE, 0, [999], 0, {}, ())  # not _sre's code
    assert compile_from(NAME, VERBOSE, re.VERBOSE) == theirs
    assert counts == {"patterns kept": 1, "patterns compiled": 2}
    # Another file's pattern, a pattern of bytes, re's debugging output: re's alone.
    assert compile_from("other.py", VERBOSE, re.VERBOSE) == theirs
    assert compile_from(NAME, b"a+b") == re.compile(b"a+b")
    assert compile_from(NAME, "a(b)", re.IGNORECASE) == re.compile("a(b)", re.IGNORECASE)
    assert len(made) == 2 and counts["patterns compiled"] == 3  # the last one, kept too


def test_a_missing_damaged_or_foreign_cache_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    assert read_kept(path) == ({}, {})
    path.write_bytes(b"not marshal data")
    assert read_kept(path) == ({}, {})
    code = builtins.compile(SOURCE, NAME, "exec")
    path.write_bytes(marshal.dumps(("another python", {NAME: (0, SOURCE, code)}, {})))
    assert read_kept(path) == ({}, {})
    arguments = ("a", 32, [1, 2], 0, {}, ())
    write_kept(path, {NAME: (0, SOURCE, code)}, {("a", 0): arguments})
    assert read_kept(path) == ({NAME: (0, SOURCE, code)}, {("a", 0): arguments})
    assert marshal.loads(path.read_bytes())[0] == BUILD
    assert [p.name for p in tmp_path.iterdir()] == [CACHE_FILE]  # no partial file left


def test_a_fifo_a_folder_or_a_huge_file_in_its_place_is_passed_by(tmp_path: Path) -> None:
    """Nothing at the cache's name holds the start up: a FIFO with no writer would block
    an ordinary open for ever."""
    import os

    from editorial.ui.shell.shiboken_code_cache import MAX_CACHE_BYTES

    fifo = tmp_path / "fifo" / CACHE_FILE
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    with within(5):  # an ordinary open of it waits for a writer for ever
        assert read_kept(fifo) == ({}, {})
    folder = tmp_path / "folder" / CACHE_FILE
    folder.mkdir(parents=True)
    assert read_kept(folder) == ({}, {})
    huge = tmp_path / "huge" / CACHE_FILE
    huge.parent.mkdir()
    code = builtins.compile(SOURCE, NAME, "exec")
    huge.write_bytes(marshal.dumps((BUILD, {NAME: (0, SOURCE, code)}, {})))
    assert read_kept(huge)[0]  # readable as written
    with open(huge, "ab") as grown:
        grown.truncate(MAX_CACHE_BYTES + 1)  # sparse: no disk spent
    assert read_kept(huge) == ({}, {})
    write_kept(fifo, {NAME: (0, SOURCE, code)}, {})  # the FIFO replaced by a real cache
    assert read_kept(fifo)[0]


# A process importing PySide6 as the window does (or, with "plain", as a bare script
# does), then: how the cache answered, PySide6's message for a call with wrong
# arguments (its signature support at work), and whether each code kept is the code
# compile makes of its source now.
CHILD = """
import builtins, json, sys
from pathlib import Path
if sys.argv[1] == "window":
    import editorial.ui
    from editorial.ui.shell.shiboken_code_cache import last_counts, read_kept
    counts = dict(last_counts)
else:
    import PySide6.QtCore
    from editorial.ui.shell.shiboken_code_cache import read_kept
    counts = {}
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
try:
    QWidget().resize("wide")
except TypeError as error:
    message = str(error)
import _sre, re
kept, patterns = read_kept(Path(sys.argv[2]))
same = all(builtins.compile(source, name, "exec", flags, True) == code
           for name, (flags, source, code) in kept.items())
same = same and all(_sre.compile(*arguments) == re.compile(*key)
                    for key, arguments in patterns.items())
print(json.dumps([counts, message, same, sorted(kept) + [str(len(patterns))]]))
"""


def start(how: str, tmp_path: Path) -> tuple[dict[str, int], str, bool, list[str]]:
    cache = tmp_path / "cache"
    env = process_env(tmp_path, XDG_CACHE_HOME=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, how, str(cache / "editorial" / CACHE_FILE)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    counts, message, same, names = json.loads(done.stdout.splitlines()[-1])
    return counts, message, same, names


def test_pyside_started_from_the_cache_answers_as_one_that_compiled(tmp_path: Path) -> None:
    first = start("window", tmp_path)
    second = start("window", tmp_path)
    plain = start("plain", tmp_path)
    compiled, patterns = first[0]["compiled"], first[0]["patterns compiled"]
    assert compiled > 5 and first[0]["kept"] == 0  # shiboken's support modules
    assert patterns > 0 and first[0]["patterns kept"] == 0
    assert second[0] == {"kept": compiled, "compiled": 0, "patterns kept": patterns,
                         "patterns compiled": 0}  # fmt: skip
    assert "signature_bootstrap.py" in second[3] and len(second[3]) == compiled + 1
    assert second[3][-1] == str(patterns)
    assert second[2]  # each code kept is compile's, each pattern re's
    assert "Supported signatures" in plain[1]
    assert first[1] == second[1] == plain[1]
