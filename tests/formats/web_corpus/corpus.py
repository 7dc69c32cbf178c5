"""The web-copy corpus: pages after the layouts of real news sites (their structure, our
own sentences), each beside the story an editor would have typed from it, and the
measures `bench/bench_web_copy.py` prints and `tests/formats/test_web_corpus.py` holds.

A case is `NAME.txt` (the page as a browser copies it) or `NAME.html` (the page as
saved, read through the article extractor) and `NAME.json`: the site, the
language, the expected story (headline, dateline or null, bylines, lede without the
dateline, body paragraphs) and `dateline_pending` for a dateline style the parser does
not read yet (issue 11, "Datelines as data"). Every line of the copy that is not part of
the expected story is the site's furniture: what the reader must list as removed.

`held_out` marks cases written after the parser and scored once before any change for
them: of the first three (CNN, Kommersant, Le Figaro), two came out exact; on CNN a
two-word section label was taken for the headline over a 13-word headline (recall 89.5%),
which the rule for decks and standfirsts now keeps from happening. The next three
(Deutsche Welle, РБК, 20minutos) came out exact at the first reading. Ten more, in ten
languages (Europa Press, Ouest-France, ZEIT/dpa, Известия, 新华网, 47NEWS/Kyodo,
القبس/KUNA, Anadolu Ajansı, g1, ANSA's market report), were written with twenty held-out
datelines before the parser was changed for them: 3 of the 10 came out exact (furniture
precision 98.4%, recall 98.6%, headlines 91.9%, datelines 85.0% over the 37 cases); the
misses (no sentence ends in Chinese and Japanese, Japanese kana lines taken for another
script, a dateline on a line of its own, `dpa/lno`, bylines in the page's language, stamp
and feedback lines in new languages, a subscriber notice) were fixed in general, and the
lemonde and tagesschau cases now expect the byline their `Par …`/`Von …` lines give.
A second round written after those fixes (人民网, Le Parisien, Yahoo Finance with Reuters
copy and a `By …` credit after the dateline) came out exact for 2 of 3: on 人民网 the
expectation kept the ideographic space after `本报北京3月4日电`, which every paste's
spacing is made single of; the expectation now has a plain space.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editorial.domain.removed_copy import StoryReading
from editorial.formats.html_to_markdown import plain_paragraphs
from editorial.formats.web_copy_lines import key, normalize_text, paragraphs
from editorial.formats.web_page import read_web_page
from editorial.formats.wire_text import read_web_copy
from tests.catalogs import HOUSE_STYLES, real_gazetteer

CORPUS = Path(__file__).resolve().parent
REFERENCE = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
BYLINE_WORDS = ("By", "Par", "Por", "Von", "Di", "Автор")


@dataclass(frozen=True)
class Case:
    name: str
    site: str
    language: str
    text: str
    expected: dict[str, Any]
    dateline_pending: bool
    html: bool = False
    held_out: bool = False  # written after the parser was, and never tuned for

    def lines(self) -> list[str]:
        """The copy's paragraphs (for a page, its text as shown)."""
        text = plain_paragraphs(self.text) if self.html else self.text
        return paragraphs(normalize_text(text))

    def story_lines(self) -> Counter[str]:
        """The copy's paragraphs that the expected story is made of (by `key`)."""
        expected = self.expected
        keys = [key(line) for line in self.lines()]
        story: Counter[str] = Counter(key(p) for p in expected["body"])
        if expected["headline"]:
            story[key(expected["headline"])] += 1
        for name in expected["bylines"]:
            # `By Jane Doe`, with a role (`By Jane Doe, CNN`), in the page's language
            # (`Par …`, `Por …, g1 — São Paulo`, `Von …`).
            lines = [key(f"{word} {name}") for word in BYLINE_WORDS]
            starts = [(line + ",", line + " (") for line in lines]
            byline = next((k for k in keys for line, start in zip(lines, starts, strict=True)
                           if k == line or k.startswith(start)), None)  # fmt: skip
            if byline:
                story[byline] += 1
        lede = key(expected["lede"])
        dated = expected["dateline"] is not None
        lede_line = next(
            (k for k in keys if (k != lede and k.endswith(lede)) if dated), None
        ) or next((k for k in keys if k == lede), None)
        if lede_line:
            story[lede_line] += 1
        return story

    def furniture(self) -> Counter[str]:
        """Every paragraph of the copy that is not in the expected story."""
        lines = Counter(key(line) for line in self.lines())
        return lines - self.story_lines()


def cases() -> list[Case]:
    out = []
    for meta_file in sorted(CORPUS.glob("*.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        page = meta_file.with_suffix(".html")
        source = page if page.exists() else meta_file.with_suffix(".txt")
        out.append(Case(meta_file.stem, meta["site"], meta["language"],
                        source.read_text(encoding="utf-8"), meta["expected"],
                        meta.get("dateline_pending", False), html=page.exists(),
                        held_out=meta.get("held_out", False)))  # fmt: skip
    return out


def read(case: Case) -> StoryReading:
    """The case read as the desk reads a paste: with the bundled house styles (their
    agencies' dateline grammars) and the real gazetteer."""
    styles = tuple(HOUSE_STYLES.values())
    if case.html:  # the page says its language
        return read_web_page(case.text, reference=REFERENCE, styles=styles,
                             gazetteer=real_gazetteer)  # fmt: skip
    return read_web_copy(case.text, reference=REFERENCE, language=case.language,
                         styles=styles, gazetteer=real_gazetteer)  # fmt: skip


@dataclass
class Score:
    """Furniture removal as retrieval: a true positive is a line of furniture listed as
    removed; a false positive a line of the story removed; a miss furniture left in."""

    removed_right: int = 0
    removed_wrong: int = 0
    furniture_kept: int = 0
    headlines: int = 0
    datelines: int = 0
    dated_cases: int = 0
    stories: int = 0
    lost_silently: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        listed = self.removed_right + self.removed_wrong
        return self.removed_right / listed if listed else 1.0

    @property
    def recall(self) -> float:
        wanted = self.removed_right + self.furniture_kept
        return self.removed_right / wanted if wanted else 1.0


def score(case: Case, reading: StoryReading, total: Score) -> None:
    story = reading.story
    furniture = case.furniture()
    removed = Counter(key(line.text) for line in reading.removed)
    right = sum((removed & furniture).values())
    total.removed_right += right
    total.removed_wrong += sum((removed - furniture).values())
    total.furniture_kept += sum((furniture - removed).values())
    total.stories += 1
    expected = case.expected
    if story.headline == expected["headline"]:
        total.headlines += 1
    else:
        total.failures.append(f"{case.name}: headline {story.headline!r}")
    if expected["dateline"] is not None:
        total.dated_cases += 1
        if dateline_found(case, reading):
            total.datelines += 1
    # Every line of the copy is in the story or listed as removed.
    kept = Counter([key(story.headline)] if story.headline else [])
    kept.update(key(p) for p in story.body.split("\n\n") if p)
    every = Counter(key(line) for line in case.lines())
    accounted = kept + removed
    total.lost_silently += sum(
        count for line, count in (every - accounted).items()
        if not line.endswith(key(story.lede))
        and line.split(" ", 1)[0] not in {word.casefold() for word in BYLINE_WORDS}
    )  # fmt: skip


def dateline_found(case: Case, reading: StoryReading) -> bool:
    expected = case.expected["dateline"]
    dateline = reading.story.dateline
    date = dateline.date.isoformat() if dateline.date else None
    return (dateline.city, date, dateline.source) == (
        expected["city"], expected["date"], expected["source"],
    )  # fmt: skip
