"""How long `run_checks` takes on a 5,000-word story (the budget is ~50 ms).

Then, once each, on a megabyte of text that once made it backtrack (base64, a row of `=`).

    PYTHONPATH=src python bench/bench_checks.py [--runs N] [--words N]

Prints the median of several runs for each configuration: all checks without a
speller or gazetteer, with the gazetteer (loaded beforehand: loading it is a one-off
second), and with a dictionary-like speller (a set lookup, to time the domain's part of
spelling and not Hunspell's).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import random
import statistics
import sys
import time

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story
from editorial.services.places import load_gazetteer
from editorial.services.styles import bundled_catalog

PARAGRAPHS = [
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war between Russia and Georgia in August.",
    '"I believe that we need to resume dialogue and search for constructive solutions in '
    'all areas of cooperation on strategic stability," the minister told a news conference.',
    "He stated that 3 of the 26 NATO members had had doubts, and that  the the talks "
    "would resume (perhaps in December) at the level of ambassadors.",
    "«Мы готовы к диалогу», — сказал министр 18 ноября, добавив, что twelve people "
    "had been invited to Moscow towards the end of the year.",
]


class SetSpeller:
    def __init__(self, words: set[str]) -> None:
        self.words = words

    def check(self, word: str) -> bool:
        return word.lower() in self.words

    def suggest(self, word: str) -> list[str]:
        return []


def make_story(words: int) -> Story:
    body: list[str] = []
    count = 0
    while count < words:
        paragraph = PARAGRAPHS[len(body) % len(PARAGRAPHS)]
        body.append(paragraph)
        count += len(paragraph.split())
    return Story(
        uri="urn:newsml:bench",
        headline="Russia urges resumption of dialogue with NATO, alliance wary",
        lede=PARAGRAPHS[0],
        body="\n\n".join(body),
        bylines=(Byline("Anna Ivanova"),),
        dateline=Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti"),
    )


def median_ms(runs: int, call: object) -> float:
    assert callable(call)
    call()  # warm caches (compiled patterns, country names)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args(argv)
    story = make_story(args.words)
    config = CheckConfig(now=dt.datetime(2008, 11, 18, 12, tzinfo=dt.UTC))
    words = len(story.body.split())
    print(f"story: {words} body words, {len(story.body)} characters; {args.runs} runs")
    gazetteer = load_gazetteer()
    speller = SetSpeller({w.strip('.,"«»()').lower() for w in story.body.split()[:200]})
    budget_ms = 50.0
    worst = 0.0
    for key, style in bundled_catalog().styles.items():
        plain = median_ms(args.runs, lambda s=style: run_checks(story, s, config))
        with_gazetteer = median_ms(
            args.runs, lambda s=style: run_checks(story, s, config, gazetteer=gazetteer)
        )
        with_speller = median_ms(
            args.runs,
            lambda s=style: run_checks(story, s, config, gazetteer=gazetteer, speller=speller),
        )
        findings = len(run_checks(story, style, config, gazetteer=gazetteer))
        worst = max(worst, with_gazetteer)
        print(
            f"{key:8} median {plain:6.1f} ms; with gazetteer {with_gazetteer:6.1f} ms; "
            f"with speller {with_speller:6.1f} ms; {findings} findings"
        )
    print(f"worst median {worst:.1f} ms = {worst / budget_ms:.2f} of the {budget_ms:.0f} ms budget")
    # Text that made a regular expression backtrack (a pasted blob, a rule of `=`): the
    # checks must stay linear, about a second a megabyte, not minutes.
    for name, body in pathological_bodies(1_000_000).items():
        blob = Story(uri="urn:newsml:bench-blob", headline="Blob", body=body)
        start = time.perf_counter()
        findings = len(run_checks(blob, bundled_catalog().get("ap"), config, speller=speller))
        took = (time.perf_counter() - start) * 1000
        print(f"1 MB of {name:12} {took:7.0f} ms; {findings} findings")
    return 0


def pathological_bodies(size: int) -> dict[str, str]:
    blob = base64.b64encode(random.Random(6).randbytes(size)).decode()[:size]
    return {"base64": blob, "'=' signs": "=" * size, "'a@'": "a@" * (size // 2)}


if __name__ == "__main__":
    sys.exit(main())
