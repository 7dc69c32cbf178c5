"""Editorial with a big library open: cold start, memory, typing and autosave, each beside
a reference measured in the same run.

    PYTHONPATH=src python bench/bench_big_library.py [LIBRARY.sqlite] [--stories 100000]
        [--runs 5] [--json bench/results/big_library.json]

LIBRARY is a library made by `bench_library_import.py --keep` (100,000 wire stories for
the real figures); without one, one of `--stories` generated stories is imported first
(`bench_library_import.py`, its figures printed too). Every measure runs in fresh
child processes (offscreen Qt):

- **start**: launch until `editorial` (EDITORIAL_EXIT_WHEN_READY) says it is ready (the
  window shown and its story list filled), against a bare PySide6 window with an editor
  and a text browser shown and painted, and against Editorial with a one-story library.
  Goal: at most 1.5x the bare window.
- **memory**: resident memory with the library open and the list scrolled through 50
  pages (10,000 rows), against the bare window. Goal: under 200 MB.
- **typing**: a new story's headline typed a letter every 80 ms for 60 letters (some
  four autosaves land meanwhile): per keystroke, the time until the window title shows
  it, and the longest the GUI thread did not answer a 2 ms heartbeat (autosave and list
  upkeep included). Reference: the same with a one-story library. Goal: p90 within a
  16 ms frame, no stall over 50 ms.
- **autosave**: `Library.save` of one story (an autosave), 200 times, median and p99,
  in the big library and in a one-story library.

Medians of `--runs` runs for start; the others once per run, medians over runs. The
figures are also written as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QApplication, QMainWindow, QPlainTextEdit, QSplitter,
                               QTextBrowser)
app = QApplication([])
window = QMainWindow()
splitter = QSplitter()
splitter.addWidget(QPlainTextEdit("Headline\\n\\nBody of the story."))
splitter.addWidget(QTextBrowser())
window.setCentralWidget(splitter)
window.resize(1400, 860)
window.show()
window.repaint()
app.processEvents()
import os, time
started = os.environ.get("EDITORIAL_STARTED_AT")
if started:
    print(f"ready {(time.time() - float(started)) * 1000:.0f} ms", flush=True)
if len(sys.argv) > 1:
    app.processEvents()
    print("RSS", int(open("/proc/self/statm").read().split()[1]) * 4096)
QTimer.singleShot(0, app.quit)
app.exec()
"""

EDITORIAL = "from editorial.cli import main; raise SystemExit(main(['--library', LIBRARY]))"


def ready_after(code: str, env: dict[str, str]) -> float:
    """Seconds from launch until the process says it is ready (painted; for Editorial,
    the story list filled): what a person waits for, without the quitting after it."""
    _, out = run(code, {**env, "EDITORIAL_STARTED_AT": repr(time.time())})
    line = next(line for line in out.splitlines() if line.startswith("ready "))
    return float(line.split()[1]) / 1000


def run(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, check=False, timeout=900)  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, done.stdout


