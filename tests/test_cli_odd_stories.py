"""Stories a new user's files hold that nobody wrote on purpose, through `editorial` in
real processes: quotes and lists nested deep (a long e-mail thread, a legal outline, a
Markdown bomb). What the published HTML cannot hold is said by the checks, never dropped
without a word."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli_process import run_editorial


def write_story(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"---\nheadline: Deep\nbylines: [Anna Ivanova]\n---\n{body}", "utf-8")
    return path


def imported_render(home: Path, library: str, path: Path) -> str:
    imported = run_editorial(home, "--library", library, "import", str(path))
    assert imported.returncode == 0, imported.stderr
    story_id = imported.stdout.split("\t")[0]
    rendered = run_editorial(home, "--library", library, "render", story_id)
    assert rendered.returncode == 0, rendered.stderr
    return rendered.stdout


def test_a_thread_quoted_thirty_deep_and_a_twelve_level_outline_are_published_whole(
    tmp_path: Path,
) -> None:
    library = str(tmp_path / "desk.sqlite")
    thread = write_story(tmp_path, "thread.md", ">" * 30 + " The first message.\n")
    outline = "".join("  " * level + f"- level {level}\n" for level in range(12))
    legal = write_story(tmp_path, "outline.md", outline)
    assert "The first message." in imported_render(tmp_path, library, thread)
    assert "level 11" in imported_render(tmp_path, library, legal)
    for path in (thread, legal):
        checked = run_editorial(tmp_path, "--library", library, "check", "--json", str(path))
        [result] = json.loads(checked.stdout)
        assert "structure.too-deep" not in [f["code"] for f in result["findings"]]


def test_text_nested_deeper_than_the_html_can_hold_is_a_warning_at_its_line(
    tmp_path: Path,
) -> None:
    library = str(tmp_path / "desk.sqlite")
    path = write_story(tmp_path, "bomb.md", "Kept.\n\n" + ">" * 10_000 + " Not published.\n")
    assert "Not published." not in imported_render(tmp_path, library, path)
    checked = run_editorial(tmp_path, "--library", library, "check", str(path))
    assert checked.returncode == 0, checked.stderr
    warning = (
        f"{path}:body:3:1: warning: Quotes and lists nested this deep are not published: "
        "the text inside is left out. [structure.too-deep]"
    )
    assert warning in checked.stdout.splitlines(), checked.stdout


def test_searching_a_story_of_megabytes_answers(tmp_path: Path) -> None:
    """FTS5's snippet weighs every place a word matched against every other: a body of
    2 MB of one common word took minutes (15 MB, for ever)."""
    library = str(tmp_path / "desk.sqlite")
    transcript = tmp_path / "transcript.json"
    body = "The fox ran. " * 160_000
    transcript.write_text(json.dumps({"headline": "Transcript", "description_text": "The fox "
                                      "hearing, in full.", "body_text": body}))  # fmt: skip
    imported = run_editorial(tmp_path, "--library", library, "import", str(transcript))
    assert imported.returncode == 0, imported.stderr
    found = run_editorial(tmp_path, "--library", library, "search", "--json", "fox")
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout)
    assert hit["headline"] == "Transcript" and "**fox**" in hit["snippet"]
