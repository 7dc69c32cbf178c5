"""Last keystroke to painted preview, and what the preview costs the typing.

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python bench/bench_preview.py [--runs 5]
        [--json bench-preview.json]

For an 800-word and a 10,000-word story, the real preview pane (its render lane, the one
renderer, the QTextBrowser) is fed a keystroke every 80 ms for 30 keystrokes, as typing
feeds it. Measured per run:

- **latency**: from the last keystroke until the preview's viewport has painted the
  rendering of the last text. Goal: 50 ms at 800 words, 100 ms at 10,000 words.
- **stall**: the longest the GUI thread did not answer a 2 ms heartbeat while typing
  (what the preview's work on the GUI thread costs a keystroke). Goal: within a 16 ms frame.
- **floor** (the reference): rendering the same story and painting it with no pause at all
  (render, setHtml, repaint, in a row); latency / floor is the ratio printed.

Medians over `--runs` runs; the figures are also written as JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.ui.preview.preview import PreviewPane, preview_document
from editorial.ui.shell.tasks import TaskRunner
from editorial.ui.shell.theme import page_css

KEYSTROKES = 30
KEYSTROKE_MS = 80
SENTENCE = (
    "The minister said on Tuesday that talks on the pipeline would resume next week, "
    "after a pause of three months that both sides blamed on the other. "
)


def story_of(words: int) -> Story:
    per_sentence = len(SENTENCE.split())
    sentences = [SENTENCE.strip()] * max(1, words // per_sentence)
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return Story(
        uri="urn:bench:preview",
        headline="Pipeline talks to resume next week",
        lede="Talks on the pipeline will resume next week, the minister said.",
        body="\n\n".join(paragraphs),
        language="en",
    )


class PaintWatch(QObject):
    """Notes the time of every paint of a widget's viewport."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.last_paint = 0.0
        browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last_paint = time.perf_counter()
        return False


def wait_until(app: QApplication, done: object, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.0005)


def one_run(app: QApplication, words: int) -> dict[str, float]:
    runner = TaskRunner()
    pane = PreviewPane(runner)
    pane.set_renderer(render_story)
    pane.resize(700, 800)
    pane.show()
    browser = pane.backend.widget()
    assert isinstance(browser, QTextBrowser)
    watch = PaintWatch(browser)
    story = story_of(words)
    shown: list[float] = []
    pane.rendered.connect(lambda _html: shown.append(time.perf_counter()))
    pane.show_story(story, at_once=True)
    wait_until(app, lambda: bool(shown))

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    typed: list[Story] = []

    def keystroke() -> None:
        nonlocal story
        story = replace(story, body=story.body + "x")
        typed.append(story)
        pane.show_story(story)

    heartbeat.start()
    for index in range(KEYSTROKES):
        QTimer.singleShot(index * KEYSTROKE_MS, keystroke)
    wait_until(app, lambda: len(typed) == KEYSTROKES)
    last_keystroke = time.perf_counter()
    final = len(shown)
    # Painted: a rendering after the last keystroke arrived, and a paint after it.
    wait_until(
        app, lambda: len(shown) > final and not pane.pending and watch.last_paint > shown[-1]
    )
    latency = watch.last_paint - last_keystroke
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]

    started = time.perf_counter()
    fragment = render_story(story)
    browser.setHtml(preview_document(fragment, page_css()))
    browser.viewport().repaint()
    floor = time.perf_counter() - started

    pane.close()
    runner.shutdown()
    return {"latency_ms": latency * 1000, "stall_ms": max(gaps) * 1000, "floor_ms": floor * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path("bench-preview.json"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    figures: dict[str, dict[str, float]] = {}
    goals = {800: 50.0, 10_000: 100.0}
    for words, goal in goals.items():
        runs = [one_run(app, words) for _ in range(args.runs)]
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        median["ratio"] = median["latency_ms"] / median["floor_ms"]
        median["goal_ms"] = goal
        figures[f"{words}_words"] = median
        print(
            f"{words:>6} words: last keystroke to painted preview {median['latency_ms']:.0f} ms "
            f"(goal {goal:.0f}), floor {median['floor_ms']:.0f} ms (ratio "
            f"{median['ratio']:.1f}); longest GUI stall while typing {median['stall_ms']:.0f} ms"
        )
    args.json.write_text(json.dumps({"runs": args.runs, "figures": figures}, indent=2))
    print(f"Figures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
