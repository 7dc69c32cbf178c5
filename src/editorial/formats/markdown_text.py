"""Markdown (and HTML) down to plain text: the `text/plain` body of a ninjs export, a
headline or description that arrived as HTML.

Paragraphs stay paragraphs (a blank line between), list items keep a `- ` or `1. `,
emphasis and link markup go and their text stays, images leave their alt text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from editorial.formats.markdown_escape import escape_block_start

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = [
    "escape_block_start",
    "html_to_text",
    "markdown_to_text",
    "text_to_markdown",
    "tokens_to_text",
]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def markdown_to_text(markdown: str) -> str:
    """The text a reader sees in the rendered Markdown, one paragraph per block."""
    if not markdown.strip():
        return ""
    return tokens_to_text(_markdown().parse(markdown))


def tokens_to_text(tokens: Sequence[Token]) -> str:
    """`markdown_to_text` of the Markdown these block tokens were parsed from."""
    blocks: list[str] = []
    lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
    prefix = ""
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            lists.append([])
        elif kind == "ordered_list_open":
            lists.append([int(str(token.attrGet("start") or 1))])
        elif kind in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        elif kind == "list_item_open" and lists:
            indent = "  " * (len(lists) - 1)
            counter = lists[-1]
            if counter:
                prefix = f"{indent}{counter[0]}. "
                counter[0] += 1
            else:
                prefix = f"{indent}- "
        elif kind == "inline":
            text = _inline_text(token.children or [])
            if text.strip():
                blocks.append(prefix + text.strip())
            prefix = ""
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(blocks)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a headline or description sent as HTML), with
    its whitespace made single spaces within paragraphs."""
    from editorial.formats.html_to_markdown import html_to_markdown

    text = markdown_to_text(html_to_markdown(html))
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def text_to_markdown(text: str) -> str:
    """Plain text (a `text/plain` body) as Markdown paragraphs: blank lines separate
    paragraphs, or single line breaks when the text has no blank lines at all; lines
    that Markdown would read as markup stay text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    blocks = _PARAGRAPH_BREAK.split(text) if _PARAGRAPH_BREAK.search(text) else text.split("\n")
    paragraphs = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(escape_block_start(p) for p in paragraphs if p)
