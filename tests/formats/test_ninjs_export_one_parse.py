"""The ninjs export parses a body once for its HTML, its plain text and its counts: what
it gives is what the renderer, `markdown_to_text` and the desk's counts give, each
parsing on its own, for the sample, the ninjs and web-copy fixtures, copy nested deeper
than markdown-it's default limit, and generated stories."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from editorial.domain.counts import story_counts
from editorial.domain.dateline import Dateline
from editorial.domain.house_style import HouseStyle
from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.formats.detect import read_file
from editorial.formats.markdown_text import markdown_to_text
from editorial.formats.ninjs_export import _plain_body, story_to_ninjs
from tests.catalogs import AGENCY, AP
from tests.formats.conftest import NINJS_EXAMPLES, SAMPLE_REFERENCE, SAMPLE_WEB_COPY
from tests.formats.strategies import stories

WEB_CORPUS = Path(__file__).parent / "web_corpus"
FIXTURE_FILES = [SAMPLE_WEB_COPY, *sorted(NINJS_EXAMPLES.glob("*.json")),
                 *sorted(WEB_CORPUS.glob("*.txt"))]  # fmt: skip
# Bodies where the renderer's nesting limit (100) and markdown-it's default one (20), used
# by the text and the counts, read different text.
DEEP_BODIES = {
    "quote 40 deep": "\n".join(">" * n + f" level {n}" for n in range(1, 40)),
    "list 40 deep": "\n".join("  " * n + f"- item {n}" for n in range(40)),
    "link labels 25 deep": "[" * 25 + "foo" + "]" * 25 + "()\n\nnext [a [b [c]]](u)",
}
MIXED_BODY = (
    "Para with **bold**, _em_, `code`, [a link](http://x.y \"t\") and ![alt *x*](i.png).\n\n"
    "- a\n- b\n\n3. three\n4. four\n\n```\nfenced\n```\n\n    indented code\n\n# Heading\n\n"
    "line  \nhard break\nsoft\n\n[ref]\n\n[ref]: http://example.com\n\n> quote **b**"
)


def assert_one_parse_matches_three(story: Story, style: HouseStyle) -> None:
    bodies = {body["contenttype"]: body for body in story_to_ninjs(story, style=style)["bodies"]}
    html, plain = bodies["text/html"], bodies["text/plain"]
    assert html["value"] == render_story(story.edited(headline="", bylines=()), style)
    assert plain["value"] == _plain_body(story, style, markdown_to_text(story.body))
    counts = story_counts(story)
    assert html["wordcount"] == plain["wordcount"] == counts.words
    assert html["charcount"] == plain["charcount"] == counts.characters


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_stories_export_as_three_parses_would(path: Path) -> None:
    read = read_file(path, reference=SAMPLE_REFERENCE)
    assert read.stories
    for story in read.stories:
        for style in (AGENCY, AP):
            assert_one_parse_matches_three(story, style)


@pytest.mark.parametrize("lede", ["", "A lede with *em*  and\na line break"])
@pytest.mark.parametrize("body", [MIXED_BODY, *DEEP_BODIES.values(), "", "  \n"],
                         ids=["mixed", *DEEP_BODIES, "empty", "blank"])  # fmt: skip
def test_markdown_bodies_export_as_three_parses_would(body: str, lede: str) -> None:
    story = Story(uri="urn:test:1", headline="Headline", lede=lede, body=body,
                  dateline=Dateline(city="ANKARA", country="Turkey"))  # fmt: skip
    assert_one_parse_matches_three(story, AGENCY)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_generated_stories_export_as_three_parses_would(story: Story) -> None:
    assert_one_parse_matches_three(story, AGENCY)
