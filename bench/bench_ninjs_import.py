"""Bulk ninjs import: stories per second from a JSON Lines file (the target is 1,000/s).

    PYTHONPATH=src python bench/bench_ninjs_import.py [--lines 5000] [--runs 5]

Builds a 5,000-line `.jsonl` file in a temporary folder and reads it with
`editorial.formats.read_file` (detection, decoding, JSON, HTML to Markdown, dateline,
lede, the whole story), several times, then imports it into a fresh SQLite library the
way `editorial import` does (one transaction), and prints the median rates for each mix:

- `agencies`: other agencies' items as they arrive, every one with an HTML body to
  convert: a third each ninjs 1.x (Superdesk `body_html`), 2.x and 3.x (camelCase);
- `own`: items this workstation exported (ninjs 2.2 with the Markdown body);
- `mixed`: half and half.

Each story is some 500 words in ten paragraphs, with a dateline, byline and subjects.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story
from editorial.formats import read_file, story_to_ninjs

TARGET = 1000.0
PARAGRAPHS = [
    "Russia's envoy to NATO Dmitry Rogozin said on Tuesday that ambassador-level "
    "consultations between Russia and NATO could take place before the end of the year, "
    "and that the alliance had signalled it was ready to listen.",
    '"I believe that we need to resume dialogue and search for constructive solutions in '
    'all areas of cooperation on strategic stability," the minister told a news conference '
    "after talks with his Turkish counterpart, Vecdi Gonul.",
    "In an indication that dialogue is possible, an alliance spokesman said earlier on "
    "Tuesday that the foreign ministers of 26 NATO member countries may decide to resume "
    "the work of the Russia-NATO Council at their meeting in early December.",
    "However, NATO Secretary General Jaap de Hoop Scheffer said the alliance would support "
    "efforts by former communist nations to join the military alliance regardless of "
    "opposition from Russia, and that <em>no country</em> had a veto.",
]
LEDE = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war between Russia and Georgia in August."
)


def body_paragraphs(number: int) -> list[str]:
    return [f"{PARAGRAPHS[(number + i) % len(PARAGRAPHS)]} ({number}.{i})" for i in range(9)]


def agency_item(number: int) -> dict[str, Any]:
    """An HTML-bodied item from another agency, in the version `number` picks."""
    html = "".join(f"<p>{p}</p>" for p in [
        f"ANKARA, November 18 (RIA Novosti) - {LEDE}", *body_paragraphs(number)
    ])  # fmt: skip
    when = f"2008-11-18T{9 + number % 10:02}:30:00Z"
    uri = f"http://agency.example/items/{number}"
    if number % 3 == 0:  # 1.x, Superdesk style
        return {"guid": uri, "version": "1", "type": "text", "versioncreated": when,
                "headline": f"Russia urges dialogue with NATO {number}", "byline": "Anna Ivanova",
                "located": "Ankara, Turkey", "body_html": html, "urgency": 3, "language": "en",
                "subject": [{"code": "11000000", "name": "politics",
                             "scheme": "http://cv.iptc.org/newscodes/mediatopic/"}]}  # fmt: skip
    if number % 3 == 1:  # 2.x
        return {"uri": uri, "versioncreated": when, "language": "en", "by": "Anna Ivanova",
                "headlines": [{"role": "main", "value": f"Russia urges dialogue {number}"}],
                "bodies": [{"role": "main", "contenttype": "text/html", "value": html}],
                "subjects": [{"name": "politics"}], "located": "Ankara, Turkey"}  # fmt: skip
    return {"uri": uri, "versionCreated": when, "language": "en", "by": "Anna Ivanova",  # 3.x
            "headlines": [{"role": "main", "value": f"Russia urges dialogue {number}"}],
            "bodies": [{"role": "richtext", "contentType": "text/html", "value": html}],
            "subjects": [{"name": "politics"}], "located": "Ankara, Turkey"}  # fmt: skip


def own_item(number: int) -> dict[str, Any]:
    story = Story(
        uri=f"urn:newsml:ria.ru:20081118:{number}",
        headline=f"Russia urges resumption of dialogue with NATO {number}",
        bylines=(Byline("Anna Ivanova", "Ankara correspondent"),),
        dateline=Dateline(city="Ankara", country="Turkey", date=dt.date(2008, 11, 18),
                          source="RIA Novosti"),
        lede=LEDE,
        body="\n\n".join(p.replace("<em>", "*").replace("</em>", "*")
                         for p in body_paragraphs(number)),
        subjects=("politics",),
        created_at=dt.datetime(2008, 11, 18, 9, 30, tzinfo=dt.UTC),
    )  # fmt: skip
    return story_to_ninjs(story)


MIXES: dict[str, Callable[[int], dict[str, Any]]] = {
    "agencies": agency_item,
    "own": own_item,
    "mixed": lambda n: own_item(n) if n % 2 else agency_item(n),
}


def rate(file: Path, lines: int, runs: int) -> tuple[float, float]:
    """(median stories/s, median seconds) over `runs` reads of the whole file."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        stories = read_file(file).stories
        seconds.append(time.perf_counter() - started)
        assert len(stories) == lines, len(stories)
    median = statistics.median(seconds)
    return lines / median, median


