"""Search at newsroom scale: a library of generated wire stories (about 4 KB each, in
English and Russian, words drawn as news copy draws them: a few very common, most rare),
imported through the library's import (the index maintained as it goes), then searched.

    PYTHONPATH=src python bench/bench_search.py [--stories 100000] [--runs 15]
        [--library FILE] [--json FILE]
    EDITORIAL_BENCH_POSTGRES_URL=postgresql+psycopg://ROLE@/DB?host=/run/postgresql ...
        [--postgresql-only]

Prints the import rate (stories per second, index included) and, for a rare word, a
typical word, a very common word, a phrase, a word being typed (prefix) and words with
filters, the median and 90th percentile time of a search for the first 50 results newest
first and by relevance, with the count of stories each matches. The goal: a typical
query newest first under 20 ms median at 100,000 stories. A library built before is
reused when `--library` names it. With EDITORIAL_BENCH_POSTGRES_URL set (an empty
database, or one this benchmark filled before), the same on PostgreSQL (a tsvector with a
GIN index); `--postgresql-only` leaves SQLite out. Figures are written as JSON too
(default: bench/results/search.json) for comparing runs.

PostgreSQL at 100,000 stories (Debian's PostgreSQL 15, the tests' throw-away cluster:
tests/peers/postgresql.sh, shared_buffers 128 MB; 2 cores shared with other helpers'
tests, load average 4.2-4.4 for the first round, 9-10 for the others, so the wall
clock is mostly waiting for a core). Medians of 9 runs x 3 rounds, the code before this
change (schema 0010) and after (0011) alternated, each on its own copy of the library;
per search: wall ms / this process's CPU ms / the server backend's CPU ms (from
/proc, in steps of 1.1 ms):

    query (newest first)     before               after
    rare word                23.8 /  6.7 /  3.3   28.2 / 4.8 /  2.2
    typical word             60.0 /  8.3 / 13.3   24.6 / 6.2 /  8.9
    common word              70.1 / 12.6 / 11.1   19.8 / 6.0 /  5.6
    phrase                  105.5 / 13.3 / 37.8   43.5 / 7.7 / 13.3
    prefix (typing)          54.7 / 10.6 / 14.4   30.2 / 6.9 /  8.9
    word + filters           37.6 /  9.0 / 12.2   31.2 / 8.2 /  8.9
    byline + city           140.2 / 17.6 / 47.8   57.7 / 9.2 / 21.1
    filters only            111.2 /  5.6 / 26.7   10.7 / 2.1 /  1.1
    common word, relevance  112.2 / 13.4 / 48.9   39.9 / 7.0 / 13.3

On a quiet machine a search costs about its two CPU figures added: a typical word
some 20 ms before, some 15 ms after (under the goal of 20 ms, without much room).
Where the time goes (EXPLAIN (ANALYZE, BUFFERS)): finding the page is 2 ms (a bitmap
scan of the GIN index's 1,031 matches and a top-50 sort; a common word walks the
newest-first index instead, the planner's choice); the rest is the page's 50 snippets
(reading each story's text, folding it, `ts_headline` over 400 characters around the
first match: about 0.1 ms each) and, in this process, building the statement and
laying the snippets back onto the text (6 ms). What changed: one statement instead of
three or four (no EXPLAIN asked first; snippets made in the same statement, only for
the page) and no BEGIN/COMMIT around it; custom plans for every run (a prepared
statement's generic plan served `said` as a rare word: 78 ms); the vector kept in the
story's row (a phrase's 2,000 candidates rechecked in 6 ms instead of 23: each read
five TOAST pages); statistics of `lower(language)` (`lang:ru` was estimated at 53
stories, so every live story was scanned and sorted: 75 ms, now under 1 ms along the
newest-first index, which carries the filters' columns); a byline or city match no
longer parses the whole story twice for a snippet with no word of the query to mark.
The price: the table is larger on disk (a 6 KB row a story, the vector inside), so a
scan of every row costs more; a filter that nothing passes (`lang:de`) reads the
index instead (27 ms; 98 ms before).

Then on a quiet machine (December 2026, load average about 1, nothing else running; 15
runs, medians, wall ms and this process's CPU ms), newest first / by relevance:

    query            SQLite (FTS5)             PostgreSQL 15
    typical word     7.6 [7.6] /  8.8          8.5 [3.4] / 12.0
    common word     13.5 [13.5] / 62.2         6.9 [3.1] / 10.4
    phrase          14.0 [14.0] / 15.6        12.0 [3.9] / 20.7
    byline + city    8.8 [8.8] / 10.8         18.3 [4.5] / 18.6
    filters only     3.0 [3.0] /  3.0          2.1 [1.3] /  2.1

The import's rate with the index kept, 100,000 stories into an empty library: 1,808 a
second into SQLite, 1,076 into PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from editorial.domain.byline import Byline  # noqa: E402
from editorial.domain.search_query import parse_query  # noqa: E402
from editorial.domain.search_results import SearchOrder  # noqa: E402
from editorial.domain.story import Story  # noqa: E402
from editorial.storage.library import Library  # noqa: E402

COMMON_WORDS = """
the of to and in a said on for that with was is by at as from it his has have be are
were will an which after had not its but also this their been more than government
minister officials president country year police people told two new last first week
would about over state could other
"""
COMMON = COMMON_WORDS.split()
RUSSIAN_WORDS = """
и в не на что с по как его к из за от для это также был года министр правительство
президент заявил сообщил страны время
"""
RUSSIAN = RUSSIAN_WORDS.split()
CITIES = ("Ankara", "Moscow", "Kyiv", "Tbilisi", "Baku", "Berlin", "Paris", "Cairo",
          "Tehran", "Beijing", "Delhi", "Washington", "London", "Istanbul", "Minsk")  # fmt: skip
PEOPLE = ("Anna Ivanova", "John Smith", "Olga Petrova", "Mehmet Yilmaz", "Sarah Cohen",
          "Pierre Dubois", "Ivan Sokolov", "Maria Garcia", "Li Wei", "Aisha Khan")  # fmt: skip
RARE_WORD = "zyryanovsk"  # in about 1 story in 10,000
TYPICAL_WORD = "earthquake"  # in about 1 story in 100
PHRASE = "talks would resume"  # in about 1 story in 50
BATCH = 500


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
    words = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


class Writer:
    """Stories drawn from a Zipf-like distribution of words."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words = vocabulary(self.rng)
        self.english = [*COMMON, *words]
        self.english_weights = list(accumulate(1 / (rank + 1) for rank in range(len(self.english))))
        self.russian = [*RUSSIAN, *(w + "ов" for w in words[:5000])]
        self.russian_weights = list(accumulate(1 / (rank + 1) for rank in range(len(self.russian))))

    def sentence(self, russian: bool, words: int) -> str:
        pool, weights = ((self.russian, self.russian_weights) if russian
                         else (self.english, self.english_weights))  # fmt: skip
        text = " ".join(self.rng.choices(pool, cum_weights=weights, k=words))
        return text[0].upper() + text[1:] + "."

    def story(self, number: int) -> Story:
        rng = self.rng
        russian = rng.random() < 0.3
        city = rng.choice(CITIES)
        paragraphs = [" ".join(self.sentence(russian, rng.randint(12, 28)) for _ in range(3))
                      for _ in range(6)]  # fmt: skip
        if rng.random() < 0.01:
            paragraphs[rng.randrange(6)] += f" The {TYPICAL_WORD} struck near {city}."
        if rng.random() < 0.02:
            paragraphs[rng.randrange(6)] += f" Officials said {PHRASE} next week."
        if rng.random() < 0.0001:
            paragraphs[rng.randrange(6)] += f" Residents of {RARE_WORD.title()} were moved."
        return Story(
            uri=f"urn:newsml:bench.example:2026:{number}",
            headline=self.sentence(russian, rng.randint(6, 10)).rstrip("."),
            lede=self.sentence(russian, rng.randint(20, 30)),
            body="\n\n".join(paragraphs),
            slug=f"{city.lower()}-{number}",
            bylines=(Byline(rng.choice(PEOPLE)),),
            keywords=tuple(rng.sample(self.english[40:400], 3)),
            language="ru" if russian else "en",
            urgency=rng.choice((1, 2, 3, 4, 5, 5, 5, 6)),
        ).edited(dateline=Story(uri="").dateline.__class__(city=city))


