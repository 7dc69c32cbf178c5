"""Editorial with a big library open: cold start, memory, typing and autosave, each beside
a reference measured in the same run.

    PYTHONPATH=src python bench/bench_big_library.py [LIBRARY.sqlite] [--stories 100000]
        [--runs 5] [--json bench/results/big_library.json]

LIBRARY is a library made by `bench_library_import.py --keep` (100,000 wire stories for
the real figures); without one, the library of `--stories` generated stories kept in
`--cache` from an earlier run is used, or made first (`bench_library_import.py`, its
figures printed too; `--fresh` makes it again). Every measure runs in fresh child
processes (offscreen Qt), with bytecode written and read as an installed app has it
(PYTHONDONTWRITEBYTECODE is dropped: without it every start compiles the sources), and
shiboken's compiled support code and the gazetteer's index file made by a start
beforehand, as any start after the first finds them:

- **start**: launch until `editorial` (EDITORIAL_EXIT_WHEN_READY) says its window is
  painted with the first page of the story list (`listed`; the cold-start figure), and
  until the desk is open (`ready`: the story open, the editor live), against a bare
  PySide6 window with an editor and a text browser shown and painted, and against
  Editorial with a one-story library. Wall clock and the process's CPU time at that
  moment (a shared, busy machine stretches the wall clock; CPU time less). Goal: at
  most 1.5x the bare window.
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
figures are also written as JSON, with the machine's load average before and after.

Cold start, 100,000 stories (/tmp/s6/big.sqlite), 2 Dec 2026:

- Before (main at 844fa16), measured by the lead on a quiet machine (load 0.8): bare
  window painted 127 ms (CPU 126), window + list painted 277 ms (CPU 281): ratio 2.18,
  CPU 2.23; desk open 945 ms.
- After (branch h61), on the shared machine at load 3.9-6: wall clock is no measure
  there (the bare window itself took 230-340 ms). Same-run CPU, 10 interleaved runs of
  bare / before / after (`ab` of the two trees): bare 136 ms, before 292 ms, after
  270 ms: CPU ratio 2.14 -> 1.98. This script's own run at load 5-6: CPU ratio 2.11
  (before the style-sheet change), wall ratio 2.15.
- Counted instructions to the painted list (valgrind --tool=cachegrind, the same every
  run, unlike time on a busy machine): bare window 603 M; before 1,268 M (2.10x);
  after 1,194-1,208 M (1.98-2.00x). At 1.5x the budget would be 905 M.

What the remaining ~600 M instructions (~125 ms on these cores, ~4.8 M per ms) are, by
subtraction (each part left out in turn):
- The Qt classes the first frame uses (169, against the bare window's ~10), each made
  on first use by PySide6 with its enums: 273 M (~57 ms). The `Qt` namespace's ~100
  enums alone are 119 M (~25 ms), QStyle's 45 M (~9 ms): every model, view and the
  list's delegate needs both (item roles, alignment, the selected state, the panel the
  style draws). Only a first frame drawn without our Python (no Qt enum touched before
  it) would avoid them.
- Our own modules before the first frame (about 60: the window's widgets, the list and
  its model, the domain's story and dates, settings, theme, translations, the lanes):
  ~155 M (~32 ms) of module bodies, classes, dataclasses and enums.
- Building and painting the window beyond the bare one: ~185 M (~38 ms), of which the
  application style sheet is ~35 M (its polish of every widget and its drawing; ~60 M
  before the window was built with it held back), the menus and actions 4 M, the
  preview's placeholder 6 M, the translation under 1 M.

Then on a quiet machine (load average about 1, nothing else running), main with this
work merged: bare window painted 99 ms (CPU 98), window + list painted 199 ms (CPU 200):
ratio 2.01, CPU 2.04; one-story library 196 ms (the big library 1.02x of it); desk open
684 ms; resident with 10,200 rows scrolled 193 MB; typing p90 1.5 ms, longest stall
10.5 ms; autosave median 2.1 ms, p99 5.8 ms.

Then without Qt's enums in the first frame (branch h66, 2 Dec 2026). Counted instructions
to the painted list (`count_first_frame.py`): bare window 606 M; before (main at
c323c93) 1,201 M (1.98x); after 1,058 M (1.74x). Wall clock, 12 interleaved runs of bare
/ before / after, twice (load 0.9-1.0, then 1.5-1.6): bare 91 / 92 ms, before 185 / 182
ms (CPU 180 / 180; ratio 2.03 / 1.98), after 167 / 168 ms (CPU 164 / 164; ratio 1.84 /
1.83, CPU 1.81 / 1.80). This script's own run
after (5 runs, load 1.1-1.9): bare 91 ms, list painted 167 ms (CPU 167): ratio 1.84, CPU
1.84; one-story library 158 ms; desk open 632 ms; resident with 10,200 rows 194 MB;
typing p90 1.1 ms, longest stall 18 ms; autosave median 2.0 ms, p99 4.8 ms. What went:
- The Qt namespace's ~100 enums, which PySide6 builds all at once on the first touch of
  any (even `from PySide6.QtCore import Qt`): ~107 M. The first frame sets its Qt values
  as ints through Qt's properties (`ui/shell/qt_ints.py`) and avoids the calls whose
  overloads are weighed against a Qt enum (QPalette(palette), QSplitter(parent),
  setShortcut, painter.setPen); the list elides its lines itself, as Qt does.
- Modules and Qt classes the first frame does not use, loaded when first needed: the
  change bus's types, the story counts, tomllib (only with a system-wide settings file),
  getpass, the preview's picture classes, QEventLoop, and the elision measuring less: ~40 M.
What is left towards 1.5x (905 M, some 150 M more): QStyle's enums, 45 M (the list's
delegate draws its rows through the style: the selected state, the item panel, the
text's colour; only the style object gives them); QEvent's with its 52 subclasses, 19 M
(any event handed to Python makes them: the first-paint watch, the preview's change
events); the style sheet, ~20 M (of which the rules the first frame does not use are
under 2 M); our modules' bodies, ~125 M in all (dataclasses and enums above all: the
story's 2.3 ms, the settings' 1.8 ms, dates, language, the window's actions); the font
database's first use, some 3.5 ms, is the bare window's too.

Then without QStyle and QEvent's kinds in the first frame, and lighter module bodies
(branch h68, 2 Dec 2026). Counted (`count_first_frame.py`, `--src` of main at 5bea650):
bare 606 M; before 1,057 M (1.74x); after 1,001 M (1.65x). Wall clock, 12 interleaved
runs of bare / before / after at load 2.2-2.8: bare 96 ms (CPU 92), before 183 ms (CPU
168; ratio 1.91, CPU 1.82), after 172 ms (CPU 160; ratio 1.79, CPU 1.74). What went:
- QEvent's ~50 kinds, 5 M: the first paint is told by MainWindow.paintEvent (only
  QPaintEvent handed to Python), not an event filter; the preview follows the
  application's paletteChanged, not changeEvent.
- QStyle, 25 M: the rows' panel is drawn by QStyledItemDelegate itself from the view's
  option, the selection read from the selection model, the lines laid out as drawText
  lays them out with their colour in a text format (pixel-compared in test_qt_ints.py);
  the theme reads the style's name only when leaving "system" (a dark or light theme
  sets a style, and makes QStyle, still).
- 26 M of module bodies: the dates', language tags' and log redaction's patterns
  compiled on first use, the resources found without importlib.resources, the
  preview's message escaped without `html`, WindowActions without __eq__/__repr__.
Then with fewer things made before the first frame (branch h70, 2 Dec 2026). Counted
(`count_first_frame.py`, `--src` of main at d1288fb): bare 606 M; before 999-1,001 M
(1.65x); after 952 M (1.57x). Wall clock, 12 interleaved runs of bare / before / after,
twice (load 0.6-0.7): bare 92 / 95 ms, before 162 / 168 ms (ratio 1.77 / 1.77, CPU
1.77 / 1.77), after 155 / 160 ms (ratio 1.68 / 1.68, CPU 1.66 / 1.67). What went:
- platformdirs, 12 M: on Linux the XDG folders are computed as its Unix class computes
  them (`editorial/user_folders.py`, compared with platformdirs in
  tests/test_user_folders.py); elsewhere, or with an odd HOME, platformdirs answers.
- The first look reads 80 rows (a tall screen's worth), not 200: 8 M. The desk's own
  page of 200 replaces them within the second; scrolling reads on from there.
- Set right after the first frame instead of before: the window icon, 3 M (QIcon's
  class is still made, by the overloads of QAction and addTab); the 20 shortcuts, 6 M.
- Module bodies, 20 M: WindowActions a plain class (its dataclass __init__ of 28
  parameters), the window's place and the language tags and initials (with their
  dataclasses) loaded only when used, QLibraryInfo only for another language.
What is left (43 M to 909 M): the dataclasses still made at import, some 5 ms in a cold
process (Story, Preferences, SystemSettings, Message, StorySummary, Dateline, Byline,
Option, StoryField, Theme, ReadDate, Task: each needed by the first frame's modules, with
eq/frozen/repr code relies on); json, ~1.3 ms, imported with the settings (this bench
has no settings file, but a user's start reads one); shiboken's check of each module
imported after PySide6 (85 files read, `pyside_source_check.py`); the ~65 Qt classes
beyond the bare window's (QTextCharFormat for the rows' colour, QEvent, QFont,
QAbstractItemView, ...); the style sheet. Each is 1-10 M: the rest of the way is many
small steps, or a first frame drawn with less of the window.

At the end of that day on a quiet machine (load 0.4-0.8, nothing else running), this
script, 5 runs: bare 91 ms, the window with its list painted 155 ms (CPU 153): ratio
1.70 (CPU 1.68; in the morning 2.0); one-story library 140 ms (the big one 1.11 times
it); desk open 631 ms; 192 MB with 10,200 rows scrolled; typing p90 1.2 ms, longest
stall 8.5 ms; autosave median 1.8 ms, p99 3.1 ms. Counted: 952 M instructions against
606 M (1.57x), against 1,202 M in the morning.

Then with less made before the first frame (branch h71, 2 Dec 2026). Counted
(`count_first_frame.py`, `--src` of main at 4a5d51c): bare 606 M; before 952 M (1.57x);
after 853 M (1.41x; the goal's 909 M passed). Wall clock, 15 interleaved runs of bare /
before / after, twice, on a machine slower that afternoon (the bare window itself
187-201 ms; load 1.3-2.0, then 2.0-2.1): before 320 / 307 ms (CPU 308 / 301; ratio 1.59
/ 1.64, CPU 1.55 / 1.62), after 301 / 296 ms (CPU 293 / 288; ratio 1.50 / 1.58, CPU 1.47
/ 1.55): the wall clock gains some 4-6 %, the count 10 %. This script's own run (5 runs,
load 1.3-3.5, at 855 M): bare 198 ms, list painted 309 ms (CPU 303): ratio 1.56, CPU
1.65; one-story library 282 ms; desk open 1,445 ms; 193 MB with 10,200 rows; typing p90
1.9 ms, longest stall 41 ms; autosave median 4.1 ms. What went:
- QEvent's class with its 179 kinds, 14 M (any event handed to Python makes it): the
  first paint is told by the list rows' delegate, Python already (`MainWindow.painted`),
  and by an event filter on the window only when the list has no rows; EditorScroll's
  event handlers come with the editor, after the first frame.
- QIcon's class with its 151 theme icons, 10 M: QAction(text, parent) and
  QPushButton(text, parent) are weighed against their QIcon overloads; their texts are
  set apart (`window_actions.titled_action`).
- Story with its fields, bylines and datelines, 13 M: the list needs only StorySummary
  and Status (`domain/story_summary.py`).
- The settings' declarations, 25 M (Preferences and Option with their types,
  SystemSettings, json): the theme, the language and the library's location are read
  from the settings file as `load_preferences` reads it, without it
  (`startup_settings.py`); a system-wide file or an odd settings file is still
  `load_preferences`'s. A user's start has a settings file: json's 5 M come back there.
- dataclasses, 21 M: dataclass() compiles each class's methods (3-5 M a class);
  StorySummary, Message and ReadDate are written out as the frozen values they were,
  Task and Theme are plain classes, and the dataclasses module is not loaded.
- signal's enums, 2 M: Ctrl+C closes the window from its first frame on.
What is left (853 M against 606 M): the Qt classes of the list and its delegate
(QTextCharFormat 13 M with QTextFormat's Property of 116 names: the rows' colours, as
setPen would make Qt's enums; QFont 7 M; QAbstractItemView and QListView 7 M), the menus
and tabs; building the window's widgets under the style sheet (~65 M); painting (~50 M).
The wall clock stays above the count: Fusion's scroll bar beside 100,000 rows has its
gradient filled on Qt's GUI thread pool (2 threads started, ~190 hand-overs in the first
frame and its repaint: some 575 context switches against the bare window's 50, found
with gdb on QThreadPool::start), which a busy machine's scheduler stretches.

Merged on main, nothing else running (load 0.8-1.2; the machine still slow: the bare
window 193-198 ms): counted 854 M against 606 M (1.41x). This script, 5 runs: list
painted 303 ms against 198, ratio 1.53 (CPU 1.57); 7 runs: 287 ms against 193, ratio
1.49 (CPU 1.48); one-story library 239-285 ms (the big one 1.06-1.20 times it); desk
open 1,253-1,400 ms; 191 MB with 10,200 rows; typing p90 1.9 ms, longest stall 13-22 ms;
autosave median 3.1-4.1 ms, p99 148-162 ms. That p99 is the disk's, not the code's: the
session's first code (0b3238d) gave the same in the same minutes (p99 29-134 ms, max
441-615 ms, against 31-153 and 402-544 now), right after 1 GB of library copies were
written (fsync behind the kernel's write-back).

Then without Qt's GUI thread pool and with shiboken's start-up code kept (branch h81,
2 Dec 2026). Counted (`count_first_frame.py`): bare 606 M; before (main at 9f27646)
853 M (1.41x); after 620 M (1.02x). Wall clock and CPU, interleaved runs of bare /
before / after, ended at the list painted (11 runs, load 2.6-2.7): bare 208 ms (CPU
188), before 313 ms (CPU 287; ratio 1.50, CPU 1.53), after 259 ms (CPU 236; ratio 1.24,
CPU 1.25); timed as this script times them (11 runs, load 1.9-2.6): bare 237 ms (CPU
188), before 405 ms (CPU 275; 1.71 / 1.46), after 260 ms (CPU 218; 1.10 / 1.16); the
same at load 4.0-5.6 (15 runs): bare 260 ms (CPU 174), before 1.58 / CPU 1.55, after
1.33 / CPU 1.24. This
script's own runs, 7 each: before 297 ms against 205 (1.45, CPU 1.43; load 1.3-1.8);
after 235 ms against 165 (1.42, CPU 1.42; load 1.8-2.0) and 399 against 296 (1.35, CPU
1.34; load 2.6-5.1): its medians of separate runs move with the machine (the bare
window's 165-315 ms, CPU 149-202), the interleaved pairs above less. What went:
- Fusion's scroll bar beside the list has its gradient groove and outlines filled by
  Qt's raster engine, which hands any fill of 96 lines or more that is not one colour
  to its GUI thread pool in pieces, and waits (gdb: QThreadPool::start from
  QFusionStyle::drawComplexControl through QPainter::fillRect / drawRects; no image
  conversion, nothing of the style sheet's): 218 hand-overs to 2 threads started by the
  first frame. `QT_NO_GUI_THREADPOOL=1` is set before Qt starts (`app.serial_painting`):
  context switches to the painted list 400-1,500 -> 45-107 (bare window 27-55), the
  same instructions, the window the same pixel for pixel
  (tests/ui/test_first_frame_threads.py). The window scales or converts no image big
  enough for the pool to pay.
- shiboken's signature support (`signature_bootstrap.py` and 13 `shibokensupport`
  modules, kept as text in its library) was compiled by Python at every start, ~110 M,
  and its three verbose patterns by `re`, ~120 M: both are now kept in the user's cache
  folder once made (`ui/shell/shiboken_code_cache.py`, `shiboken_patterns.py`; each
  checked equal to what `compile` and `re` make), and read whole (marshal.load of the
  file itself would read each string by a call of its own: 70 M). A start without the
  cache counts 867 M, once. The bare window still pays both (some 230 M of its 606 M):
  the ratio now compares the window with a PySide6 start that does that work.
What is left is less in the count than in the clock: CPU by wait4 over 15 runs, bare
window user 154 ms + system 32, Editorial 194 + 48 (page faults 7,180 against 5,720);
the window's Qt work (painting, its ~170 classes made by shiboken, fonts) runs slower
instructions than the bare window's, which are mostly the interpreter's.
Both merged, this script on a quiet machine (load 0.2-1.1), 7 runs each, same sitting:
main before, bare 167 ms, window + list 266 ms: 1.59 (CPU 1.61); after, bare 179 ms,
window + list 228 ms: 1.27 (CPU 1.28), 0.99 of the one-story library's start; memory
191 MB, typing p90 1.7 ms, stall 15 ms, as before. Against a bare window that kept
shiboken's code too (~376 M instead of 606 M by the count above) the count would be
~1.65x: most of the gain is PySide6's start-up work done once, not the window's own.
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
    print(f"ready-cpu {time.process_time() * 1000:.0f} ms", flush=True)
if len(sys.argv) > 1:
    app.processEvents()
    print("RSS", int(open("/proc/self/statm").read().split()[1]) * 4096)
QTimer.singleShot(0, app.quit)
app.exec()
"""

