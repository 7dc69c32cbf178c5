"""`editorial import`, `export` and `check` in process, on real files and a real library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main
from tests.formats.conftest import NINJS_EXAMPLES, SAMPLE_WEB_COPY, assert_valid_ninjs_22


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path: Path) -> str:
    """An empty library (`list`, `show`, `export` and `check` never create one)."""
    from editorial.storage.library import Library

    Library.open(tmp_path / "desk.sqlite").close()
    return str(tmp_path / "desk.sqlite")


def test_import_the_sample_web_copy_then_export_valid_ninjs(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--library", library, "import", "--json", str(SAMPLE_WEB_COPY))
    assert code == 0, err
    imported = json.loads(out)
    assert [s["headline"] for s in imported] == [
        "Russia urges resumption of dialogue with NATO, alliance wary"
    ]
    story_id = imported[0]["id"]
    removed = {line["text"]: line["reason"] for line in imported[0]["removed"]}
    assert removed["Subscribe"] == "sharing or subscription"
    assert removed["log in or register"] == "comments or login"
    assert removed["Заголовок открываемого материала"] == "interface text in another script"
    assert "- Sputnik International" in removed  # above the headline: listed too

    _, out, _ = run(capsys, "--library", library, "show", str(story_id), "--json")
    shown = json.loads(out)
    assert shown["dateline"]["city"] == "Ankara" and shown["dateline"]["source"] == "RIA Novosti"
    assert shown["lede"].startswith("Russian Defense Minister Anatoly Serdyukov called on Tuesday")
    assert shown["body"].startswith("Serdyukov is on a two-day official visit")
    assert "Subscribe" not in shown["body"] and "Newsfeed" not in shown["body"]

    target = tmp_path / "out.json"
    code, out, _ = run(
        capsys, "--library", library, "export", str(story_id), "--format", "ninjs", "-o",
        str(target),
    )  # fmt: skip
    assert code == 0 and out == ""
    item = json.loads(target.read_text(encoding="utf-8"))
    assert_valid_ninjs_22(item)
    assert item["headlines"][0]["value"] == shown["headline"]

    code, out, _ = run(capsys, "--library", library, "export", str(story_id), "--format", "html")
    assert '<span class="dateline">ANKARA, November 18 (RIA Novosti) -</span>' in out


def test_a_bad_file_is_named_and_keeps_nothing_while_good_files_go_in(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "wire.jsonl"
    good_line = (NINJS_EXAMPLES / "3.1_004_simple_text_article.json").read_text(encoding="utf-8")
    broken.write_text(json.dumps(json.loads(good_line)) + '\n{"uri": broken\n', encoding="utf-8")
    code, out, err = run(
        capsys, "--library", library, "import", "--json", str(broken),
        str(NINJS_EXAMPLES / "2.1_ninjsExSimpleText_2.json"),
    )  # fmt: skip
    assert code == 1
    assert "wire.jsonl" in err and "line 2" in err
    assert len(json.loads(out)) == 1  # only the good file's story

    _, out, _ = run(capsys, "--library", library, "list", "--json")
    assert len(json.loads(out)) == 1


def test_check_prints_findings_with_positions_and_fails_on_errors(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.md"
    copy.write_text(
        "---\nheadline: Minister stated talks will resume.\nlanguage: en\n---\n\n"
        "The minister stated that the the talks will resume.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--library", library, "check", str(copy))
    assert code == 0  # warnings only
    assert "[structure.doubled-word]" in out and "[style.word]" in out
    assert "[structure.headline-period]" in out
    doubled = next(line for line in out.splitlines() if "doubled-word" in line)
    assert doubled.startswith(f"{copy}:body:1:")

    empty = tmp_path / "empty.md"
    empty.write_text("---\nheadline: ''\n---\n\n", encoding="utf-8")
    code, out, _ = run(capsys, "--library", library, "check", "--json", str(empty))
    codes = {f["code"] for f in json.loads(out)[0]["findings"]}
    assert code == 1 and "structure.missing-headline" in codes


def test_check_a_file_needs_no_library_and_makes_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    copy = tmp_path / "copy.md"
    copy.write_text("---\nheadline: Talks resume\n---\n\nThe the talks resume.\n", "utf-8")
    code, out, err = run(capsys, "check", str(copy))  # the default library does not exist
    assert (code, err) == (0, "") and "[structure.doubled-word]" in out
    missing = tmp_path / "nowhere.sqlite"
    code, out, _ = run(capsys, "--library", str(missing), "check", str(copy))
    assert code == 0 and "[structure.doubled-word]" in out
    assert not missing.exists() and not (isolated_user_folders / "data").exists()
    # A story id needs the library itself.
    code, _, err = run(capsys, "--library", str(missing), "check", "7")
    assert code == 2 and "There is no library at" in err and not missing.exists()


def test_check_a_story_in_the_library_by_id(
    library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "--library", library, "new", "--headline", "Quake hits Turkey.")
    story_id = out.split("\t")[0]
    code, out, _ = run(capsys, "--library", library, "check", story_id)
    assert code == 1  # the new story has no body yet
    assert f"{story_id}:headline:1:18: warning: Headlines do not end with a period." in out
    assert "(try: )" not in out


def test_a_binary_file_is_refused_clearly(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out, err = run(capsys, "--library", library, "import", str(picture))
    assert code == 1 and out == ""
    assert "photo.txt" in err and "PNG" in err


def test_import_json_lists_what_a_word_document_left_out(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.formats.test_documents import COPY, HEADLINE, docx

    filed = tmp_path / "filed.docx"
    filed.write_bytes(docx(COPY))
    code, out, err = run(capsys, "--library", library, "import", "--json", str(filed))
    assert code == 0, err
    (row,) = json.loads(out)
    assert row["headline"] == HEADLINE and row["action"] == "added"
    assert row["removed"] == [
        {"text": "Sent from my phone", "reason": "after the story's last sentence"}
    ]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    code, _, err = run(capsys, "--library", library, "import", str(broken))
    assert code == 1
    assert err.strip() == (
        f"editorial: {broken}: this is not a Word document (.docx): the file is not a zip archive"
    )
