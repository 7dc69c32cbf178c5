"""One story, one length: the status bar, the checks panel and the ninjs export give the
same word count for the story on screen, each saying what it counts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editorial.domain.counts import STORY_LENGTH_EXPLAINED, STORY_LENGTH_LABEL
from editorial.formats.ninjs_export import story_to_ninjs
from tests.ui.checks_helpers import set_language, wait_checked
from tests.ui.conftest import WindowFactory
from tests.ui.test_main_window import new_story

LEDE = "Officials [said](https://example.com/said-it) talks would **resume**."
BODY = (
    "## Talks\n\n- Turkey hosts the talks.\n- Russia attends.\n\n1. First point here.\n\n"
    "See [the report](http://news.example.org/a-b-c) now."
)
WORDS = 19  # counted by hand: 5 in the lede, 14 in the body; no URL, marker or dateline


def test_status_bar_checks_panel_and_ninjs_agree(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    set_language(window, "en")
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Talks resume in Ankara")
    qtbot.keyClicks(editor.dateline.city, "Ankara")
    qtbot.keyClicks(editor.dateline.date, "18 Nov 2008")
    qtbot.keyClicks(editor.dateline.source, "RIA Novosti")
    editor.lede.setPlainText(LEDE)
    editor.body.setPlainText(BODY)
    result = wait_checked(qtbot, window)

    label = f"{WORDS} words · {result.counts.characters} characters ({STORY_LENGTH_LABEL})"
    status = window.status.counts
    qtbot.waitUntil(lambda: status.text() == label)
    assert status.toolTip() == STORY_LENGTH_EXPLAINED

    summary = window.checks_panel.summary
    assert summary.text().startswith(label)
    assert summary.toolTip() == STORY_LENGTH_EXPLAINED

    story = editor.story()
    assert story is not None
    bodies = story_to_ninjs(story)["bodies"]
    assert [b["wordcount"] for b in bodies if "wordcount" in b] == [WORDS, WORDS]
    assert [b["charcount"] for b in bodies if "charcount" in b] == [result.counts.characters] * 2
