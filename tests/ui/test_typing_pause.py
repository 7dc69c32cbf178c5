"""The preview's pause after a keystroke follows what showing the preview costs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.ui.preview.preview import PreviewPane
from editorial.ui.preview.typing_pause import (
    LONGEST_MS,
    SHORTEST_MS,
    UNMEASURED_MS,
    TypingPause,
)
from editorial.ui.shell.tasks import TaskRunner


def test_an_unmeasured_pause_is_the_middle_ground() -> None:
    assert TypingPause().ms == UNMEASURED_MS


def test_a_cheap_preview_follows_the_typing_at_once_and_an_expensive_one_waits() -> None:
    cheap, dear, slow = TypingPause(), TypingPause(), TypingPause()
    cheap.measured(render_ms=2, show_ms=4)
    dear.measured(render_ms=10, show_ms=20)
    slow.measured(render_ms=300, show_ms=400)
    assert cheap.ms == SHORTEST_MS
    assert dear.ms == 60  # the lane's 10 ms and 2.5 times the GUI thread's 20
    assert slow.ms == LONGEST_MS


def test_one_slow_rendering_does_not_throw_the_pause() -> None:
    pause = TypingPause()
    for _ in range(5):
        pause.measured(render_ms=4, show_ms=8)
    settled = pause.ms
    pause.measured(render_ms=200, show_ms=300)
    assert settled < pause.ms < LONGEST_MS
    for _ in range(10):
        pause.measured(render_ms=4, show_ms=8)
    assert pause.ms <= settled + 2


@pytest.fixture
def pane(qapp: object, qtbot: QtBot) -> Iterator[PreviewPane]:
    runner = TaskRunner()
    pane = PreviewPane(runner)
    pane.set_renderer(render_story)
    pane.resize(600, 500)
    qtbot.addWidget(pane)
    pane.show()
    yield pane
    runner.shutdown()


def story_of(words: int) -> Story:
    sentence = "The minister said talks on the pipeline would resume next week. "
    count = words // len(sentence.split())
    paragraphs = [sentence * 4] * max(1, count // 4)
    return Story(uri="u", headline="Talks", body="\n\n".join(paragraphs))


def shown_pause(qtbot: QtBot, pane: PreviewPane, story: Story) -> int:
    for _ in range(8):  # real renderings, as opening a story and typing in it make
        with qtbot.waitSignal(pane.rendered, timeout=10_000):
            pane.show_story(story, at_once=True)
    return pane.pause.ms


def test_the_pause_comes_from_the_renderings_measured(qtbot: QtBot, pane: PreviewPane) -> None:
    # A short story costs a few milliseconds to render and show: its page follows the
    # typing sooner than the fixed 200 ms of old (and than the unmeasured guess).
    assert SHORTEST_MS <= shown_pause(qtbot, pane, story_of(80)) < UNMEASURED_MS
    pane.pause = TypingPause()
    assert SHORTEST_MS <= shown_pause(qtbot, pane, story_of(10_000)) <= LONGEST_MS


def test_typing_renders_after_the_measured_pause(qtbot: QtBot, pane: PreviewPane) -> None:
    story = story_of(80)
    shown_pause(qtbot, pane, story)
    pane.show_story(Story(uri="u", headline="Talks resume", body=story.body))
    assert pane.pending
    with qtbot.waitSignal(pane.rendered, timeout=5_000):
        pass
    assert "Talks resume" in pane.fragment
