"""`editorial profile list|add|remove` on a real library, in process and once in a real
process: the roles it gives decide the moves the workflow allows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main
from tests.test_cli_process import run_editorial


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    location = str(tmp_path / "desk.sqlite")
    assert run(capsys, "--library", location, "new", "--headline", "Quake")[0] == 0
    return location


def test_profiles_are_added_listed_changed_and_removed(
    library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def editorial(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--library", library, "profile", *argv)

    assert editorial("list") == (0, "", "")
    assert editorial("add", "Anna Ivanova") == (0, "Anna Ivanova\tAI\treporter\n", "")
    added = editorial("add", "Carl  Copy", "--initials", "CC", "--role", "copy-editor",
                      "--role", "chief")  # fmt: skip
    assert added == (0, "Carl Copy\tCC\tcopy editor, chief\n", "")
    # Added again: what is given changes, what is left out stays.
    assert editorial("add", "Carl Copy", "--role", "Copy Editor") == (
        0, "Carl Copy\tCC\tcopy editor\n", "",
    )  # fmt: skip
    code, out, _ = editorial("list", "--json")
    assert code == 0 and json.loads(out) == [
        {"name": "Anna Ivanova", "initials": "AI", "roles": ["reporter"]},
        {"name": "Carl Copy", "initials": "CC", "roles": ["copy editor"]},
    ]
    assert editorial("remove", "Anna Ivanova") == (0, "", "")
    assert editorial("list")[1] == "Carl Copy\tCC\tcopy editor\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("remove", "Nobody"), "There is no profile named “Nobody” (profiles: none yet).\n"),
        (("add", "  "), "editorial: A profile needs a name.\n"),
        (("add", "Anna", "--initials", " "), "editorial: --initials is empty; leave it out"),
        (("add", "Anna", "--initials", "ABCDEFGH"), "editorial: Initials are up to 6 letters"),
        (("add", "Anna\x1b[31m"), "editorial: A profile's name is one line of printable text.\n"),
        (("add", "Anna", "--role", "editor"),
         "“editor” is not a role (choose from reporter, copy-editor, chief)"),
        (("add", "\udcff"), "editorial: The name is not valid UTF-8 text\n"),
    ],
)  # fmt: skip
def test_bad_profiles_are_refused_in_one_line(
    library: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    try:
        code, out, err = run(capsys, "--library", library, "profile", *argv)
    except SystemExit as exit_:  # argparse's usage error for a role it does not know
        code, (out, err) = int(str(exit_.code)), capsys.readouterr()
    assert code in (1, 2) and out == "" and message in err and "Traceback" not in err
    assert err.count("\n") <= 3  # a usage line at most, then the message


def test_the_roles_given_decide_the_moves_in_a_real_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDITORIAL_USER", raising=False)
    story = run_editorial(tmp_path, "new", "--headline", "Quake").stdout.split("\t")[0]
    assert run_editorial(tmp_path, "profile", "add", "Rita Reporter").returncode == 0
    added = run_editorial(tmp_path, "profile", "add", "Cody Copy", "--role", "copy-editor")
    assert added.returncode == 0 and added.stdout == "Cody Copy\tCC\tcopy editor\n"
    assert run_editorial(tmp_path, "submit", story).returncode == 0
    monkeypatch.setenv("EDITORIAL_USER", "Rita Reporter")
    refused = run_editorial(tmp_path, "approve", story)
    assert refused.returncode == 1 and "role of copy editor or chief" in refused.stderr
    monkeypatch.setenv("EDITORIAL_USER", "Cody Copy")
    approved = run_editorial(tmp_path, "approve", story)
    assert approved.returncode == 0 and "\tapproved\t" in approved.stdout
    assert "Traceback" not in refused.stderr + approved.stderr
