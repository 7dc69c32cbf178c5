"""Bulk import of a big JSON Lines file with `editorial import`: stories a second and the
process's peak resident memory, against the file's size (reading it whole would hold it
all) and against the goal of 1,000 stories a second.

    PYTHONPATH=src python bench/bench_library_import.py [--stories 100000] [--runs 1]
        [--file wire.jsonl] [--keep LIBRARY.sqlite] [--json figures.json]
        [--library postgresql+psycopg://ROLE@/DATABASE?host=/run/postgresql]

The file is made by `bench/wire_stories.py` (about 4 KB a story) unless `--file` names
one. Each run imports it into a fresh library in a child process (`editorial --library
L import FILE`), timed from launch to exit; peak memory is the child's `ru_maxrss`, its
CPU time the child's own. With several runs, medians. `--keep` keeps the last run's
SQLite library (for `bench_big_library.py`). `--library URL` imports into that
PostgreSQL database instead (the search index maintained by the server): it is DROPPED
and made again before each run, so name one you can lose; when the server runs on this
machine and the role may read its data directory, the server's CPU time for the run is
reported too (its backends' time, reaped by the postmaster). The figures are also
written as JSON (default `bench/results/library_import.json`).

PostgreSQL (Debian's 15, tests/peers/postgresql.sh's cluster; 2 cores shared with
other helpers' tests, load average 4.5-5.4): 20,000 stories into an empty database,
before this change / after (schema 0011), alternated: 572 and 660 / 629 and 1,094
stories/s (the wall clock is the load's); CPU for the 20,000: the import's process
11-12 s either way, the server's 13.7-13.8 / 13.5-15.4 s. 5,000 more into the
100,000-story library: 263-272 / 236-284 stories/s, the server 0.8-1.1 ms a story
either way. The goal of 1,000/s with the index is NOT met under that load; where the
time goes, per story: the server 0.7-1.0 ms (the trigger's tsvector 0.3 ms, nearly all
of it PostgreSQL's text parser over some 2.9 KB; GIN and b-tree upkeep 0.2-0.4 ms;
the row 0.1 ms), this process 0.6 ms (0.3 ms reading ninjs into stories, on the
reader thread; 0.15 ms writing them). With two idle cores the two overlap: at best
some 1,100-1,400 stories/s. Tried and dropped: a 16-64 MB GIN pending list for the
import's transaction, merged once at its end (no server time saved end to end).

`editorial check-library` on that 100,000-story PostgreSQL library: 27-32 s (36-37 s of
server CPU in a parallel scan, leader and two workers; the same before and after). It
recomputes every story's tsvector from its text on the server, in one statement, and
compares it with the kept one, so it finds a vector written by hand, a missing one,
and every vector a change of the text search configuration or dictionaries made
stale. That parse (0.36 ms a story) is the whole cost; a kept hash of the text would
make it fast but would see none of the last kind.
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


def import_once(file: Path, library: str, env: dict[str, str]) -> tuple[float, int, int, float]:
    """(seconds, peak resident bytes, stories printed, child CPU seconds) for one
    `editorial import`."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, library, str(file)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"import failed ({done.returncode}):\n{done.stderr[-2000:]}")
    peak_kb = next(int(line.split()[1]) for line in done.stderr.splitlines()
                   if line.startswith("PEAK_KB"))  # fmt: skip
    cpu = (after.children_user + after.children_system
           - before.children_user - before.children_system)  # fmt: skip
    return elapsed, peak_kb * 1024, len(done.stdout.splitlines()), cpu


class PostgresLibrary:
    """The PostgreSQL database `--library` names, made anew for each run."""

    def __init__(self, location: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.location = location
        self.name = make_url(location).database or ""
        if not self.name:
            raise SystemExit("--library: name the database to import into")
        admin = make_url(location).set(database="postgres")
        self.admin = create_engine(admin, isolation_level="AUTOCOMMIT")

    def fresh(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))

    def server_cpu(self) -> float | None:
        """The CPU seconds the server's finished backends have used so far (the
        postmaster's reaped children), or None when it cannot be read from here."""
        from sqlalchemy import text

        try:
            with self.admin.connect() as connection:
                folder = connection.execute(text("SHOW data_directory")).scalar_one()
            pid = int(Path(folder, "postmaster.pid").read_text().split()[0])
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
        except Exception:  # another machine, or not allowed to look
            return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the last run's library here")
    parser.add_argument("--library", help="a PostgreSQL database to import into (dropped first)")
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
        times, peaks, cpus, server_cpus, printed = [], [], [], [], 0
        library = Path(home) / "library.sqlite"
        postgres = PostgresLibrary(args.library) if args.library else None
        for _ in range(args.runs):
            for leftover in Path(home).glob("library.sqlite*"):
                leftover.unlink()
            if postgres is not None:
                postgres.fresh()
            server_before = postgres.server_cpu() if postgres is not None else None
            where = postgres.location if postgres is not None else str(library)
            elapsed, peak, printed, cpu = import_once(file, where, env)
            server_after = postgres.server_cpu() if postgres is not None else None
            times.append(elapsed)
            peaks.append(peak)
            cpus.append(cpu)
            if server_before is not None and server_after is not None:
                server_cpus.append(server_after - server_before)
        if args.keep is not None and postgres is None:
            shutil.copyfile(library, args.keep)
    seconds, peak = statistics.median(times), statistics.median(peaks)
    cpu = statistics.median(cpus)
    server = statistics.median(server_cpus) if server_cpus else None
    rate = printed / seconds
    runs = f"(median of {args.runs})" if args.runs > 1 else "(one run)"
    print(f"file: {printed:,} stories, {size / 1e6:,.0f} MB; library: "
          f"{'PostgreSQL ' + args.library if args.library else 'SQLite'}")  # fmt: skip
    print(f"editorial import: {seconds:8.1f} s, {rate:8,.0f} stories/s {runs}")
    print(f"  CPU: the import's process {cpu:.1f} s"
          + (f", the server's {server:.1f} s" if server is not None else "")
          + f" (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    print(f"  against the goal of {GOAL_PER_SECOND:,.0f}/s: {rate / GOAL_PER_SECOND:6.2f}x")
    print(f"peak resident:    {peak / 1e6:8.0f} MB; the file is {size / 1e6:,.0f} MB "
          f"(peak / file {peak / size:.2f})")  # fmt: skip
    figures = {
        "stories": printed, "file_bytes": size, "runs": args.runs,
        "seconds_median": seconds, "stories_per_second": rate,
        "ratio_to_goal_1000_per_s": rate / GOAL_PER_SECOND,
        "peak_rss_bytes": peak, "peak_over_file_size": peak / size,
        "process_cpu_seconds": cpu, "server_cpu_seconds": server,
        "backend": "postgresql" if args.library else "sqlite",
    }  # fmt: skip
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
