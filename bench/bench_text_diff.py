"""What the word diff of the copy-desk review and of Correct costs.

    PYTHONPATH=src python bench/bench_text_diff.py [--runs 5]

Prints median timings: a 5,000-word story with 30 scattered edits (the body's word diff,
the whole story diff with its HTML and the drafted correction note, and the same body
pasted as one paragraph), then each pathological megabyte (identical, all different, no
spaces, one letter, Chinese, lines) that must stay bounded (a quadratic pass takes hours).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from editorial.domain.correction_note import draft_correction_note
from editorial.domain.diff_render import story_diff_html
from editorial.domain.story import Story
from editorial.domain.story_diff import diff_stories
from editorial.domain.text_diff import diff_words

PARAGRAPHS = [
    "Russia's envoy to NATO Dmitry Rogozin said on {day} that ambassador-level consultations"
    " between Russia and NATO could take place before the end of the year.",
    "In an indication that dialogue is possible, an alliance spokesman said that the foreign"
    " ministers of {count} NATO member countries may decide to resume the work of the"
    " Russia-NATO Council at their meeting in early December.",
    "However, NATO Secretary General Jaap de Hoop Scheffer said the alliance would support"
    " efforts by former communist nations to join the military alliance regardless of"
    " opposition from Russia, and that {count} officials would travel to Moscow.",
    '"I am ready to go to Moscow to talk to the Russian leadership. I am ready for it, I think'
    ' NATO allies are ready for it. I hope I am welcomed there soon," he said on {day}.',
]
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SIZE = 1_000_000
HALF = SIZE // 2


def story_body(words: int) -> str:
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < words:
        n = len(paragraphs)
        template = PARAGRAPHS[n % len(PARAGRAPHS)]
        paragraphs.append(template.format(day=DAYS[n % len(DAYS)], count=f"{n + 20:,}"))
    return "\n\n".join(paragraphs)


def scattered_edits(body: str, edits: int, seed: int = 18) -> str:
    """A word changed, removed or added in random paragraphs, as a copy editor does."""
    rng = random.Random(seed)
    paragraphs = body.split("\n\n")
    for _ in range(edits):
        index = rng.randrange(len(paragraphs))
        words = paragraphs[index].split(" ")
        at = rng.randrange(len(words))
        kind = rng.choice(("change", "remove", "add"))
        if kind == "change":
            words[at] = words[at].upper()
        elif kind == "remove" and len(words) > 1:
            del words[at]
        else:
            words.insert(at, "reportedly")
        paragraphs[index] = " ".join(words)
    return "\n\n".join(paragraphs)


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    body = story_body(5000)
    edited = scattered_edits(body, 30)
    published = Story(uri="urn:bench", headline="Russia urges dialogue", lede="Lede.", body=body)
    correction = published.edited(body=edited)
    flat, flat_edited = body.replace("\n\n", " "), edited.replace("\n\n", " ")
    print(f"story: {len(body.split()):,} words, {len(diff_words(body, edited).edits())} edits")
    for name, work in [
        ("body word diff", lambda: diff_words(body, edited)),
        ("story diff + HTML + correction note", lambda: (
            draft_correction_note(d := diff_stories(published, correction)),
            story_diff_html(d))),
        ("body as one paragraph", lambda: diff_words(flat, flat_edited)),
    ]:  # fmt: skip
        print(f"  {name}: median {median_ms(work, args.runs):.1f} ms")

    words = ["NATO", "Russia", "talks", "1,200", "said"] * (SIZE // 30)
    pathological = {
        "identical": ("a" * SIZE, "a" * SIZE),
        "one letter against another": ("a" * SIZE, "b" * SIZE),
        "one edit in the middle, no spaces": ("x" * SIZE, "x" * HALF + "y" + "x" * HALF),
        "Chinese, all different": ("北" * SIZE, "京" * SIZE),
        "punctuation, all different": ("." * SIZE, "," * SIZE),
        "lines, all different": ("a\n" * (SIZE // 2), "b\n" * (SIZE // 2)),
        "words, shuffled": (" ".join(words), " ".join(random.Random(1).sample(words, len(words)))),
    }  # fmt: skip
    print(f"pathological, {SIZE:,} characters:")
    for name, texts in pathological.items():
        runs = max(1, args.runs // 2)
        print(f"  {name}: median {median_ms(lambda t=texts: diff_words(*t), runs):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
