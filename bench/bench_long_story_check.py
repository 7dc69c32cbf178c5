"""`run_checks` on one long story (15 MB by default): processor time and peak memory, in
a process of its own, so that the peak is this story's.

    PYTHONPATH=src python bench/bench_long_story_check.py [--megabytes N] [--source DIR]

`--source` runs another checkout's `src` instead (to compare before and after in one
sitting, alternating: the machine's load moves the figures, their ratio much less).

Measured on 2 December 2026 (a 15.2 MB story of wire copy with 90,576 findings; load
average 3.0 to 3.5 on two shared cores, runs alternated old, new, old, new):

    before (main at acc8bb1)   9.36 s, 8.54 s    571 MB
    after                      5.56 s, 5.97 s    139 MB

and `editorial check` on that story as a file, the whole command: 10.6 s of processor
time and 636 MB before, 8.1 s and 198 MB after. The rest of the time is the words'
regular expressions themselves (spelling, doubled words, numbers) and the findings.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import resource, sys, time
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.story import Story
from editorial.services.spelling import HunspellSpeller, SpellingUnavailable
from editorial.services.styles import bundled_catalog

megabytes = float(sys.argv[1])
paragraph = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war between Russia and Georgia in August. "
    "Scheffer said he would like to like to meet with Russian officials.\n\n"
)
body = paragraph * int(megabytes * 1_000_000 / len(paragraph))
story = Story(uri="urn:bench", headline="Russia urges dialogue", body=body)
catalog = bundled_catalog()
try:
    speller = HunspellSpeller("en", set())
except SpellingUnavailable:
    speller = None
started = time.process_time()
findings = run_checks(story, catalog.get("agency"), CheckConfig(), speller=speller,
                      styles=catalog.styles.values())
seconds = time.process_time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{len(body) / 1e6:.1f} MB: {seconds:.2f} s, {peak} MB, {len(findings)} findings")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=15.0)
    parser.add_argument("--source", type=Path, default=Path(__file__).parents[1] / "src")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.source)}
    subprocess.run([sys.executable, "-c", CHILD, str(args.megabytes)], env=env, check=True)


if __name__ == "__main__":
    main()