def build(path: str, count: int, seed: int) -> float:
    """Import `count` stories in batches (each batch one transaction, as `editorial
    import` keeps each file); returns stories per second."""
    rng = random.Random(seed + 1)
    start_of_year = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    # Each batch is dated at a random moment of the year: the newest are not the last ids.
    library = Library.open(path, clock=lambda: start_of_year + dt.timedelta(
        seconds=rng.randrange(365 * 86400)))  # fmt: skip
    writer = Writer(seed)
    elapsed = 0.0
    for first in range(0, count, BATCH):
        stories = [writer.story(n) for n in range(first, min(first + BATCH, count))]
        started = time.perf_counter()
        library.import_stories(stories)
        elapsed += time.perf_counter() - started
        if first and first % 10_000 == 0:
            print(f"  {first} stories imported", file=sys.stderr)
    library.close()
    return count / elapsed


QUERIES = {
    "rare word": RARE_WORD,
    "typical word": TYPICAL_WORD,
    "common word": "said",
    "phrase": f'"{PHRASE}"',
    "prefix (typing)": "earthq*",
    "word + filters": f"{TYPICAL_WORD} lang:en status:draft urgency:1..3",
    "byline + city": "by:ivanova city:ankara",
    "filters only": "lang:ru urgency:1",
}


