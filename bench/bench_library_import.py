"""Bulk import of a big JSON Lines file with `editorial import`: stories a second and the
process's peak resident memory, against the file's size (reading it whole would hold it
all) and against the goal of 1,000 stories a second.

    PYTHONPATH=src python bench/bench_library_import.py [--stories 100000] [--runs 1]
        [--file wire.jsonl] [--keep LIBRARY.sqlite] [--json figures.json]

The file is made by `bench/wire_stories.py` (about 4 KB a story) unless `--file` names
one. Each run imports it into a fresh library in a child process (`editorial --library
L import FILE`), timed from launch to exit; peak memory is the child's `ru_maxrss`.
With several runs, medians. `--keep` keeps the last run's library (for
`bench_big_library.py`). The figures are also written as JSON (default
`bench/results/library_import.json`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
GOAL_PER_SECOND = 1000.0

# The child reports its own peak, so that nothing else this process started counts.
CHILD = """
import resource, sys
from editorial.cli import main
status = main(["--library", sys.argv[1], "import", sys.argv[2]])
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"PEAK_KB {peak_kb}", file=sys.stderr)
raise SystemExit(status)
"""


def import_once(file: Path, library: Path, env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, peak resident bytes, stories printed) for one `editorial import`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(library), str(file)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"import failed ({done.returncode}):\n{done.stderr[-2000:]}")
    peak_kb = next(int(line.split()[1]) for line in done.stderr.splitlines()
                   if line.startswith("PEAK_KB"))  # fmt: skip
    return elapsed, peak_kb * 1024, len(done.stdout.splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the last run's library here")
    sys.path.insert(0, str(HERE))
    from figures import add_json_option, write_figures
    from wire_stories import write_wire_file

    add_json_option(parser, "library_import")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
            XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
            XDG_STATE_HOME=f"{home}/state",
        )  # fmt: skip
        file = args.file or Path(home) / "wire.jsonl"
        if args.file is None:
            write_wire_file(file, args.stories)
        size = file.stat().st_size
        times, peaks, printed = [], [], 0
        library = Path(home) / "library.sqlite"
        for _ in range(args.runs):
            for leftover in Path(home).glob("library.sqlite*"):
                leftover.unlink()
            elapsed, peak, printed = import_once(file, library, env)
            times.append(elapsed)
            peaks.append(peak)
        if args.keep is not None:
            shutil.copyfile(library, args.keep)
    seconds, peak = statistics.median(times), statistics.median(peaks)
    rate = printed / seconds
    runs = f"(median of {args.runs})" if args.runs > 1 else "(one run)"
    print(f"file: {printed:,} stories, {size / 1e6:,.0f} MB")
    print(f"editorial import: {seconds:8.1f} s, {rate:8,.0f} stories/s {runs}")
    print(f"  against the goal of {GOAL_PER_SECOND:,.0f}/s: {rate / GOAL_PER_SECOND:6.2f}x")
    print(f"peak resident:    {peak / 1e6:8.0f} MB; the file is {size / 1e6:,.0f} MB "
          f"(peak / file {peak / size:.2f})")  # fmt: skip
    figures = {
        "stories": printed, "file_bytes": size, "runs": args.runs,
        "seconds_median": seconds, "stories_per_second": rate,
        "ratio_to_goal_1000_per_s": rate / GOAL_PER_SECOND,
        "peak_rss_bytes": peak, "peak_over_file_size": peak / size,
    }  # fmt: skip
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
