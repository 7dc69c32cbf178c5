"""No text makes the checks hang: every regular expression that sees the editor's text
runs in linear time (or on a bounded window), whatever the text is: a base64 blob, a row
of `=`, one letter thousands of times, repeated punctuation (four times the text takes
about four times as long, tests/linear_time.py). And what they skip or look for is
still found."""

from __future__ import annotations

import base64
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.domain.findings import Field, TextPositions
from editorial.domain.number_rules import NumberRule, number_findings
from editorial.domain.speller import (
    SUGGESTED_WORD_LETTERS,
    SUGGESTED_WORDS,
    spelling_findings,
    words_to_check,
)
from editorial.domain.story import Story
from editorial.domain.structure_checks import headline_period_findings, lede_repeated_findings
from tests.domain.pathological_child import INPUTS
from tests.test_cli_process import run_editorial

CHILD = Path(__file__).with_name("pathological_child.py")
ROOT = Path(__file__).resolve().parents[2]
# Seconds for one run of the checks: the slowest take a few (hundreds of thousands of
# findings on a busy machine); a quadratic pass takes minutes. Each input runs at two
# lengths (the child's docstring), twice each, three times when the machine was busy.
LIMIT_PER_RUN = 40
RUNS_PER_INPUT = 6


def run_child(*names: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    count = len(names) or len(INPUTS)
    try:
        return subprocess.run(
            [sys.executable, str(CHILD), str(LIMIT_PER_RUN), *names],
            capture_output=True, text=True, env=env,
            timeout=LIMIT_PER_RUN * RUNS_PER_INPUT * count + 30,
        )  # fmt: skip
    except subprocess.TimeoutExpired as stopped:
        done = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else ""
        pytest.fail(f"the checks hung past the inputs done so far:\n{done}")


@pytest.mark.slow
def test_every_check_takes_linear_time_on_pathological_text() -> None:
    done = run_child()
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    checked = [line.split("\t")[0] for line in done.stdout.splitlines()]
    assert checked == list(INPUTS)


def test_a_row_of_equals_signs_base64_and_initials_are_checked_promptly() -> None:
    # A row of `=` and base64 hung `editorial check` (the speller's address pattern);
    # a headline of initials, the abbreviation pattern. The whole set is the slow test.
    names = ("equals signs", "base64", "letter and at sign", "initials")
    done = run_child(*names)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == list(names)


def checked_words(text: str) -> list[str]:
    return [word for _start, _end, word in words_to_check(text)]


def test_addresses_links_and_code_are_still_skipped() -> None:
    text = (
        "Write to anna.ivanova@ria.ru or (mail:desk@ria.ru), see https://ria.ru/xqz "
        "and www.ria.ru/xqw, the [report](reports/xqv.html) and `xqu --flag` today."
    )
    assert checked_words(text) == [
        "Write", "to", "or", "see", "and", "the", "report", "and", "today",
    ]  # fmt: skip
    # A second address in the same run, and an `@` that is not an address.
    assert checked_words("a@b@ria.ru nota@bene x@y") == ["nota", "bene"]


def test_suggestions_are_asked_for_a_bounded_number_of_words() -> None:
    asked: list[str] = []

    class Speller:
        def check(self, word: str) -> bool:
            return False

        def suggest(self, word: str) -> list[str]:
            asked.append(word)
            return ["word"]

    words = [f"xq{chr(0x61 + i // 26)}{chr(0x61 + i % 26)}" for i in range(SUGGESTED_WORDS + 50)]
    long_word = "q" * (SUGGESTED_WORD_LETTERS + 1)
    text = " ".join([long_word, *words, *words])
    findings = list(
        spelling_findings(text, Field.BODY, Speller(), TextPositions(text), suggestions=True)
    )
    assert len(findings) == 1 + 2 * len(words)  # every misspelling is still reported
    assert asked == words[:SUGGESTED_WORDS]  # once each, the first ones only
    offered = {f.message: f.suggestions for f in findings}
    assert offered[f"“{words[0]}” is not in the dictionary."] == ("word",)
    assert offered[f"“{words[-1]}” is not in the dictionary."] == ()
    assert offered[f"“{long_word}” is not in the dictionary."] == ()


def period_codes(headline: str) -> list[str]:
    return [f.code for f in headline_period_findings(headline, TextPositions(headline))]


def test_a_headline_ending_in_initials_keeps_its_period() -> None:
    assert period_codes("Talks resume.") == ["structure.headline-period"]
    assert period_codes("Talks resume with the U.S.") == []
    assert period_codes("Talks resume with Acme Inc.") == []
    long_run = "A." * 1000  # longer runs of them: pathological_child.py
    assert period_codes(long_run) == []
    assert period_codes(long_run + "x.") == ["structure.headline-period"]


def test_figure_words_are_read_after_a_figure_in_a_long_run() -> None:
    rule = NumberRule(figure_words_after=frozenset({"percent"}))
    text = "Prices rose 5 percent, and 3 " + "x!" * 500_000

    def flagged(text: str) -> list[str]:
        found = number_findings(text, Field.BODY, rule, TextPositions(text))
        return [text[f.start : f.end] for f in found]

    assert flagged(text) == ["3"]


def test_a_lede_repeated_as_the_first_paragraph_is_found_and_a_long_one_compared_whole() -> None:
    lede = "Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks."
    story = Story(uri="u", lede=lede, body=lede)

    def repeated(first: str) -> bool:
        return any(lede_repeated_findings(story, TextPositions(first), first, (0, len(first))))

    assert repeated(lede.replace("Tuesday", "Tuesday,"))  # near enough
    long_lede = "a" * 5000
    story = Story(uri="u", lede=long_lede, body=long_lede)
    assert repeated(long_lede)
    assert not repeated(long_lede + "b")  # not compared letter by letter


def test_editorial_check_on_a_base64_file_in_a_real_process(tmp_path: Path) -> None:
    blob = base64.b64encode(random.Random(7).randbytes(750_000)).decode()
    too_long = tmp_path / "blob.txt"
    too_long.write_text(blob + "\n")  # a megabyte: more than a story may be
    done = run_editorial(tmp_path, "check", str(too_long))
    assert done.returncode == 1
    assert done.stderr.startswith("editorial: ") and len(done.stderr.splitlines()) == 1
    assert "Traceback" not in done.stderr

    story = tmp_path / "story.md"
    story.write_text(
        "# Quake hits eastern Turkey\n\nRescuers searched the rubble through the night.\n\n"
        + blob[:120_000]  # how the time grows with the length: the child's test above
        + "\n"
    )
    done = run_editorial(tmp_path, "check", str(story))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert any("[spelling]" in line for line in lines)
    assert not any("Rescuers" in line or "rubble" in line for line in lines)
