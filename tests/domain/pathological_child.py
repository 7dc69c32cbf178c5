"""Run by test_pathological_input.py in its own process: every check on long runs of text
that make a careless regular expression backtrack (no spaces, a row of `=`, one letter
many times, base64, repeated punctuation), each at two lengths under an alarm: four
times the text must take about four times as long, not sixteen (tests/linear_time.py).

    python tests/domain/pathological_child.py SECONDS_PER_RUN [NAME ...]

Prints `NAME SECONDS SECONDS FINDINGS` for each input (the shorter text's time, the
longer one's, the longer one's findings); on a run past its limit, prints `HUNG NAME`
and exits 3; on an input whose time grows faster than its length, prints
`SUPERLINEAR NAME SECONDS SECONDS` and exits 4.
"""

from __future__ import annotations

import base64
import random
import sys
from collections.abc import Callable

from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.story import Story
from editorial.services.styles import bundled_catalog
from tests.linear_time import grows_linearly, growth
from tests.time_limit import Hung

# The body's characters in the shorter text (the longer has FACTOR times as many): a
# quadratic pattern that a megabyte would hold for minutes grows sixteenfold here.
SIZE = 50_000
HEAD_SHARE = 10  # the headline and the lede: a tenth of it, the same checks and their own


def _base64(size: int) -> str:
    return base64.b64encode(random.Random(6).randbytes(size)).decode()[:size]


def _in_lines(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


# Each makes a text of about `size` characters.
INPUTS: dict[str, Callable[[int], str]] = {
    "one letter": _repeat("a"),
    "one capital": _repeat("A"),
    "one cyrillic letter": _repeat("ж"),
    "equals signs": _repeat("="),
    "base64": _base64,
    "base64 in lines": lambda size: _in_lines(_base64(size), 76),
    "spaces": lambda size: "a" + " " * size + "a",
    "no-break spaces": lambda size: "a" + "\u00a0 " * (size // 2) + "a",
    "newlines": lambda size: "a" + "\n" * size + "a",
    "blank lines with tabs": _repeat("\n \t"),
    "exclamation marks": _repeat("!"),
    "at signs": _repeat("@"),
    "letter and at sign": _repeat("a@"),
    "addresses without spaces": _repeat("a@b."),
    "link openings": _repeat("]("),
    "backticks": _repeat("`a"),
    "figures and marks": _repeat("1!"),
    "figures": _repeat("1 "),
    "initials": lambda size: "A." * (size // 2) + "x.",
    "initials to the end": _repeat("A."),
    "straight quotes": _repeat('"'),
    "brackets": _repeat("("),
    "guillemets": _repeat("«"),
    "apostrophes": _repeat("a'"),
    "hyphens": _repeat("a-"),
    "a doubled word": _repeat("the "),
    "a long link": lambda size: "http://" + "a" * size,
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


def story_of(make: Callable[[int], str]) -> Callable[[int], Story]:
    def story(size: int) -> Story:
        text = make(size)
        head = text[: len(text) // HEAD_SHARE]
        return Story(uri="urn:x", headline=head, lede=head, body=text)

    return story


def main(argv: list[str]) -> int:
    limit = int(argv[0])
    names = argv[1:] or list(INPUTS)
    config = CheckConfig()
    style = bundled_catalog().get("ap")
    findings: list[object] = []

    def check(story: Story) -> None:
        findings[:] = run_checks(story, style, config, speller=RejectingSpeller())

    for name in names:
        try:
            small, large = growth(story_of(INPUTS[name]), check, SIZE, limit=limit)
        except Hung:
            print(f"HUNG {name}", flush=True)
            return 3
        if not grows_linearly(small, large):
            print(f"SUPERLINEAR {name}\t{small:.3f}\t{large:.3f}", flush=True)
            return 4
        print(f"{name}\t{small:.3f}\t{large:.3f}\t{len(findings)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
