"""Start-up of the installed bundle against the same app run from a virtualenv.

Each run is a fresh process with a fresh library folder, timed from launch to exit
(wall clock and CPU time; Linux and macOS):
`--version` (the command line's floor), `list` on a library with one story, and the
window on Qt's offscreen platform until its story list is filled
(`EDITORIAL_EXIT_WHEN_READY=1`). Prints the median of each:

    python bench/bench_installed_startup.py [--bundle dist/editorial/editorial]
        [--venv .venv] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of one run; the CPU time says
    more on a busy machine, where the wall clock also counts waiting for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def environment(home: Path, cache: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": "offscreen",
        "EDITORIAL_EXIT_WHEN_READY": "1",
    }  # fmt: skip


def measure(program: list[str], runs: int) -> dict[str, tuple[float, float]]:
    times: dict[str, list[tuple[float, float]]] = {"--version": [], "list": [], "window": []}
    # The cache folder is shared, as a user's is: the city index is built once, by the
    # untimed first window below (its quitting waits for the build), not in every run.
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as first:
        subprocess.run(program, env=environment(Path(first), Path(cache)), check=True,
                       capture_output=True)  # fmt: skip
        for _ in range(runs):
            measure_once(program, Path(cache), times)
    return {
        name: (
            statistics.median(wall for wall, _ in values) * 1000,
            statistics.median(cpu for _, cpu in values) * 1000,
        )
        for name, values in times.items()
    }


def measure_once(
    program: list[str], cache: Path, times: dict[str, list[tuple[float, float]]]
) -> None:
    """One run of each, with a fresh library and settings folder."""
    with tempfile.TemporaryDirectory() as folder:
        env = environment(Path(folder), cache)
        subprocess.run([*program, "new", "--headline", "Bench"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        times["--version"].append(timed([*program, "--version"], env))
        times["list"].append(timed([*program, "list"], env))
        times["window"].append(timed(program, env))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "editorial" / "editorial"))
    parser.add_argument("--venv", default=os.environ.get("EDITORIAL_VENV", str(ROOT / ".venv")))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {
        "installed bundle": measure([args.bundle], args.runs),
        "virtualenv": measure([str(Path(args.venv) / "bin" / "editorial")], args.runs),
    }
    print(f"median of {args.runs} runs, ms (wall / CPU)   --version          list"
          "   window ready")  # fmt: skip
    for name, figures in results.items():
        cells = [f"{wall:>6.0f} / {cpu:<5.0f}" for wall, cpu in figures.values()]
        print(f"{name:<30}" + "  ".join(cells))


if __name__ == "__main__":
    main()
