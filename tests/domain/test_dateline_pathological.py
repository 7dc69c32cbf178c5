"""The dateline reader takes time bounded by a dateline's length, not the paragraph's: a
megabyte of spaces, commas, capitals, dashes or unclosed parentheses is read as fast as
a sentence, straight and through the web copy and ninjs readers. And it is handed the
house styles it knows; there is no process-wide set to fall back on."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorial.domain.dateline import Dateline, DatelineError
from editorial.domain.dateline_parser import (
    MAX_DATELINE_CHARACTERS,
    match_dateline,
    parse_dateline,
)
from tests.catalogs import HOUSE_STYLES
from tests.domain.dateline_pathological_child import INPUTS

CHILD = Path(__file__).with_name("dateline_pathological_child.py")
ROOT = Path(__file__).resolve().parents[2]
STYLES = tuple(HOUSE_STYLES.values())
REFERENCE = dt.date(2008, 11, 18)
# Seconds for one input through all four readers: they take hundredths; the quadratic
# reader took 10 s for 4,000 spaces and would take days for a megabyte.
LIMIT_PER_INPUT = 20


def test_a_megabyte_of_dateline_material_is_read_promptly() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    try:
        done = subprocess.run(
            [sys.executable, str(CHILD), str(LIMIT_PER_INPUT)],
            capture_output=True, text=True, env=env,
            timeout=LIMIT_PER_INPUT * len(INPUTS) + 30,
        )  # fmt: skip
    except subprocess.TimeoutExpired as stopped:
        so_far = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else ""
        pytest.fail(f"the dateline reader hung after:\n{so_far}")
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == list(INPUTS)


def test_a_dateline_after_leading_spaces_or_before_a_long_paragraph_is_found() -> None:
    text = " " * 100_000 + "ANKARA, Nov 18 (Reuters) -  " + "Text goes on. " * 50_000
    found = match_dateline(text, reference=REFERENCE, styles=STYLES)
    assert found is not None
    assert found.dateline == Dateline("Ankara", "", "", dt.date(2008, 11, 18), "Reuters")
    assert (found.start, text[found.end :][:4]) == (100_000, "Text")


def test_the_longest_dateline_is_found_and_a_longer_one_is_not() -> None:
    city = "A" * 90
    source = "S" * 60
    longest = f"{city}, Nov 18 ({source}) - Text."
    found = match_dateline(longest, reference=REFERENCE, styles=STYLES)
    assert found is not None and found.dateline.source == source
    assert found.end - found.start <= MAX_DATELINE_CHARACTERS + 1
    assert match_dateline("A" * 200 + ", Nov 18 (AP) - Text.", styles=STYLES) is None


@pytest.mark.parametrize("after", ["", "\n", " Text.", "\tText."])
def test_the_dash_closes_at_a_space_or_the_end(after: str) -> None:
    found = match_dateline("LONDON (AP) —" + after, styles=STYLES)
    assert found is not None and found.dateline.source == "AP"


@pytest.mark.parametrize(("after", "found"), [(" Text.", True), ("", True), ("x", False),
                                              ("-", False), ("\nText.", False)])  # fmt: skip
def test_what_follows_the_longest_dashes_is_read(after: str, found: bool) -> None:
    # A dateline as long as one can be: what follows its dash lies past the characters
    # a dateline may hold, and still decides.
    longest = "A" * 92 + ", Nov 18" + " " * 8 + "(" + "S" * 60 + ")" + " " * 8 + "--"
    assert len(longest) == MAX_DATELINE_CHARACTERS
    match = match_dateline(longest + after, reference=REFERENCE, styles=STYLES)
    assert (match is not None) is found


def test_a_typed_dateline_longer_than_any_is_refused_with_a_message() -> None:
    with pytest.raises(DatelineError, match="at most 180") as caught:
        parse_dateline("  ANKARA" + " " * 1_000_000 + "x", styles=STYLES)
    assert caught.value.position == 2 + MAX_DATELINE_CHARACTERS


def test_the_styles_handed_in_are_what_the_reader_knows() -> None:
    text = "SAN JOSE, Calif., Sept. 5 (AP) — Text."
    found = match_dateline(text, reference=REFERENCE, styles=STYLES)
    assert found is not None
    assert (found.dateline.region, found.dateline.country) == ("California", "United States")
    # Without a house style, CLDR's months are still known; AP's state forms are not.
    bare = match_dateline(text, reference=REFERENCE, styles=())
    assert bare is not None and bare.dateline.date == dt.date(2008, 9, 5)
    assert (bare.dateline.region, bare.dateline.country) == ("", "Calif.")
