"""The command line and the editor's house style files: a file that cannot be used is
named on stderr, once, and skipped; commands that format nothing never read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorial.cli import main
from editorial.services.styles import user_styles_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_bad_style_file_is_a_warning_and_the_command_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "desk.sqlite")
    folder = user_styles_dir()
    folder.mkdir(parents=True)
    (folder / "reuters.toml").write_text("title = \n", encoding="utf-8")
    (folder / "desk.toml").write_text('extends = "reuters"\ntitle = "Desk"\n', encoding="utf-8")
    code, out, err = run(capsys, "--library", lib, "new", "--headline", "Quake")
    assert code == 0
    story_id = out.split("\t")[0]

    code, out, err = run(capsys, "--library", lib, "list")
    assert code == 0 and err == ""  # `list` formats nothing: the styles are never read

    code, out, err = run(capsys, "--library", lib, "render", story_id)
    assert code == 0 and "Quake" in out
    [warning] = err.splitlines()
    assert warning.startswith(f"editorial: warning: {folder / 'reuters.toml'}: not valid TOML")
