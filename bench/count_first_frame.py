"""Instructions counted to the window's first frame, Editorial's (its story list painted)
against the bare PySide6 window of `bench_big_library.py`: the same on every run, however
busy the machine, unlike its milliseconds (some 4.8 M instructions a millisecond on the
machines of Dec 2026).

    PYTHONPATH=src python bench/count_first_frame.py LIBRARY.sqlite [--src OTHER/src]

Each process runs under `valgrind --tool=cachegrind --cache-sim=no` (valgrind must be
installed) until the moment it reports, then ends at once (`os._exit`), so what is
counted is the start alone. `--src` counts another checkout's sources in its place (an
A/B of two trees); bytecode is written by a run beforehand, as an installed app has it
(that run also keeps shiboken's compiled support code in the temporary home's cache, as
any start after the first finds it: `ui/shell/shiboken_code_cache.py`).
The library is copied first: the original is never opened.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_big_library import BARE, bench_environment  # noqa: E402  (a sibling script)

# The bare window's script, ending once painted instead of running its event loop.
BARE_UNTIL_PAINTED = BARE.split("import os, time")[0] + "import os\nos._exit(0)\n"
EDITORIAL_UNTIL_LISTED = """
import os, sys
import editorial.ui.shell.app as app_module
from editorial.cli import main
opened = app_module.open_window
def open_window(*args, **kwargs):
    window = opened(*args, **kwargs)
    def listed():
        window.repaint()  # as `listed` is timed: the window as it shows
        os._exit(0)
    window.listed.connect(listed)
    return window
app_module.open_window = open_window
main(["--library", sys.argv[1]])
"""


def instructions(code: str, env: dict[str, str], *args: str) -> int:
    """The instructions the process ran (all its threads), as cachegrind counts them."""
    # A run first writes the bytecode (and keeps shiboken's code), as an installed app
    # has it.
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no",
             f"--cachegrind-out-file={folder}/out", sys.executable, "-c", code, *args],
            env=env, capture_output=True, text=True, timeout=900, check=True,
        )  # fmt: skip
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"no count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--src", type=Path, default=HERE.parent / "src")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    with tempfile.TemporaryDirectory() as home:
        env = bench_environment(home)
        env["PYTHONPATH"] = str(args.src.resolve())
        library = Path(home) / "library.sqlite"
        shutil.copyfile(args.library, library)
        bare = instructions(BARE_UNTIL_PAINTED, env)
        editorial = instructions(EDITORIAL_UNTIL_LISTED, env, str(library))
    print(f"load average {os.getloadavg()[0]:.1f} (counts do not depend on it)")
    print(f"bare window painted:        {bare / 1e6:7,.0f} M instructions")
    print(f"Editorial, list painted:    {editorial / 1e6:7,.0f} M instructions "
          f"({args.src}): ratio {editorial / bare:.2f} (goal <= 1.5: "
          f"{1.5 * bare / 1e6:,.0f} M)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
