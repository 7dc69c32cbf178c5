"""What a new user tried that broke, each through the real command in a process of its
own: every case is one clear line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_cli_process import ROOT, run_editorial


def assert_one_line(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert len(stderr.splitlines()) == 1 and stderr.startswith("editorial: "), stderr


@pytest.mark.parametrize("command", [["list"], ["new", "--headline", "x"], ["check-library"],
                                     ["backup", "copy.sqlite"]])  # fmt: skip
def test_a_library_path_that_is_a_symbolic_link_loop(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    done = run_editorial(tmp_path, "--library", str(tmp_path / "one"), *command)
    assert done.returncode == 2
    assert_one_line(done.stderr)
    assert "symbolic links" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]  # nothing made


def test_a_library_path_in_the_home_of_nobody(tmp_path: Path) -> None:
    done = run_editorial(tmp_path, "--library", "~no-such-user-h64/desk.sqlite", "list")
    assert done.returncode == 2
    assert_one_line(done.stderr)
    assert "no such user" in done.stderr


def start_editorial(home: Path, *args: str) -> subprocess.Popen[str]:
    """`editorial ARGS` running, as `run_editorial` runs it, with Ctrl+C acting as at a
    terminal (a shell's background job would ignore it)."""
    env = {key: value for key, value in os.environ.items() if key != "EDITORIAL_LIBRARY"}
    env |= {"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                        env.get("PYTHONPATH")]))}  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-m", "editorial", *args], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


def wire_items(count: int, prefix: str) -> str:
    item = {"uri": "", "version": "1", "type": "text", "language": "en",
            "headline": "", "body_text": "Rescuers searched the rubble. " * 30}  # fmt: skip
    return "".join(
        json.dumps(item | {"uri": f"urn:h64:{prefix}:{n}", "headline": f"Story {n}"}) + "\n"
        for n in range(count)
    )


# What a shell reports as 130 after Ctrl+C: the command's own exit 130, or (seen once in
# CI, after the command had said so and returned 130) the interpreter ending by the signal
# itself, which a shell reports as 128 + 2 = 130 all the same.
INTERRUPTED = (130, -signal.SIGINT)


def test_ctrl_c_in_an_import_and_an_export_leaves_nothing_half_done(tmp_path: Path) -> None:
    library = tmp_path / "desk.sqlite"
    first, feed = tmp_path / "first.json", tmp_path / "feed.jsonl"
    first.write_text(wire_items(1, "first"), encoding="utf-8")
    feed.write_text(wire_items(20_000, "feed"), encoding="utf-8")  # some seconds to import
    importing = start_editorial(tmp_path, "--library", str(library), "import", str(first),
                                str(feed))  # fmt: skip
    assert importing.stdout is not None
    assert importing.stdout.readline() == "1\tStory 0\n"  # the first file is in
    time.sleep(0.5)  # into the second
    importing.send_signal(signal.SIGINT)
    out, err = importing.communicate(timeout=60)
    assert importing.returncode in INTERRUPTED, err
    assert err == f"editorial: {feed}: interrupted: nothing of this file was imported\n"
    listed = run_editorial(tmp_path, "--library", str(library), "list", "--json")
    assert [story["headline"] for story in json.loads(listed.stdout)] == ["Story 0"]

    feed.write_text(wire_items(8_000, "feed"), encoding="utf-8")
    done = run_editorial(tmp_path, "--library", str(library), "import", str(feed))
    assert done.returncode == 0, done.stderr
    archive = tmp_path / "out" / "archive.jsonl"
    archive.parent.mkdir()
    exporting = start_editorial(tmp_path, "--library", str(library), "export", "--all",
                                "--format", "ninjs-jsonl", "-o", str(archive))  # fmt: skip
    while exporting.poll() is None and not any(archive.parent.iterdir()):
        time.sleep(0.005)
    exporting.send_signal(signal.SIGINT)
    out, err = exporting.communicate(timeout=60)
    assert exporting.returncode in INTERRUPTED
    assert (out, err) == ("", "editorial: interrupted\n")
    assert list(archive.parent.iterdir()) == []  # no archive, no half of one


def test_an_export_is_a_file_like_any_other(tmp_path: Path) -> None:
    library = str(tmp_path / "desk.sqlite")
    assert run_editorial(tmp_path, "--library", library, "new", "--headline", "Q").returncode == 0
    archive, html = tmp_path / "archive.jsonl", tmp_path / "story.html"
    for args in (["--all", "--format", "ninjs-jsonl", "-o", str(archive)],
                 ["1", "--format", "html", "-o", str(html)]):  # fmt: skip
        done = run_editorial(tmp_path, "--library", library, "export", *args)
        assert done.returncode == 0, done.stderr
    umask = os.umask(0o022)
    os.umask(umask)
    # Not the temporary file's private 0600: the archive is there to be handed on.
    assert stat.S_IMODE(archive.stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE(html.stat().st_mode) == 0o666 & ~umask
    html.chmod(0o640)  # a file written again keeps its mode
    done = run_editorial(tmp_path, "--library", library, "export", "1", "--format", "markdown",
                         "-o", str(html))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(html.stat().st_mode) == 0o640
    assert html.read_text(encoding="utf-8").startswith("---\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_empty_library_password_is_called_a_password(tmp_path: Path) -> None:
    # It was "The secret is empty: give it on standard input (--secret-stdin)", an option
    # library-password does not have.
    done = run_editorial(tmp_path, "--library", "postgresql+psycopg://desk@127.0.0.1/news",
                         "library-password")  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == (
        "editorial: The password is empty: type it when asked, or give it on standard input.\n"
    )


def test_a_house_style_pattern_that_backtracks_for_ever_is_given_up(tmp_path: Path) -> None:
    # `(a|aa)+$` on a row of a's takes `re` longer than the age of the universe: every
    # `editorial check` (and the window's checks) hung on a desk's own style file.
    styles = tmp_path / "config" / "editorial" / "house_styles"
    styles.mkdir(parents=True)
    (styles / "desk.toml").write_text(
        'extends = "agency"\n'
        '[[copy.add_words]]\nfind = "(a|aa)+$"\nregex = true\n'
        '[[copy.add_words]]\nfind = "quak(e|es)"\nregex = true\nreplace = ["tremor"]\n',
        encoding="utf-8",
    )
    (styles.parent / "settings.json").write_text('{"house_style": "desk"}', encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text("# Quakes\n\nThe quake struck " + "a" * 60 + "!\n", encoding="utf-8")
    started = time.monotonic()
    done = run_editorial(tmp_path, "check", str(story))
    assert time.monotonic() - started < 30
    assert done.returncode == 0, done.stderr
    assert f"{story}:body: warning: House style: the pattern “(a|aa)+$” takes too long on this " \
        "text; it was not checked. [style.pattern-too-slow]" in done.stdout.splitlines()
    # The other patterns still apply, in the same field and in the headline.
    assert f"{story}:body:1:5: warning: House style: “tremor” rather than “quake”. " \
        "(try: “tremor”) [style.word]" in done.stdout.splitlines()
    assert any(line.startswith(f"{story}:headline:1:1: ") and line.endswith("[style.word]")
               for line in done.stdout.splitlines())  # fmt: skip
    assert done.stdout.count("pattern-too-slow") == 1  # the headline's check was quick


def test_a_headline_and_a_slug_are_one_line_whatever_the_file_says(tmp_path: Path) -> None:
    # A slugline with a line break (ninjs, front matter) broke every listing in two.
    library = str(tmp_path / "desk.sqlite")
    wire, page = tmp_path / "wire.json", tmp_path / "story.md"
    wire.write_text(json.dumps({"uri": "urn:h64:nl", "headline": "Line one\nLine two",
                                "slugline": "quake\nturkey", "body_text": "Body."}),
                    encoding="utf-8")  # fmt: skip
    page.write_text('---\nheadline: "Head\\nline"\nslug: "sl\\nug"\n---\n\nBody.\n',
                    encoding="utf-8")  # fmt: skip
    done = run_editorial(tmp_path, "--library", library, "import", str(wire), str(page))
    assert (done.returncode, done.stdout) == (0, "1\tLine one Line two\n2\tHead line\n")
    done = run_editorial(tmp_path, "--library", library, "new", "--headline", "New\nline")
    assert (done.returncode, done.stdout) == (0, "3\tNew line\n")
    listed = run_editorial(tmp_path, "--library", library, "list", "--json")
    assert [(s["slug"], s["headline"]) for s in json.loads(listed.stdout)] == [
        ("new-line", "New line"), ("sl ug", "Head line"), ("quake turkey", "Line one Line two"),
    ]  # fmt: skip
    assert len(run_editorial(tmp_path, "--library", library, "list").stdout.splitlines()) == 3
    people = tmp_path / "people.md"
    people.write_text('---\nheadline: H\nbyline: ["Anna\\nIvanova"]\n'
                      'dateline: {city: "Ankara\\n", country: "Tur\\nkey"}\n---\n\nBody.\n',
                      encoding="utf-8")  # fmt: skip
    assert run_editorial(tmp_path, "--library", library, "import", str(people)).returncode == 0
    shown = json.loads(run_editorial(tmp_path, "--library", library, "show", "4", "--json").stdout)
    assert [b["name"] for b in shown["bylines"]] == ["Anna Ivanova"]
    assert (shown["dateline"]["city"], shown["dateline"]["country"]) == ("Ankara", "Tur key")


def test_import_from_standard_input_says_to_give_a_file(tmp_path: Path) -> None:
    """`-` is standard input by convention; import reads files only, and says so (it
    said '-: no such file or directory')."""
    library = tmp_path / "library.sqlite"
    result = run_editorial(tmp_path, "--library", str(library), "import", "-")
    assert result.returncode == 2 and result.stdout == ""
    assert "not from standard input (-): save the copy to a file" in result.stderr
    assert not library.exists()  # nothing made for an import that cannot start
