"""Cold start of `editorial` against the floor: a bare PySide6 window with an editor and
a text browser, shown and painted (the reference of `bench_big_library.py`).

Each run is a fresh process (offscreen) on a small library (made by the first run).
Editorial reports when its window is shown, when it is painted with its story list
(`listed`, the cold-start figure) and when the desk is open (`ready`), each with the
process's CPU time then, and exits (`EDITORIAL_EXIT_WHEN_READY=1`); the time to exit is
measured too. Bytecode is written and read as an installed app has it, and the
gazetteer's index is built beforehand. Prints medians and their ratios, with the load
average, and writes them as JSON:

    PYTHONPATH=src python bench/bench_startup.py [--runs 7] [--json FILE]

For a 100,000-story library, `bench_big_library.py` measures the same beside it (with
counted instructions and where the milliseconds go).

Figures, 2 Dec 2026, on the shared 2-core machine, 7 runs each, run one after another:
before (main at 844fa16, load 1.8): bare 158 ms (CPU 157), list painted 335 ms (CPU
339): ratio 2.12, CPU 2.16; after (branch h61, load 2.0 and 1.6, two runs): bare 168 /
179 ms, list painted 318 / 321 ms (CPU 319 / 318): ratio 1.89 / 1.79, CPU 1.91 / 1.79.
The desk opens about a second after launch either way (SQLAlchemy's import).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_big_library import (  # noqa: E402  (a sibling script, found through sys.path)
    BARE,
    EDITORIAL,
    GAZETTEER_INDEX,
    bench_environment,
    load_average,
    median_moments,
    moments,
)


def timed_moments(code: str, env: dict[str, str]) -> dict[str, float]:
    """The moments the process reports, and `exit`: launch to exit, wall clock."""
    started = time.perf_counter()
    found = moments(code, env)
    found["exit"] = time.perf_counter() - started
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "startup.json")
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {"runs": args.runs, "load_average_before": load_average()}
    with tempfile.TemporaryDirectory() as home:
        env = bench_environment(home)
        start_env = {**env, "EDITORIAL_EXIT_WHEN_READY": "1"}
        code = EDITORIAL.replace("LIBRARY", repr(f"{home}/library.sqlite"))
        subprocess.run([sys.executable, "-c", GAZETTEER_INDEX], env=env, check=True)
        moments(code, start_env)  # creates the library; writes the bytecode; warms the disk
        moments(BARE, env)
        bare_runs, editorial_runs = [], []
        for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
            bare_runs.append(timed_moments(BARE, env))
            editorial_runs.append(timed_moments(code, start_env))
    bare, editorial = median_moments(bare_runs), median_moments(editorial_runs)
    figures.update(
        bare=bare,
        editorial=editorial,
        ratio=editorial["listed"] / bare["listed"],
        cpu_ratio=editorial["listed-cpu"] / bare["listed-cpu"],
        ready_ratio=editorial["ready"] / bare["listed"],
        exit_ratio=editorial["exit"] / bare["exit"],
        goal_ratio=1.5,
        load_average_after=load_average(),
        at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )
    report(figures, args.runs)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


def report(f: dict[str, Any], runs: int) -> None:
    bare, ed = f["bare"], f["editorial"]
    before, after = f["load_average_before"], f["load_average_after"]
    print(f"load average (1 min): before {before[0]:.1f}, after {after[0]:.1f}")
    print(f"median of {runs} runs          wall ms   CPU ms")

    def row(title: str, times: dict[str, float], moment: str, tail: str = "") -> None:
        wall, cpu = times[moment] * 1000, times[f"{moment}-cpu"] * 1000
        print(f"{title:<26} {wall:7.0f}  {cpu:7.0f}{tail}")

    row("bare window painted:", bare, "listed")
    row("editorial window shown:", ed, "shown")
    row("editorial list painted:", ed, "listed",
        f"   ratio {f['ratio']:.2f}, CPU {f['cpu_ratio']:.2f} (goal <= 1.5)")  # fmt: skip
    row("editorial desk open:", ed, "ready", f"   ratio {f['ready_ratio']:.2f}")
    print(f"launch to exit:  bare {bare['exit'] * 1000:.0f} ms, editorial "
          f"{ed['exit'] * 1000:.0f} ms, ratio {f['exit_ratio']:.2f}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
