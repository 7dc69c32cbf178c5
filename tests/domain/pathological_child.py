"""Run by test_pathological_input.py in its own process: every check on long runs of text
that make a careless regular expression backtrack (no spaces, a row of `=`, one letter
many times, base64, repeated punctuation), each under an alarm.

    python tests/domain/pathological_child.py SECONDS_PER_INPUT [NAME ...]

Prints `NAME SECONDS FINDINGS` for each input; on an input that runs past its limit,
prints `HUNG NAME` and exits 3.
"""

from __future__ import annotations

import base64
import random
import sys
import time
from collections.abc import Callable

from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.story import Story
from editorial.services.styles import bundled_catalog
from tests.time_limit import Hung, within

SIZE = 1_000_000  # the body's characters
HEAD_SIZE = 100_000  # the headline's and the lede's: the same checks, and a few of their own


def _base64(size: int) -> str:
    return base64.b64encode(random.Random(6).randbytes(size)).decode()[:size]


def _in_lines(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _repeat(unit: str) -> Callable[[], str]:
    return lambda: unit * (SIZE // len(unit))


INPUTS: dict[str, Callable[[], str]] = {
    "one letter": _repeat("a"),
    "one capital": _repeat("A"),
    "one cyrillic letter": _repeat("ж"),
    "equals signs": _repeat("="),
    "base64": lambda: _base64(SIZE),
    "base64 in lines": lambda: _in_lines(_base64(SIZE), 76),
    "spaces": lambda: "a" + " " * SIZE + "a",
    "no-break spaces": lambda: "a" + "\u00a0 " * (SIZE // 2) + "a",
    "newlines": lambda: "a" + "\n" * SIZE + "a",
    "blank lines with tabs": _repeat("\n \t"),
    "exclamation marks": _repeat("!"),
    "at signs": _repeat("@"),
    "letter and at sign": _repeat("a@"),
    "addresses without spaces": _repeat("a@b."),
    "link openings": _repeat("]("),
    "backticks": _repeat("`a"),
    "figures and marks": _repeat("1!"),
    "figures": _repeat("1 "),
    "initials": lambda: "A." * (SIZE // 2) + "x.",
    "initials to the end": _repeat("A."),
    "straight quotes": _repeat('"'),
    "brackets": _repeat("("),
    "guillemets": _repeat("«"),
    "apostrophes": _repeat("a'"),
    "hyphens": _repeat("a-"),
    "a doubled word": _repeat("the "),
    "a long link": lambda: "http://" + "a" * SIZE,
    "www": _repeat("www."),
    "periods": _repeat("."),
    "percentages": _repeat("1 per "),
    "spelled numbers": _repeat("twenty-"),
    "punctuation": _repeat("?!.,;:"),
}


class RejectingSpeller:
    """Every word misspelt, as in a blob: the most work for the spelling check."""

    def check(self, word: str) -> bool:
        return False

    def suggest(self, word: str) -> list[str]:
        return []


def main(argv: list[str]) -> int:
    limit = int(argv[0])
    names = argv[1:] or list(INPUTS)
    config = CheckConfig()
    for name in names:
        text = INPUTS[name]()
        story = Story(uri="urn:x", headline=text[:HEAD_SIZE], lede=text[:HEAD_SIZE], body=text)
        began = time.perf_counter()
        try:
            with within(limit):
                findings = run_checks(
                    story, bundled_catalog().get("ap"), config, speller=RejectingSpeller()
                )
        except Hung:
            print(f"HUNG {name}", flush=True)
            return 3
        print(f"{name}\t{time.perf_counter() - began:.2f}\t{len(findings)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
