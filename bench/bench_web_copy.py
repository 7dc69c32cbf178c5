"""How well web copy is read: the corpus in tests/formats/web_corpus/ (pages after the
layouts of news sites in eleven languages, each with the story an editor would type).

    PYTHONPATH=src:. python bench/bench_web_copy.py [--save FILE] [--compare FILE]

Prints, per case and in all: the precision and recall of furniture removal (a line of
the site's furniture listed as removed is a hit; a line of the story listed is a false
alarm; furniture left in the story a miss), the share of headlines and of datelines
found (city, date and source all right), lines lost without being listed (must be 0),
and the time a reading takes. `--save` writes the totals as JSON; `--compare` prints
them beside the totals saved before, so that a change to the parser can be judged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.formats.web_corpus.corpus import Score, cases, read, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the totals as JSON here")
    parser.add_argument("--compare", type=Path, help="totals saved before, to compare")
    args = parser.parse_args()
    total = Score()
    seconds = 0.0
    print(f"{'case':22} {'lang':4} {'prec':>6} {'recall':>6} headline dateline")
    for case in cases():
        started = time.perf_counter()
        reading = read(case)
        seconds += time.perf_counter() - started
        one = Score()
        score(case, reading, one)
        score(case, reading, total)
        dated = "-" if not one.dated_cases else ("yes" if one.datelines else "no")
        print(f"{case.name:22} {case.language:4} {one.precision:6.1%} {one.recall:6.1%} "
              f"{'yes' if one.headlines else 'no':8} {dated}")  # fmt: skip
    figures = {
        "cases": total.stories,
        "languages": len({case.language for case in cases()}),
        "furniture_precision": round(total.precision, 4),
        "furniture_recall": round(total.recall, 4),
        "headlines_found": round(total.headlines / total.stories, 4),
        "datelines_found": round(total.datelines / max(total.dated_cases, 1), 4),
        "lines_lost_silently": total.lost_silently,
        "ms_per_story": round(1000 * seconds / max(total.stories, 1), 2),
    }
    print()
    before = json.loads(args.compare.read_text()) if args.compare else {}
    for name, value in figures.items():
        was = f"   (was {_shown(name, before[name])})" if name in before else ""
        print(f"{name:22} {_shown(name, value)}{was}")
    for failure in total.failures:
        print(f"  {failure}")
    if args.save:
        args.save.write_text(json.dumps(figures, indent=2) + "\n")


def _shown(name: str, value: object) -> str:
    if isinstance(value, float) and name != "ms_per_story":
        return f"{value:.1%}"
    return str(value)


if __name__ == "__main__":
    main()
