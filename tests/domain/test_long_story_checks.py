"""A long story is checked in time and memory proportionate to its length: `editorial
check` on a 15 MB story took 19 s and 700 MB (the doubled-word check held every word and
its place at once, the nesting check parsed the whole Markdown, the speller's loop took a
Python step per word). Now the words are read a window at a time and the Markdown only
when a line could nest deep enough to matter."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from editorial.domain import words
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.findings import Field, TextPositions
from editorial.domain.render import MAX_NESTING, nesting_cut
from editorial.domain.speller import spelling_findings
from editorial.domain.story import Story
from editorial.domain.structure_checks import doubled_word_findings
from tests.catalogs import HOUSE_STYLES
from tests.linear_time import grows_linearly, growth
from tests.test_cli_process import ROOT

PARAGRAPHS = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war in August.",
    "Scheffer said he would like to like to meet with Russian officials to straighten "
    "out their differences, and that that was that.",
    '"I am ready to go to Moscow," he said. See https://ria.ru/xqz or write to '
    "desk@ria.ru; the the report is `draft`.",
)


def long_body(size: int) -> str:
    text = "\n\n".join(PARAGRAPHS) + "\n\n"
    return text * (size // len(text) + 1)


class Speller:
    """Knows every word but a few names, as a real dictionary would."""

    UNKNOWN = frozenset({"Serdyukov", "Scheffer"})

    def check(self, word: str) -> bool:
        return word.split("'")[0] not in self.UNKNOWN

    def suggest(self, word: str) -> list[str]:
        return []


def check(body: str) -> list[object]:
    story = Story(uri="u", headline="Russia urges dialogue", body=body)
    return list(run_checks(story, HOUSE_STYLES["agency"], CheckConfig(), speller=Speller()))


def test_a_long_story_is_checked_in_linear_time() -> None:
    small, large = growth(long_body, check, 400_000)
    assert grows_linearly(small, large), (small, large)


def test_checking_a_long_story_holds_little_more_than_the_story_and_its_findings() -> None:
    body = long_body(2_000_000)
    tracemalloc.start()
    try:
        findings = check(body)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Each finding is a few hundred bytes; the story's words and the parsed Markdown
    # (twenty times the text before) are never all held at once.
    findings_bytes = 600 * len(findings)
    assert peak < 2 * len(body) + findings_bytes, (peak, len(body), len(findings))


def test_the_long_story_findings_are_all_there() -> None:
    body = long_body(300_000)
    codes = [f.code for f in check(body)]
    repeats = body.count("\n\n") // len(PARAGRAPHS)
    # "like to like to" and "the the"; "that that" is English, an exception
    assert codes.count("structure.doubled-word") == 2 * repeats
    assert codes.count("spelling") == 2 * repeats
    assert "structure.too-deep" not in codes


def test_a_doubled_word_behind_a_longer_repeat_that_fails_is_still_found() -> None:
    # "the the cat" again after a blank line is no doubling, but the first "the the" is
    # (it was missed: the failed three-word repeat skipped its start).
    text = "the the cat\n\nthe the cat"
    found = [
        text[f.start : f.end]
        for f in doubled_word_findings(text, Field.BODY, TextPositions(text), frozenset())
    ]
    assert found == ["the the", "the the"]


def test_findings_at_the_edges_of_the_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "He said, like to like to. Then the the end; Serdyukov’s Serdyukov’s visit."
    whole = [
        (f.start, f.end)
        for f in doubled_word_findings(text, Field.BODY, TextPositions(text), frozenset())
    ]
    spelt = [(f.start, f.end) for f in spelling_findings(text, Field.BODY, Speller(),
                                                          TextPositions(text))]  # fmt: skip
    for size in range(1, len(text) + 1):
        monkeypatch.setattr(words, "WINDOW", size)
        assert [
            (f.start, f.end)
            for f in doubled_word_findings(text, Field.BODY, TextPositions(text), frozenset())
        ] == whole
        assert [
            (f.start, f.end)
            for f in spelling_findings(text, Field.BODY, Speller(), TextPositions(text))
        ] == spelt
    assert [text[a:b] for a, b in whole] == [
        "like to like to", "the the", "Serdyukov’s Serdyukov’s",
    ]  # fmt: skip
    assert [text[a:b] for a, b in spelt] == ["Serdyukov’s", "Serdyukov’s"]


@pytest.mark.parametrize(
    "markdown",
    [
        ">" * MAX_NESTING + " deep",
        "- " * (MAX_NESTING // 2) + "deep",
        # The densest nesting: each tab four columns, two list levels.
        "\n".join(
            "\t" * (k // 2) + ("  " if k % 2 else "") + "- x" for k in range(MAX_NESTING // 2 + 2)
        ),
        "\r".join("   " * k + "1) x" for k in range(MAX_NESTING // 2 + 2)),
    ],
    ids=["quotes", "dashes", "tab-indented lists", "lines broken by CR"],
)
def test_nesting_too_deep_is_still_found(markdown: str) -> None:
    assert nesting_cut(markdown) is not None
    assert nesting_cut("Some text.\n\n" + markdown) is not None


def peak_memory_of_check(story: Path, home: Path) -> tuple[int, str]:
    """The peak resident memory (bytes) of `editorial check STORY` in a process of its
    own, and what it printed."""
    probe = (
        "import resource, sys\n"
        "from editorial.cli import main\n"
        "status = main(['check', sys.argv[1]])\n"
        "sys.stdout.flush()\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "HOME": str(home), "PATH": "/usr/bin:/bin",
           "EDITORIAL_USER": "Anna Ivanova"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe, str(story)], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    *warnings, peak_kilobytes = done.stderr.splitlines()
    assert warnings == []
    return int(peak_kilobytes) * 1024, done.stdout


def test_editorial_check_on_a_long_story_in_a_real_process(tmp_path: Path) -> None:
    story, short = tmp_path / "long.md", tmp_path / "short.md"
    story.write_text("# Russia urges dialogue\n\n" + long_body(4_000_000), encoding="utf-8")
    short.write_text("# Russia urges dialogue\n\n" + PARAGRAPHS[0] + "\n", encoding="utf-8")
    baseline, _ = peak_memory_of_check(short, tmp_path)  # Python, styles, dictionaries
    peak, printed = peak_memory_of_check(story, tmp_path)
    assert printed.count("[structure.doubled-word]") > 20_000
    # The 4 MB story and its 50,000 findings: some 45 MB more than a short story's
    # check (it was 170 MB more: the words and the parsed Markdown, twenty times the text).
    assert peak - baseline < 90_000_000, (peak, baseline)
