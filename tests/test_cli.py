"""The command line, in process: the same services as the window, no Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_list_show_and_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "desk.sqlite")
    code, out, _ = run(capsys, "--library", lib, "new", "--headline", "Quake hits eastern Turkey")
    assert code == 0
    story_id = int(out.split("\t")[0])
    assert out.strip().endswith("Quake hits eastern Turkey")

    code, out, _ = run(capsys, "--library", lib, "list", "--json")
    listed = json.loads(out)
    assert [item["headline"] for item in listed] == ["Quake hits eastern Turkey"]
    assert set(listed[0]) >= {"id", "uri", "headline", "slug", "status", "updated_at"}

    code, out, _ = run(capsys, "--library", lib, "show", str(story_id), "--json")
    shown = json.loads(out)
    required = {
        "id",
        "uri",
        "headline",
        "slug",
        "bylines",
        "dateline",
        "lede",
        "body",
        "note",
        "keywords",
        "language",
        "status",
        "version",
        "updated_at",
    }
    assert required <= set(shown)
    assert set(shown["dateline"]) >= {"city", "country", "date", "source", "text"}
    assert shown["id"] == story_id and shown["version"] == 1 and shown["status"] == "draft"
    assert shown["uri"].startswith("urn:newsml:")

    code, out, _ = run(capsys, "--library", lib, "render", str(story_id))
    assert code == 0
    assert '<h1 class="headline">Quake hits eastern Turkey</h1>' in out

    code, out, _ = run(capsys, "--library", lib, "list")
    assert "quake-hits-eastern-turkey" in out and "draft" in out


def test_environment_variable_chooses_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITORIAL_LIBRARY", str(tmp_path / "env.sqlite"))
    run(capsys, "new", "--headline", "From the environment")
    assert (tmp_path / "env.sqlite").exists()
    _, out, _ = run(capsys, "--library", str(tmp_path / "env.sqlite"), "list", "--json")
    assert [s["headline"] for s in json.loads(out)] == ["From the environment"]


def test_default_library_has_the_welcome_story(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "--json")  # a command that reads makes no library
    assert code == 2 and "There is no library at" in err
    run(capsys, "new", "--headline", "First of the day")
    _, out, _ = run(capsys, "list", "--json")
    assert len(json.loads(out)) == 2


def test_errors_go_to_stderr_with_a_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_library = tmp_path / "story.txt"
    not_a_library.write_text("just text")
    code, out, err = run(capsys, "--library", str(not_a_library), "list")
    assert code == 2 and out == ""
    assert "is not an Editorial library" in err
    assert not_a_library.read_text() == "just text"

    run(capsys, "--library", str(tmp_path / "x.sqlite"), "new", "--headline", "One")
    code, _, err = run(capsys, "--library", str(tmp_path / "x.sqlite"), "show", "42")
    assert code == 1 and "no story with id 42" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("editorial ")


# `show --json` as scripts have read it since it was first documented: its fields come
# from the story's declaration now, and may only ever be added to, never removed or
# moved.
SHOW_JSON_FIELDS = [
    "id", "uri", "version", "headline", "slug", "bylines", "dateline", "lede", "body", "note",
    "keywords", "language", "urgency", "subjects", "embargo", "status", "created_at",
    "updated_at", "trashed_at",
]  # fmt: skip
SHOW_JSON_DATELINE = ["city", "region", "country", "date", "source", "text"]


def test_show_json_keeps_its_fields_in_their_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "desk.sqlite")
    run(capsys, "--library", lib, "new", "--headline", "Quake")
    code, out, _ = run(capsys, "--library", lib, "show", "1", "--json")
    assert code == 0
    shown = json.loads(out)
    assert [name for name in shown if name in SHOW_JSON_FIELDS] == SHOW_JSON_FIELDS
    assert [n for n in shown["dateline"] if n in SHOW_JSON_DATELINE] == SHOW_JSON_DATELINE