def child(kind: str, env: dict[str, str], library: Path) -> dict[str, Any]:
    _, out = run(f"import sys; sys.path.insert(0, {str(HERE)!r}); import big_library_child "
                 f"as c; c.main({kind!r}, {str(library)!r})", env)  # fmt: skip
    line = next(line for line in out.splitlines() if line.startswith("{"))
    return dict(json.loads(line))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path, nargs="?")
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "big_library.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        if args.library is None:
            sys.path.insert(0, str(HERE))
            from bench_library_import import main as import_bench

            args.library = Path(home) / "generated.sqlite"
            import_bench(["--stories", str(args.stories), "--keep", str(args.library)])
        figures: dict[str, Any] = {"library": str(args.library), "runs": args.runs}
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
            XDG_STATE_HOME=f"{home}/state", XDG_RUNTIME_DIR=home,
        )  # fmt: skip
        big = Path(home) / "big.sqlite"
        shutil.copyfile(args.library, big)  # the runs type into it: keep the original
        small = Path(home) / "small.sqlite"
        start_env = {**env, "EDITORIAL_EXIT_WHEN_READY": "1"}
        code = EDITORIAL.replace("LIBRARY", repr(str(big)))
        run(code, start_env)  # warms the disk cache
        run(EDITORIAL.replace("LIBRARY", repr(str(small))), start_env)  # makes the small one
        small_code = EDITORIAL.replace("LIBRARY", repr(str(small)))
        bare_times, small_times, editorial_times = [], [], []
        for _ in range(args.runs):  # interleaved, so drift on the machine hits all alike
            bare_times.append(ready_after(BARE, env))
            small_times.append(ready_after(small_code, start_env))
            editorial_times.append(ready_after(code, start_env))
        bare_start, small_start, editorial_start = map(
            statistics.median, (bare_times, small_times, editorial_times)
        )
        figures["start"] = {
            "bare_s": bare_start, "one_story_library_s": small_start,
            "editorial_s": editorial_start, "ratio": editorial_start / bare_start,
            "ratio_to_one_story_library": editorial_start / small_start, "goal_ratio": 1.5,
        }  # fmt: skip

        bare_rss = statistics.median(
            int(run(BARE, env, "rss")[1].split()[1]) for _ in range(args.runs)
        )
        memory = [child("memory", env, big) for _ in range(max(1, args.runs // 2))]
        small_memory = [child("memory", env, small) for _ in range(max(1, args.runs // 2))]
        rss = statistics.median(m["rss"] for m in memory)
        small_rss = statistics.median(m["rss"] for m in small_memory)
        figures["memory"] = {
            "bare_rss": bare_rss, "small_library_rss": small_rss, "editorial_rss": rss,
            "rows": memory[0]["rows"], "ratio": rss / bare_rss,
            "ratio_to_small_library": rss / small_rss, "goal_bytes": 200e6,
        }  # fmt: skip

        typing = {name: [child("typing", env, lib) for _ in range(max(1, args.runs // 2))]
                  for name, lib in (("big", big), ("small", small))}  # fmt: skip
        figures["typing"] = {
            name: {
                "median_ms": statistics.median(statistics.median(r["keys_ms"]) for r in rs),
                "p90_ms": statistics.median(percentile(r["keys_ms"], 0.9) for r in rs),
                "max_ms": statistics.median(max(r["keys_ms"]) for r in rs),
                "longest_stall_ms": statistics.median(r["stall_ms"] for r in rs),
                "autosaves": statistics.median(r["autosaves"] for r in rs),
            }
            for name, rs in typing.items()
        }
        saves = {
            name: child("autosave", env, lib) for name, lib in (("big", big), ("small", small))
        }
        figures["autosave"] = {
            name: {"median_ms": statistics.median(s["save_ms"]),
                   "p99_ms": percentile(s["save_ms"], 0.99)}
            for name, s in saves.items()
        }  # fmt: skip
    report(figures)
    figures["at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


def report(f: dict[str, Any]) -> None:
    s, m, t, a = f["start"], f["memory"], f["typing"], f["autosave"]
    print(f"cold start, bare window:       {s['bare_s'] * 1000:7.0f} ms")
    print(f"cold start, one-story library: {s['one_story_library_s'] * 1000:7.0f} ms")
    print(f"cold start, editorial + list:  {s['editorial_s'] * 1000:7.0f} ms  "
          f"ratio to bare {s['ratio']:.2f} (goal <= 1.5), to one story "
          f"{s['ratio_to_one_story_library']:.2f}")  # fmt: skip
    print(f"resident, bare window:         {m['bare_rss'] / 1e6:7.0f} MB")
    print(f"resident, one-story library:   {m['small_library_rss'] / 1e6:7.0f} MB")
    print(f"resident, open + {m['rows']:,} rows:  {m['editorial_rss'] / 1e6:7.0f} MB  "
          f"ratio to bare {m['ratio']:.2f}, to one story {m['ratio_to_small_library']:.2f} "
          "(goal < 200 MB)")  # fmt: skip
    for name in ("small", "big"):
        k = t[name]
        print(f"typing ({name} library): key to title median {k['median_ms']:.1f} ms, p90 "
              f"{k['p90_ms']:.1f}, max {k['max_ms']:.1f}; longest stall "
              f"{k['longest_stall_ms']:.1f} ms over {k['autosaves']:.0f} autosaves")  # fmt: skip
    print(
        f"  p90 big / small: {t['big']['p90_ms'] / t['small']['p90_ms']:.2f} "
        "(goal: p90 <= 16 ms, no stall over 50 ms)"
    )
    for name in ("small", "big"):
        print(f"autosave ({name} library): median {a[name]['median_ms']:.1f} ms, "
              f"p99 {a[name]['p99_ms']:.1f} ms")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
