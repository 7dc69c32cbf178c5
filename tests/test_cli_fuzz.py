"""Whatever it is given, the command line answers in words: arbitrary bytes, JSON, ninjs
items and front matter to `import` and `check`, arbitrary arguments to every command.
A run fails the test when any exception but SystemExit escapes `main`, when stderr shows
a traceback or an internal error, or when it takes longer than `SECONDS_PER_RUN`.

In process (`editorial.cli.main` on one temporary library) for speed, with a bounded
number of examples and a fixed seed so that CI stays quick and repeatable; the hangs that
only a real process shows (a FIFO, one 1 MB line, deep JSON) run as real processes.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial.cli import main
from tests.time_limit import within as time_limit

SECONDS_PER_RUN = 10.0
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the same examples on every run: a CI failure reproduces
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SUFFIXES = (".json", ".jsonl", ".md", ".txt", "", ".bin")
NINJS_FIELDS = (
    "uri", "guid", "version", "versioncreated", "firstcreated", "contentcreated", "urgency",
    "headline", "headlines", "slugline", "by", "byline", "bylines", "located",
    "datelinelocation", "descriptions", "description_text", "description_html", "body_text",
    "body_html", "bodies", "subjects", "subject", "keywords", "language", "embargoed",
    "pubstatus", "ednote", "altids", "place", "type", "profile",
)  # fmt: skip
FRONT_MATTER_FIELDS = (
    "uri", "headline", "title", "slug", "bylines", "author", "dateline", "lede", "summary",
    "language", "urgency", "keywords", "tags", "subjects", "embargo", "note", "status",
    "version", "created_at", "updated_at",
)  # fmt: skip


def run_cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """`main(argv)` as the shell would see it, failing on anything but words."""
    started = time.monotonic()
    try:
        with time_limit(SECONDS_PER_RUN):
            code = main(argv)
    except SystemExit as leaving:  # argparse: usage errors (2), --help (0)
        code = leaving.code if isinstance(leaving.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, (argv, err)
    assert time.monotonic() - started < SECONDS_PER_RUN
    assert not err or err.startswith(("editorial: ", "usage: ")), (argv, err)
    for line in err.splitlines():
        assert not any((ord(c) < 0x20 and c != "\t") or 0x7F <= ord(c) <= 0x9F for c in line), line
    return code, out, err


@pytest.fixture(scope="module", autouse=True)
def one_parser() -> Iterator[None]:
    """`main` builds its argparse parser at every call: a third of an in-process run.
    The parser it builds is the same every time and parsing leaves nothing in it, so
    here it is built once for the module and every run parses with it."""
    import editorial.cli

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(editorial.cli, "build_parser", functools.cache(editorial.cli.build_parser))
        yield


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """(library, folder for files): one library for the module, with a few stories."""
    folder = tmp_path_factory.mktemp("fuzz")
    library = str(folder / "desk.sqlite")
    for headline in ("Quake hits eastern Turkey", "Markets fall"):
        assert main(["--library", library, "new", "--headline", headline]) == 0
    return library, folder


counter = iter(range(10**9))


def import_and_check(
    capsys: pytest.CaptureFixture[str], desk: tuple[str, Path], content: bytes, suffix: str
) -> None:
    library, folder = desk
    path = folder / f"input-{next(counter)}{suffix}"
    path.write_bytes(content)
    for command in ("import", "check"):
        code, _, _ = run_cli(capsys, ["--library", library, command, str(path)])
        assert code in (0, 1)
    code, _, _ = run_cli(capsys, ["--library", library, "import", "--json", str(path), str(path)])
    assert code in (0, 1)


# JSON values as wire feeds get them wrong: huge and infinite numbers, halves of UTF-16
# pairs, controls, every type where another is expected, nesting.
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**63 - 2, max_value=2**90),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.text(st.characters(categories=("Cs", "Cc", "Zl", "Zp")), max_size=8),
    st.sampled_from(["2024-02-30", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+01:00",
                     "<img src=x>", "1" * 5000, "", " ", "medtop:20000000"]),
)  # fmt: skip
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(NINJS_FIELDS), st.text(max_size=10)), children, max_size=4
        ),
    ),
    max_leaves=12,
)
ninjs_items = st.dictionaries(st.sampled_from(NINJS_FIELDS), json_values, max_size=10)


def as_json(value: Any) -> str:
    return json.dumps(value)  # \ud800 escapes, Infinity and NaN as Python writes them


wire_words = st.sampled_from([
    "ANKARA,", "November 18", "(RIA Novosti)", "-", "—", "By", "JOHN SMITH", "Subscribe",
    "Share", "©", "2008", "said.", "Москва,", "18 ноября", "\n", "\n\n", "# ", "> ", "1. ",
    "[link](http://x)", "`", "\x1b[31m", "\u202e", "\x85", "café", "e\u0301",
])  # fmt: skip


@FUZZ
@given(
    content=st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.lists(st.one_of(wire_words, st.text(max_size=12)), max_size=80).map(
            lambda words: " ".join(words).encode("utf-8", "surrogatepass")
        ),
    ),
    suffix=st.sampled_from(SUFFIXES),
)
def test_arbitrary_bytes_and_text(
    capsys: pytest.CaptureFixture[str], desk: tuple[str, Path], content: bytes, suffix: str
) -> None:
    import_and_check(capsys, desk, content, suffix)


@FUZZ
@given(
    document=st.one_of(
        json_values.map(as_json),
        st.lists(ninjs_items, min_size=1, max_size=3).map(as_json),
        st.lists(ninjs_items, min_size=1, max_size=3).map(
            lambda items: "\n".join(json.dumps(i) for i in items)
        ),
        st.integers(500, 100_000).map(lambda depth: "[" * depth + "]" * depth),
        st.integers(500, 100_000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
        st.integers(4300, 20_000).map(lambda digits: '{"version": ' + "9" * digits + "}"),
    ),
    suffix=st.sampled_from((".json", ".jsonl", "")),
)
def test_arbitrary_json_and_ninjs(
    capsys: pytest.CaptureFixture[str], desk: tuple[str, Path], document: str, suffix: str
) -> None:
    import_and_check(capsys, desk, document.encode("utf-8", "surrogatepass"), suffix)


yaml_values = st.recursive(
    st.one_of(scalars.filter(lambda v: not isinstance(v, str) or v.isprintable())),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(("city", "date", "country", "name", "role")), children, max_size=3
        ),
    ),
    max_leaves=8,
)
raw_front_lines = st.sampled_from([
    "dateline:\n  date: 2024-02-30", "created_at: 2024-13-01 10:00", "urgency: .inf",
    "version: 0x7fffffffffffffffff", "a: &a [1, 2]\nb: &b [*a, *a, *a]\nkeywords: *b",
    "headline: !!binary zzz", "headline: [", "? [a, b]\n: c", "<<: {headline: x}",
    "headline: " + "[" * 3000, "embargo: 2024-02-30T10:00:00",
])  # fmt: skip


@FUZZ
@given(
    front=st.one_of(
        st.dictionaries(st.sampled_from(FRONT_MATTER_FIELDS), yaml_values, max_size=6).map(
            lambda meta: yaml.safe_dump(meta, allow_unicode=True)
        ),
        raw_front_lines,
        st.text(max_size=200),
    ),
    body=st.text(max_size=300),
)
def test_arbitrary_front_matter(
    capsys: pytest.CaptureFixture[str], desk: tuple[str, Path], front: str, body: str
) -> None:
    document = f"---\n{front}\n---\n{body}"
    import_and_check(capsys, desk, document.encode("utf-8", "surrogatepass"), ".md")


COMMANDS = (
    "list", "show", "new", "render", "import", "export", "check", "submit", "approve", "return",
    "spike", "restore", "correct", "kill", "history", "profile", "endpoint", "sync", "outbox",
    "resend", "preflight", "send", "search", "backup", "check-library", "library-password",
)  # fmt: skip
TOKENS = (
    *COMMANDS, "--json", "--trash", "--headline", "--note", "--format", "ninjs", "markdown", "html",
    "add", "list", "remove", "test", "--kind", "ninjs-push", "wordpress", "--url", "--user",
    "--secret-stdin", "--wait", "--timeout", "--story", "--to", "http://127.0.0.1:9/x", "https://x.org/",
    "web", "auto", "-o", "--output", "-h", "1", "2", "0", "-1", "999999", str(2**63),
    str(2**80), "1e3", "²", "١", "", " ", "-", "--", ".", "/", "/dev/null", "/dev/zero",
    "no/such/folder/out.json", "\x1b[31m", "\udcff", "\ud800", "add", "remove", "--initials",
    "--role", "reporter", "copy-editor", "chief", "--limit", "--relevance", '"', "status:",
    "by:x", "date:2026-02-30", "urgency:0", "NEAR", "OR", "*", "-x", "--forget", "copy.sqlite",
)  # fmt: skip


def test_every_command_is_fuzzed() -> None:
    from editorial.cli import build_parser

    (commands,) = [a for a in build_parser()._actions if a.dest == "command"]
    assert set(COMMANDS) == set(commands.choices)  # type: ignore[arg-type]


@settings(FUZZ, max_examples=500)
@given(
    command=st.sampled_from(COMMANDS),
    rest=st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=6),
)
def test_arbitrary_arguments_to_every_command(
    capsys: pytest.CaptureFixture[str],
    desk: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    rest: list[str],
) -> None:
    library, folder = desk
    monkeypatch.chdir(folder)  # whatever an `-o` names lands here
    run_cli(capsys, ["--library", library, command, *rest])


# Real processes, for what only a real process shows: a hang, a crash of the interpreter.


def run_process(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "editorial", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    return result


def test_real_process_fifo_deep_json_and_one_long_line(tmp_path: Path) -> None:
    library = str(tmp_path / "desk.sqlite")
    fifo = tmp_path / "feed.json"
    os.mkfifo(fifo)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    long_markdown = tmp_path / "blob.md"
    long_markdown.write_text("---\nheadline: Blob\n---\n" + "=" * 1_000_000)
    long_json = tmp_path / "blob.json"
    long_json.write_text(json.dumps({"headline": "Blob", "body_text": "QUJD" * 250_000}))
    for command in ("import", "check"):
        result = run_process("--library", library, command, str(fifo))
        assert result.returncode == 1 and "not a file but a pipe" in result.stderr
        result = run_process("--library", library, command, str(deep))
        assert result.returncode == 1 and "nested too deeply" in result.stderr
    result = run_process("--library", library, "import", str(long_markdown), str(long_json))
    assert result.returncode == 0 and result.stdout.count("\tBlob\n") == 2, result.stderr
    for path in (long_markdown, long_json):
        result = run_process("--library", library, "check", str(path))
        assert result.returncode in (0, 1) and "blob" in result.stdout
