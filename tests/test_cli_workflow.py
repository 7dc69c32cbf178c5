"""`editorial submit|approve|return|spike|restore|correct|kill` and `editorial history`, in
process on a real library and once in a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.services.desk import open_desk
from editorial.settings import Preferences
from tests.test_cli_process import run_editorial


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> str:  # fmt: skip
    monkeypatch.setenv("EDITORIAL_USER", "Anna Ivanova")
    location = str(tmp_path / "desk.sqlite")
    assert run(capsys, "--library", location, "new", "--headline", "Quake")[0] == 0
    return location


def test_a_story_through_the_desk_and_its_history(
    library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def editorial(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--library", library, *argv)

    assert editorial("submit", "1") == (0, "1\tsubmitted\tversion 2\tQuake\n", "")
    code, _, err = editorial("return", "1")
    assert code == 1 and err == "editorial: To return a story, give a note saying why.\n"
    assert editorial("return", "1", "--note", "Source the toll.")[0] == 0
    code, _, err = editorial("approve", "1")
    assert code == 1 and "the moves from returned are: submit, spike" in err
    assert editorial("submit", "1")[0] == 0
    code, out, _ = editorial("approve", "1", "--json")
    assert code == 0 and json.loads(out)["status"] == "approved"
    code, _, err = editorial("correct", "1", "--note", "x")
    assert code == 1 and "the moves from approved are: return" in err

    code, out, _ = editorial("history", "1", "--json")
    history = json.loads(out)
    assert [(e["action"], e["status"], e["version"]) for e in history] == [
        ("create", "draft", 1), ("submit", "submitted", 2), ("return", "returned", 3),
        ("submit", "submitted", 4), ("approve", "approved", 5),
    ]  # fmt: skip
    assert {e["by"] for e in history} == {"Anna Ivanova"}
    assert history[2]["note"] == "Source the toll."
    assert list(history[0]) == ["at", "by", "action", "status", "note", "version"]
    code, out, _ = editorial("history", "1")
    assert code == 0 and "return   returned   Anna Ivanova  “Source the toll.”" in out


def test_publication_correction_and_kill(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk = open_desk(library, Preferences())
    try:
        desk.workflow.submit(1)
        desk.workflow.approve(1)
        desk.workflow.mark_published(1)
    finally:
        desk.close()
    base = ("--library", library)
    assert run(capsys, *base, "correct", "1")[1] == "1\tcorrected\tversion 5\tQuake\n"
    code, _, err = run(capsys, *base, "submit", "1")  # nothing corrected yet
    assert code == 1 and "Nothing a reader sees has changed" in err and "--note" in err
    desk = open_desk(library, Preferences())
    try:  # the corrected text, as the window or an import would save it
        story = desk.editing.get(1)
        desk.editing.save(story.edited(lede="Seven people died in the quake."), explicit=True)
    finally:
        desk.close()
    code, out, err = run(capsys, *base, "submit", "1")
    assert code == 0 and out == "1\tsubmitted\tversion 7\tQuake\n"
    assert err == "editorial: drafted the correction note: Adds the lede.\n"
    code, out, _ = run(capsys, *base, "show", "1", "--json")
    assert json.loads(out)["note"] == "Adds the lede."
    history = json.loads(run(capsys, *base, "history", "1", "--json")[1])
    assert history[-1]["action"] == "submit" and history[-1]["note"] == ("Adds the lede.")
    desk = open_desk(library, Preferences())
    try:
        desk.workflow.approve(1)
        desk.workflow.mark_published(1)
    finally:
        desk.close()
    code, _, err = run(capsys, *base, "kill", "1", "--note", "  ")
    assert code == 1 and "give a note" in err
    assert run(capsys, *base, "kill", "1", "--note", "Legal risk.")[0] == 0
    code, _, err = run(capsys, *base, "restore", "1")
    assert code == 1 and "killed is final" in err


def test_spike_and_restore_are_the_trash(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ("--library", library)
    assert run(capsys, *base, "spike", "1")[0] == 0
    out = run(capsys, *base, "list", "--trash", "--json")[1]
    assert [(s["id"], s["status"]) for s in json.loads(out)] == [(1, "spiked")]
    assert run(capsys, *base, "restore", "1")[1] == "1\tdraft\tversion 3\tQuake\n"


def test_a_missing_story_or_library_is_said_in_words(
    tmp_path: Path, library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--library", library, "submit", "99")
    assert code == 1 and err == "editorial: There is no story with id 99 in this library.\n"
    code, _, err = run(capsys, "--library", library, "history", str(2**70))
    assert code == 1 and "no story with id" in err
    code, _, err = run(capsys, "--library", str(tmp_path / "none.sqlite"), "submit", "1")
    assert code == 2 and not (tmp_path / "none.sqlite").exists()


def test_the_workflow_in_a_real_process(tmp_path: Path) -> None:
    story_id = run_editorial(tmp_path, "new", "--headline", "Quake").stdout.split("\t")[0]
    submitted = run_editorial(tmp_path, "submit", story_id)
    assert submitted.returncode == 0 and "\tsubmitted\t" in submitted.stdout
    refused = run_editorial(tmp_path, "kill", story_id, "--note", "Wrong.")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("editorial: A submitted story cannot be moved by kill")
    history = json.loads(run_editorial(tmp_path, "history", story_id, "--json").stdout)
    assert [entry["action"] for entry in history] == ["create", "submit"]
