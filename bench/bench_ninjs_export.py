"""`export_story(..., "ninjs")` of one long story (15 MB by default): processor time and
peak memory, in a process of its own, so that the peak is this story's.

    PYTHONPATH=src python bench/bench_ninjs_export.py [--megabytes N] [--source DIR]

`--source` runs another checkout's `src` instead (to compare before and after in one
sitting, alternating: the machine's load moves the figures, their ratio much less).

Measured on 2 December 2026 (a 15.0 MB body of wire copy with bold, links and lists, 47.6
MB of ninjs; load average 0.2 to 0.6 on two shared cores, runs alternated old, new, old,
new; processor time of `export_story` alone):

    before (three parses of the body, main at c323c93)   30.63 s, 28.38 s    667 MB
    after (one parse)                                     14.04 s, 11.30 s    680 MB

about 0.45 of the time. What is left is mostly that one parse (4.8 s of 6.2 s under
cProfile at 3 MB); the peak is the tokens and the JSON text, as before.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import datetime as dt, resource, sys, time
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story
from editorial.formats.detect import export_story
from editorial.services.styles import bundled_catalog

megabytes = float(sys.argv[1])
paragraph = (
    "Russian Defense Minister **Anatoly Serdyukov** called on Tuesday for a resumption of "
    "dialogue with [NATO](https://www.nato.int), frozen after a five-day war between "
    "Russia and Georgia in August. Scheffer said he would like to meet with Russian "
    "officials.\n\n- one point\n- another *point*\n\n"
)
body = paragraph * int(megabytes * 1_000_000 / len(paragraph))
story = Story(uri="urn:bench", headline="Russia urges dialogue", lede="Russia urged talks.",
              body=body, dateline=Dateline(city="ANKARA", country="Turkey"))
style = bundled_catalog().get("agency")
now = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
started = time.process_time()
text = export_story(story, "ninjs", style=style, now=now)
seconds = time.process_time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{len(body) / 1e6:.1f} MB: {seconds:.2f} s, {peak} MB, {len(text) / 1e6:.1f} MB of ninjs")
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
