"""`editorial import` refuses a file with a headline longer than any (the copy in the wrong
place, or a broken file): one line naming the file, the item and the limit, exit 1, no
traceback, and nothing of the file kept, in every format that carries a headline. A
headline at the limit, or only over the house style's (a check's warning), goes in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.domain.story import HEADLINE_MAX_CHARS
from editorial.storage.library import Library
from tests.test_cli_process import run_editorial


def headline(length: int) -> str:
    """A headline of exactly `length` characters, kept as typed (no space at its ends)."""
    return ("Council votes " * 40)[: length - 1] + "s"


TOO_LONG, AT_LIMIT = headline(HEADLINE_MAX_CHARS + 1), headline(HEADLINE_MAX_CHARS)
LIMIT_SAID = (
    f"the headline is {len(TOO_LONG)} characters; a headline is at most {HEADLINE_MAX_CHARS}"
)


def ninjs(uri: str, headline: str) -> dict[str, str]:
    return {"uri": uri, "headline": headline, "body_text": "The council met on Tuesday."}


def stories_in(library: Path) -> list[str]:
    with Library.open(library) as opened:
        return [summary.headline for summary in opened.list_stories()]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    Library.open(tmp_path / "desk.sqlite").close()
    return tmp_path / "desk.sqlite"


def write(folder: Path, kind: str, headline: str) -> tuple[Path, str]:
    """A file of this kind whose second story (the only one, for one-story formats) has
    `headline`; and where the refusal says it is."""
    if kind == "ninjs array":
        path = folder / "wire.json"
        path.write_text(json.dumps([ninjs("urn:x:1", "Fine"), ninjs("urn:x:2", headline)]))
        return path, "item 2: "
    if kind == "json lines":
        path = folder / "wire.jsonl"
        lines = [ninjs(f"urn:x:{n}", headline if n == 3 else "Fine") for n in (1, 2, 3)]
        path.write_text("".join(json.dumps(line) + "\n" for line in lines))
        return path, "item 3: "
    if kind == "ninjs item":
        path = folder / "item.json"
        path.write_text(json.dumps(ninjs("urn:x:9", headline)))
        return path, ""
    path = folder / "story.md"
    path.write_text(f"---\nheadline: {headline}\n---\nThe council met on Tuesday.\n")
    return path, ""


KINDS = ["ninjs array", "json lines", "ninjs item", "markdown"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_with_a_headline_over_the_limit_is_refused_whole(
    kind: str, library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, where = write(tmp_path, kind, TOO_LONG)
    code = main(["--library", str(library), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == f"editorial: {path}: {where}{LIMIT_SAID}\n"
    assert stories_in(library) == []  # the good items before it are not kept either


@pytest.mark.parametrize("kind", KINDS)
def test_a_headline_at_the_limit_goes_in(
    kind: str, library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = write(tmp_path, kind, AT_LIMIT)
    assert main(["--library", str(library), "import", str(path)]) == 0
    assert AT_LIMIT in stories_in(library)


def test_the_refusal_in_a_real_process_is_one_line_and_other_files_go_in(
    library: Path, tmp_path: Path
) -> None:
    refused, _ = write(tmp_path, "json lines", TOO_LONG)
    good = tmp_path / "good.md"
    good.write_text("---\nheadline: Bridge to close\n---\nThe council met.\n")
    done = run_editorial(tmp_path, "--library", str(library), "import", str(refused), str(good))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"editorial: {refused}: item 3: {LIMIT_SAID}"]
    assert "Bridge to close" in done.stdout
    assert stories_in(library) == ["Bridge to close"]
