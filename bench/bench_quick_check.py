"""How long SQLite's `quick_check` takes on a library of 20,000 stories: the price of the
check a `Library` runs before its first write (to refuse writing to a damaged file).

    PYTHONPATH=src python bench/bench_quick_check.py [--stories 20000] [--runs 5]

Builds the library once (stories of some 500 words), then times `PRAGMA quick_check` and,
for comparison, the full `PRAGMA integrity_check` and opening the library, with the file
in the page cache (the usual case: the library was just opened).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from editorial.domain.story import new_story
from editorial.storage.library import Library

PARAGRAPH = (
    "Russia's envoy to NATO Dmitry Rogozin said on Tuesday that ambassador-level "
    "consultations between Russia and NATO could take place before the end of the year, "
    "and that the alliance had signalled it was ready to listen. "
) * 4


def build(path: Path, count: int) -> None:
    with Library.open(path) as library:
        batch = 1000
        for start in range(0, count, batch):
            library.add_many(
                [
                    new_story("bench.example", headline=f"Story {n}").edited(
                        body="\n\n".join([PARAGRAPH] * 3)
                    )
                    for n in range(start, min(count, start + batch))
                ]
            )


def timed(path: Path, pragma: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        with sqlite3.connect(path) as connection:
            start = time.perf_counter()
            assert connection.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite"
        build(path, args.stories)
        size = path.stat().st_size / 1e6
        opens = []
        for _ in range(args.runs):
            start = time.perf_counter()
            Library.open(path, create=False).close()
            opens.append(time.perf_counter() - start)
        print(f"library: {args.stories} stories, {size:.0f} MB")
        print(f"open:            {statistics.median(opens) * 1000:7.1f} ms")
        print(f"quick_check:     {timed(path, 'quick_check', args.runs) * 1000:7.1f} ms")
        print(f"integrity_check: {timed(path, 'integrity_check', args.runs) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