EDITORIAL = "from editorial.cli import main; raise SystemExit(main(['--library', LIBRARY]))"


def moments(code: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch until each moment the process reports (`shown`, `listed`,
    `ready`, each with its `-cpu` time): what a person waits for, without the quitting
    after it. The bare window's one moment, painted, counts as each of them."""
    _, out = run(code, {**env, "EDITORIAL_STARTED_AT": repr(time.time())})
    found = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if value.endswith(" ms"):
            found[name] = float(value[:-3]) / 1000
    for name in [n for n in found if not n.endswith("-cpu")]:
        found.setdefault(f"{name}-cpu", float("nan"))  # an older Editorial reports none
    if "listed" not in found:  # the bare window (or an older Editorial): one moment
        found["listed"], found["listed-cpu"] = found["ready"], found["ready-cpu"]
    return found


def median_moments(runs: list[dict[str, float]]) -> dict[str, float]:
    return {name: statistics.median(r[name] for r in runs) for name in runs[0]}


def load_average() -> list[float]:
    return list(os.getloadavg())


def cached_library(args: argparse.Namespace) -> Path:
    """The generated library of `args.stories` stories, made once and kept in
    `args.cache` (an import of 100,000 stories takes minutes)."""
    kept = Path(args.cache) / f"library-{args.stories}.sqlite"
    if args.fresh or not kept.is_file():
        sys.path.insert(0, str(HERE))
        from bench_library_import import main as import_bench

        args.cache.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(".partial")
        import_bench(["--stories", str(args.stories), "--keep", str(partial)])
        partial.replace(kept)
    else:
        print(f"library: {kept} (kept from an earlier run; --fresh makes it again)")
    return kept


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


GAZETTEER_INDEX = "from editorial.services.places import load_gazetteer; load_gazetteer()"


def bench_environment(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
        XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache", XDG_RUNTIME_DIR=home,
    )  # fmt: skip
    # An installed app reads compiled bytecode; without it every start compiles the
    # sources again (some 0.3 s of the start on these machines).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_figures(
    bare: dict[str, float], small: dict[str, float], big: dict[str, float]
) -> dict[str, Any]:
    return {
        "bare_s": bare["listed"], "bare_cpu_s": bare["listed-cpu"],
        "one_story_library_s": small["listed"], "one_story_ready_s": small["ready"],
        "editorial_s": big["listed"], "editorial_cpu_s": big["listed-cpu"],
        "editorial_shown_s": big["shown"], "editorial_ready_s": big["ready"],
        "editorial_ready_cpu_s": big["ready-cpu"],
        "ratio": big["listed"] / bare["listed"],
        "cpu_ratio": big["listed-cpu"] / bare["listed-cpu"],
        "ready_ratio": big["ready"] / bare["listed"],
        "ready_cpu_ratio": big["ready-cpu"] / bare["listed-cpu"],
        "ratio_to_one_story_library": big["listed"] / small["listed"], "goal_ratio": 1.5,
    }  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path, nargs="?")
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "big_library.json")
    parser.add_argument("--cache", type=Path, default=HERE / "results",
                        help="where the generated library is kept between runs")  # fmt: skip
    parser.add_argument("--fresh", action="store_true", help="generate the library again")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        if args.library is None:
            args.library = cached_library(args)
        figures: dict[str, Any] = {"library": str(args.library), "runs": args.runs,
                                   "load_average_before": load_average()}  # fmt: skip
        env = bench_environment(home)
        big = Path(home) / "big.sqlite"
        shutil.copyfile(args.library, big)  # the runs type into it: keep the original
        small = Path(home) / "small.sqlite"
        start_env = {**env, "EDITORIAL_EXIT_WHEN_READY": "1"}
        code = EDITORIAL.replace("LIBRARY", repr(str(big)))
        run(GAZETTEER_INDEX, env)  # built once per install: later starts only open it
        # Warms the disk cache, writes the bytecode and keeps shiboken's compiled code.
        run(code, start_env)
        run(BARE, env)
        run(EDITORIAL.replace("LIBRARY", repr(str(small))), start_env)  # makes the small one
        small_code = EDITORIAL.replace("LIBRARY", repr(str(small)))
        bare_runs, small_runs, editorial_runs = [], [], []
        for _ in range(args.runs):  # interleaved, so drift on the machine hits all alike
            bare_runs.append(moments(BARE, env))
            small_runs.append(moments(small_code, start_env))
            editorial_runs.append(moments(code, start_env))
        bare, small_start, big_start = map(median_moments, (bare_runs, small_runs, editorial_runs))
        figures["start"] = start_figures(bare, small_start, big_start)

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
    figures["load_average_after"] = load_average()
    report(figures)
    figures["at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


def report(f: dict[str, Any]) -> None:
    s, m, t, a = f["start"], f["memory"], f["typing"], f["autosave"]
    before, after = f["load_average_before"], f["load_average_after"]
    print(f"load average (1, 5, 15 min): before {before[0]:.1f} {before[1]:.1f} "
          f"{before[2]:.1f}, after {after[0]:.1f} {after[1]:.1f} {after[2]:.1f}")  # fmt: skip
    print(f"cold start, bare window painted:   {s['bare_s'] * 1000:7.0f} ms "
          f"(CPU {s['bare_cpu_s'] * 1000:.0f} ms)")  # fmt: skip
    print(f"cold start, one-story library:     {s['one_story_library_s'] * 1000:7.0f} ms")
    print(f"cold start, window + list painted: {s['editorial_s'] * 1000:7.0f} ms "
          f"(CPU {s['editorial_cpu_s'] * 1000:.0f} ms)  ratio to bare {s['ratio']:.2f}, "
          f"CPU {s['cpu_ratio']:.2f} (goal <= 1.5); to one story "
          f"{s['ratio_to_one_story_library']:.2f}")  # fmt: skip
    print(f"  desk open (story and editor live): {s['editorial_ready_s'] * 1000:5.0f} ms "
          f"(CPU {s['editorial_ready_cpu_s'] * 1000:.0f} ms)  ratio to bare "
          f"{s['ready_ratio']:.2f}, CPU {s['ready_cpu_ratio']:.2f}")  # fmt: skip
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
