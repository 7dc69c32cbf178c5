"""Cold start of `editorial` against the floor: a bare QApplication showing one QWidget.

Each run is a fresh process (offscreen), timed from launch to exit. Editorial exits once
its window is shown and the story list is filled (`EDITORIAL_EXIT_WHEN_READY=1`), so its
time includes opening (and on the first run creating) the library. Prints the median of
each and their ratio:

    PYTHONPATH=src python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
widget.resize(1400, 860)
widget.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

EDITORIAL = "from editorial.cli import main; raise SystemExit(main(['--library', LIBRARY]))"


def timed_run(
    code: str, env: dict[str, str], moments: dict[str, list[float]] | None = None
) -> float:
    """Seconds from launch to exit; `moments` collects what the process reports
    ("shown 412 ms") about its own progress."""
    env = {**env, "EDITORIAL_STARTED_AT": repr(time.time())}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"run failed ({result.returncode}):\n{result.stderr}")
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if moments is not None and value.endswith(" ms"):
            moments.setdefault(name, []).append(float(value[:-3]) / 1000)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_DATA_HOME=f"{home}/data",
            EDITORIAL_EXIT_WHEN_READY="1",
        )
        library = repr(f"{home}/library.sqlite")
        editorial_code = EDITORIAL.replace("LIBRARY", library)
        timed_run(editorial_code, env)  # creates the library; also warms the disk cache
        timed_run(BARE, env)
        bare: list[float] = []
        editorial: list[float] = []
        moments: dict[str, list[float]] = {}
        for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
            bare.append(timed_run(BARE, env))
            editorial.append(timed_run(editorial_code, env, moments))
    bare_median, editorial_median = statistics.median(bare), statistics.median(editorial)
    runs = f"(median of {args.runs})"
    print(f"bare QApplication + QWidget shown:   {bare_median * 1000:6.0f} ms {runs}")
    if moments.get("shown"):
        shown = statistics.median(moments["shown"])
        print(f"editorial window shown:              {shown * 1000:6.0f} ms {runs}")
    print(f"editorial window + story list, exit: {editorial_median * 1000:6.0f} ms {runs}")
    print(f"ratio editorial / bare:              {editorial_median / bare_median:6.2f}")


if __name__ == "__main__":
    main()