def measure(library: Library, runs: int) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    for name, text in QUERIES.items():
        query = parse_query(text)
        matches = len(library.search.search(query, limit=10_000))
        row: dict[str, float] = {"matches": matches}
        for order in SearchOrder:
            library.search.search(query, order=order)  # warm the page cache
            times, cpu = [], []
            for _ in range(runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                library.search.search(query, order=order)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            times.sort()
            row[f"{order.value}_median_ms"] = round(statistics.median(times), 2)
            row[f"{order.value}_p90_ms"] = round(times[int(0.9 * (len(times) - 1))], 2)
            # The process's own CPU time: on a machine other work keeps busy, the wall
            # clock counts the waits for a core too.
            row[f"{order.value}_cpu_median_ms"] = round(statistics.median(cpu), 2)
        figures[name] = row
    return figures


POSTGRES_VARIABLE = "EDITORIAL_BENCH_POSTGRES_URL"
SQLITE, POSTGRES = "SQLite (FTS5)", "PostgreSQL (tsvector, GIN)"


def analyze(location: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(location, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()


def postgres_size_mb(location: str) -> float:
    from sqlalchemy import create_engine, text

    engine = create_engine(location)
    try:
        with engine.connect() as connection:
            size = connection.execute(text("SELECT pg_database_size(current_database())"))
            return float(size.scalar_one()) / 1e6
    finally:
        engine.dispose()


def run(location: str, stories: int, seed: int, runs: int) -> dict[str, Any]:
    """Build the library at `location` unless it has stories already, then measure."""
    rate = None
    on_postgres = "://" in location
    fresh = Library.open(location) if on_postgres else None
    empty = fresh.count() == 0 if fresh is not None else not Path(location).exists()
    if fresh is not None:
        fresh.close()
    if empty:
        print(f"Importing {stories} generated stories into {location} ...", file=sys.stderr)
        rate = build(location, stories, seed)
        if on_postgres:  # as autovacuum does soon after a bulk import: the planner's
            analyze(location)  # figures, the GIN index's pending list merged
    with Library.open(location) as library:
        count = library.count()
        figures = measure(library, runs)
    size_mb = postgres_size_mb(location) if on_postgres else Path(location).stat().st_size / 1e6
    return {"stories": count, "library_mb": round(size_mb, 1),
            "import_stories_per_second": round(rate, 1) if rate else None,
            "queries": figures}  # fmt: skip


# What relevance costs for a word most stories have, on each backend.
RELEVANCE_OF_COMMON = {
    SQLITE: "FTS5 scores every match by itself; only its best are looked up in the stories",
    POSTGRES: "its newest 2,000 matches are ranked: scoring every one reads every vector",
}


def report(name: str, result: dict[str, Any]) -> None:
    figures = result["queries"]
    rate = result["import_stories_per_second"]
    print(f"\n{name}: {result['stories']} stories, library {result['library_mb']:.0f} MB"
          + (f", imported at {rate:.0f} stories/s with the index" if rate else ""))  # fmt: skip
    print("Medians of the first 50 results, wall clock (p90) [process CPU]:")
    print(f"{'query':18} {'matches':>8} {'newest first ms':>24} {'by relevance ms':>24}")
    for query, row in figures.items():
        print(f"{query:18} {row['matches']:>8.0f} "
              f"{row['newest_median_ms']:>8.2f} ({row['newest_p90_ms']:>6.2f}) "
              f"[{row['newest_cpu_median_ms']:>6.2f}] "
              f"{row['relevance_median_ms']:>8.2f} ({row['relevance_p90_ms']:>6.2f}) "
              f"[{row['relevance_cpu_median_ms']:>6.2f}]")  # fmt: skip
    typical = figures["typical word"]["newest_median_ms"]
    typical_cpu = figures["typical word"]["newest_cpu_median_ms"]
    common = figures["common word"]
    print(
        f"Goal: a typical query newest first under 20 ms median: {typical:.1f} ms "
        f"({'met' if typical < 20 else 'NOT met'}; {typical_cpu:.1f} ms of CPU here)."
    )
    print(
        f"Relevance of a very common word ({common['matches']:.0f}+ matches, capped at "
        f"10,000 counted) costs {common['relevance_median_ms']:.1f} ms against "
        f"{common['newest_median_ms']:.1f} ms newest first ({RELEVANCE_OF_COMMON[name]})."
    )


def main() -> None:
    from figures import add_json_option, write_figures

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--library", type=Path, help="build it here (or reuse it)")
    parser.add_argument("--postgresql-only", action="store_true",
                        help=f"measure only the library {POSTGRES_VARIABLE} names")  # fmt: skip
    add_json_option(parser, "search")
    args = parser.parse_args()
    postgres = os.environ.get(POSTGRES_VARIABLE, "")
    if args.postgresql_only and not postgres:
        parser.error(f"--postgresql-only needs {POSTGRES_VARIABLE}")
    results: dict[str, Any] = {}
    if not args.postgresql_only:
        path = args.library or Path(tempfile.mkdtemp(prefix="bench-search-")) / "library.sqlite"
        results["sqlite"] = run(str(path), args.stories, args.seed, args.runs)
        report(SQLITE, results["sqlite"])
    if postgres:
        results["postgresql"] = run(postgres, args.stories, args.seed, args.runs)
        report(POSTGRES, results["postgresql"])
    else:
        print(f"\n(PostgreSQL: set {POSTGRES_VARIABLE} to an empty database's location, or "
              "one this benchmark filled before, to measure it too)")  # fmt: skip
    write_figures(args.json, {**next(iter(results.values())), "backends": results})


if __name__ == "__main__":
    main()