def rate_into_library(file: Path, lines: int, runs: int, folder: Path) -> tuple[float, float]:
    """The same file through `editorial import`'s path: read, then kept in a fresh SQLite
    library in one transaction (as `TransferService.import_files` does)."""
    from editorial.services.styles import StyleBook
    from editorial.services.transfer import TransferService
    from editorial.settings import PreferencesHolder
    from editorial.storage.library import Library

    seconds = []
    for run in range(runs):
        library = Library.open(folder / f"library-{file.stem}-{run}.sqlite")
        transfer = TransferService(library, PreferencesHolder(), StyleBook(folder / "no-styles"))
        started = time.perf_counter()
        report = transfer.import_files([file])
        seconds.append(time.perf_counter() - started)
        library.close()
        assert not report.failed and len(report.files[0].stories) == lines
    median = statistics.median(seconds)
    return lines / median, median


def main(argv: list[str] | None = None) -> int:
    from figures import add_json_option, write_figures

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    add_json_option(parser, "ninjs_import")
    args = parser.parse_args(argv)
    worst = float("inf")
    mixes: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for mix, make in MIXES.items():
            file = Path(folder) / f"{mix}.jsonl"
            with file.open("w", encoding="utf-8") as out:
                for number in range(args.lines):
                    out.write(json.dumps(make(number), ensure_ascii=False) + "\n")
            size = file.stat().st_size / (1024 * 1024)
            read_file(file)  # warm imports and caches; not timed
            per_second, seconds = rate(file, args.lines, args.runs)
            worst = min(worst, per_second)
            print(f"{mix:9} {args.lines:,} stories, {size:5.1f} MB: {seconds:6.2f} s, "
                  f"{per_second:7,.0f} stories/s read (median of {args.runs})")  # fmt: skip
            kept_per_second, kept_seconds = rate_into_library(file, args.lines, args.runs,
                                                              Path(folder))  # fmt: skip
            worst = min(worst, kept_per_second)
            print(f"{'':9} {'into a library:':>26} {kept_seconds:6.2f} s, "
                  f"{kept_per_second:7,.0f} stories/s kept (median of {args.runs})")  # fmt: skip
            mixes[mix] = {"file_mb": round(size, 2), "read_seconds_median": seconds,
                          "read_stories_per_second": per_second,
                          "kept_seconds_median": kept_seconds,
                          "kept_stories_per_second": kept_per_second}  # fmt: skip
    verdict = "meets" if worst >= TARGET else "MISSES"
    print(f"slowest mix {worst:,.0f} stories/s: {verdict} the {TARGET:,.0f} stories/s target")
    write_figures(args.json, {"lines": args.lines, "runs": args.runs, "mixes": mixes,
                              "slowest_stories_per_second": worst,
                              "target_stories_per_second": TARGET,
                              "ratio_to_target": worst / TARGET})  # fmt: skip
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
