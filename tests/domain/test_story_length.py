"""A story's length: the one count, lede and body as published, without markup."""

from __future__ import annotations

import pytest

from editorial.domain.counts import (
    STORY_LENGTH_LABEL,
    count_markdown,
    count_story,
    reading_text,
    story_counts,
    story_length_text,
)
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story

LEDE = "Officials [said](https://example.com/said-it) talks would **resume**."
BODY = (
    "## Talks\n\n- Turkey hosts the talks.\n- Russia attends.\n\n1. First point here.\n\n"
    "See [the report](http://news.example.org/a-b-c) now. ![A photo of 3 people](x.jpg)"
)
WORDS = 5 + 14  # Officials said talks would resume; Talks / Turkey … / See the report now


def test_markup_and_link_addresses_are_not_words() -> None:
    assert reading_text(LEDE, inline=True) == "Officials said talks would resume."
    assert reading_text(BODY) == (
        "Talks\n\nTurkey hosts the talks.\n\nRussia attends.\n\nFirst point here.\n\n"
        "See the report now."
    )
    counts = count_story("Talks", LEDE, BODY)
    assert (counts.lede.words, counts.body.words, counts.words) == (5, 14, WORDS)
    assert counts.characters == len("Officials said talks would resume.") + len(
        "TalksTurkey hosts the talks.Russia attends.First point here.See the report now."
    )


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("", 0),
        ("`git commit` now", 3),  # code is shown, so read
        ("```\nprint(1)\n```", 2),
        ("> Quoted *words* here", 3),
        ("A line  \nbroken", 3),
        ("<b>raw</b> html", 4),  # not rendered as HTML: the reader sees it as text
        ("Dashes -- and — alone", 3),
    ],
)
def test_what_a_reader_reads(markdown: str, words: int) -> None:
    assert count_markdown(markdown).words == words


def test_a_lede_is_one_paragraph_as_the_renderer_reads_it() -> None:
    # `1. ` or `# ` opening a lede is text, not a list or a heading (renderInline).
    assert reading_text("1. Officials said", inline=True) == "1. Officials said"
    assert count_markdown("# Officials said", inline=True).words == 2


def test_the_length_says_what_it_counts() -> None:
    story = Story(uri="urn:x", headline="Talks resume", lede=LEDE, body=BODY,
                  dateline=Dateline(city="Ankara", source="RIA Novosti"))  # fmt: skip
    counts = story_counts(story)
    assert counts.words == WORDS  # the dateline is not copy
    assert story_length_text(counts) == (
        f"{WORDS} words · {counts.characters} characters ({STORY_LENGTH_LABEL})"
    )
    assert story_length_text(count_story("", "One", "")) == "1 word · 3 characters (lede and body)"
