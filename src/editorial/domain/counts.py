"""Word and character counts as the desk counts them: the one count of a story's length.

A story's length is the number of words a reader reads in its copy: the lede and the body
as published, the way wire desks and their clients count (NewsML's and ninjs's
`wordcount`). The Markdown markup is not counted (`**`, `#`, list markers, a link's
address: only its text), nor are the headline, byline and dateline, which are labels on
the copy and have their own limits. The status bar, the checks panel and the ninjs export
all show this number, labelled with `STORY_LENGTH_LABEL` and explained by
`STORY_LENGTH_EXPLAINED`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from editorial.domain.story import Story

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
WORDS_PER_MINUTE = 230
STORY_LENGTH_LABEL = "lede and body"
STORY_LENGTH_EXPLAINED = (
    "Words and characters in the lede and body as published: Markdown markup and link "
    "addresses are not counted, nor are the headline, byline and dateline. The ninjs "
    "export gives the same word count."
)


@dataclass(frozen=True, slots=True)
class TextCounts:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes to read, at least one for any text."""
        return 0 if self.words == 0 else max(1, round(self.words / WORDS_PER_MINUTE))


def count_text(text: str) -> TextCounts:
    """Words are runs of letters, digits, apostrophes and hyphens; characters exclude
    line breaks (what a wire editor reads as the length of the copy)."""
    words = sum(1 for match in _WORD.finditer(text) if any(c.isalnum() for c in match.group()))
    characters = len(text.replace("\r", "").replace("\n", ""))
    return TextCounts(words=words, characters=characters)


def count_markdown(markdown: str, *, inline: bool = False) -> TextCounts:
    """Counts of Markdown as a reader reads it once rendered (`reading_text`)."""
    return count_text(reading_text(markdown, inline=inline))


@dataclass(frozen=True, slots=True)
class StoryCounts:
    """A story's figures: the headline's against its limit, and its length (`words`,
    `characters`: lede and body as published)."""

    headline: TextCounts
    lede: TextCounts
    body: TextCounts

    @property
    def words(self) -> int:
        """The story's length: lede and body, what the reader reads after the headline."""
        return self.lede.words + self.body.words

    @property
    def characters(self) -> int:
        return self.lede.characters + self.body.characters

    @property
    def reading_minutes(self) -> int:
        return TextCounts(self.words, self.characters).reading_minutes


def count_story(headline: str, lede: str, body: str) -> StoryCounts:
    """Counts for each part of a story (plain strings, so the editor can count what is
    on screen before it is saved). The lede is read as the renderer reads it, as one
    paragraph of inline Markdown; the body as Markdown blocks."""
    return StoryCounts(
        count_text(headline.strip()),
        count_markdown(lede, inline=True),
        count_markdown(body),
    )


def story_counts(story: Story, *, body: TextCounts | None = None) -> StoryCounts:
    """`count_story` of a story; `body`: its body's counts when the caller has them (from
    tokens it parsed anyway: `count_text(reading_text_of(tokens))`)."""
    if body is None:
        return count_story(story.headline, story.lede, story.body)
    return StoryCounts(count_text(story.headline.strip()), count_markdown(story.lede, inline=True),
                       body)  # fmt: skip


def story_length_text(counts: StoryCounts) -> str:
    """`166 words · 1,020 characters (lede and body)`: the length as the status bar shows
    it, saying what it counts."""
    return f"{plural(counts.words, 'word')} · {plural(counts.characters, 'character')} " + (
        f"({STORY_LENGTH_LABEL})"
    )


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 word`, `1,024 words`."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def reading_text(markdown: str, *, inline: bool = False) -> str:
    """The words of rendered Markdown, one block a paragraph: the text of emphasis and
    links without their markup or addresses, code as shown, no list markers, no image
    (its alt text is not on the page). `inline` reads the text as one paragraph, as the
    renderer reads a lede."""
    if not markdown.strip():
        return ""
    parser = _markdown()
    if inline:
        return _inline_text(parser.parseInline(markdown)[0].children or []).strip()
    return reading_text_of(parser.parse(markdown))


def reading_text_of(tokens: Sequence[Token]) -> str:
    """`reading_text` of the Markdown these block tokens were parsed from."""
    blocks: list[str] = []
    for token in tokens:
        if token.type == "inline":
            text = _inline_text(token.children or []).strip()
        elif token.type in ("fence", "code_block"):
            text = token.content.strip("\n")
        else:
            continue
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


@cache
def _markdown() -> MarkdownIt:
    # The renderer's options (editorial.domain.render), so that what is counted is what is
    # published; imported here so that starting the window never waits for markdown-it.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
