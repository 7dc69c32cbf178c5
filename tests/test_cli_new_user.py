"""What a new user tried that broke, each through the real command in a process of its
own: every case is one clear line on stderr and an exit status, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_process import run_editorial


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
