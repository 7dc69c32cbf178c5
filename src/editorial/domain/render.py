"""The one renderer: a story as it will be published.

The preview pane shows exactly this HTML and the publishing targets send exactly this
HTML. Raw HTML in the Markdown is not passed through (an editor's paste can never inject
markup or scripts); images are kept as written and it is the preview that refuses to load
anything remote.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from editorial.domain.house_style import (
    BASIC_HOUSE_STYLE,
    HouseStyle,
    format_byline,
    format_dateline,
)
from editorial.domain.language import text_direction
from editorial.domain.story import Story

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token


# How deep quotes and lists may nest (a list level counts two: the list and its item).
# markdown-it's default, 20, dropped the text of a thread quoted 20 deep or a 10-level
# outline; past this the text inside is left out (the checks say so: `nesting_cut`), and
# the parser's recursion stays far from Python's limit.
MAX_NESTING = 100
_CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open",
                         "list_item_open"})  # fmt: skip


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Imported here so that opening the window never waits for markdown-it.
    from markdown_it import MarkdownIt

    return MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False, "maxNesting": MAX_NESTING},
    )


# A quote or list opens on a line whose start holds a marker or indentation for every
# level around it: a `>` is one level, a list item (two levels: list and item) takes two
# columns, and no character is wider than a tab's four columns. So nesting as deep as
# MAX_NESTING needs a line starting with a quarter as many of these characters, and a
# story without one (nearly every story) is not parsed at all: parsing 15 MB took
# seconds and a few hundred megabytes. (markdown-it reads a lone CR as a line break.)
_DEEP_PREFIX = (MAX_NESTING - 1) // 4 - 1
_DEEP_LINE = re.compile(rf"(?:^|(?<=\r))[ \t>*+\-.)0-9]{{{_DEEP_PREFIX}}}", re.MULTILINE)


@lru_cache(maxsize=1)
def _block_markdown() -> MarkdownIt:
    """The renderer's parser without its inline pass: quotes and lists are blocks, and
    the inline pass took as long again and as much memory."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False, "maxNesting": MAX_NESTING},
    )
    parser.disable("inline")
    return parser


def render_body(markdown: str) -> str:
    """Markdown body to HTML, raw HTML disabled."""
    return str(_markdown().render(markdown))


def parse_body(markdown: str) -> list[Token]:
    """The renderer's tokens of a body (none for a blank one), for a caller that needs the
    HTML (`render_tokens`) and also the body's text or counts: a long body is parsed once,
    not once for each."""
    return list(_markdown().parse(markdown)) if markdown.strip() else []


def render_tokens(tokens: Sequence[Token]) -> str:
    """`render_body` of the Markdown that `parse_body` made these tokens of."""
    parser = _markdown()
    return str(parser.renderer.render(tokens, parser.options, {}))


# The counts and the plain text parse with markdown-it's default nesting limit (20, not
# MAX_NESTING): markdown-it stops reading a quote or list nested that deep, and a link
# label inside that many `[`. Below both, their tokens and the renderer's are the same.
_DEFAULT_NESTING = 20


def within_default_nesting(tokens: Sequence[Token]) -> bool:
    """Whether a parser with markdown-it's default nesting limit would have made the same
    tokens as these (from `parse_body`): no block nested near the limit, and no paragraph
    with enough `[` to nest link labels that deep."""
    for token in tokens:
        if token.level >= _DEFAULT_NESTING - 1:
            return False
        if token.type == "inline" and token.content.count("[") >= _DEFAULT_NESTING - 1:
            return False
    return True


def nesting_cut(markdown: str) -> int | None:
    """The line (from 0) of the first quote or list nested too deep for the renderer,
    whose text the published HTML leaves out; None when everything is published."""
    if not _DEEP_LINE.search(markdown):
        return None
    for token in _block_markdown().parse(markdown):
        if token.type in _CONTAINERS and token.level >= MAX_NESTING - 1:
            return token.map[0] if token.map else 0
    return None


def render_story(
    story: Story, style: HouseStyle = BASIC_HOUSE_STYLE, *, body_html: str | None = None
) -> str:
    """The published HTML of a story: an `<article>` with headline, byline and the body,
    the dateline leading the first paragraph (the lede when there is one). `body_html`:
    the body already rendered (`render_tokens(parse_body(story.body))`)."""
    md = _markdown()
    dateline = format_dateline(story.dateline, style, story.language)
    dateline_html = f'<span class="dateline">{html.escape(dateline)}</span> ' if dateline else ""
    parts = [
        f'<article class="story" lang="{html.escape(story.language)}" '
        f'dir="{text_direction(story.language)}">'
    ]
    if story.headline.strip():
        parts.append(f'<h1 class="headline">{html.escape(story.headline.strip())}</h1>')
    byline = format_byline(story.bylines, style)
    if byline:
        parts.append(f'<p class="byline">{html.escape(byline)}</p>')
    lede = " ".join(story.lede.split())
    if body_html is None:
        body_html = render_body(story.body) if story.body.strip() else ""
    if lede:
        parts.append(f'<p class="lede">{dateline_html}{md.renderInline(lede)}</p>')
    elif dateline_html:
        body_html = _lead_first_paragraph(body_html, dateline_html)
    parts.append(body_html)
    parts.append("</article>")
    return "\n".join(part for part in parts if part)


def _lead_first_paragraph(body_html: str, dateline_html: str) -> str:
    """Put the dateline at the start of the first paragraph, or before the body when the
    body does not open with one (a list, a quote)."""
    if body_html.startswith("<p>"):
        return "<p>" + dateline_html + body_html[len("<p>") :]
    return f'<p class="lede">{dateline_html.strip()}</p>\n{body_html}'
