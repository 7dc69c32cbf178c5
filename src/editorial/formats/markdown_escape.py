"""Keeping a line of copy text in Markdown: what both the HTML reader and the text
readers need, in a module of its own so that neither has to import the other."""

from __future__ import annotations

import re

_BLOCK_MARKER = re.compile(r"^(?:#{1,6}|>|[-+*]|\d{1,9}[.)])(?=\s|$)|^\[[^\]]*\]:")


def escape_block_start(paragraph: str) -> str:
    """A backslash before what Markdown would read as a heading, quote, list item or link
    definition at the start of a line of copy (`1. ` / `# ` / `- `), so it stays text."""
    if _BLOCK_MARKER.match(paragraph) is None:
        return paragraph
    digits = len(paragraph) - len(paragraph.lstrip("0123456789"))
    return paragraph[:digits] + "\\" + paragraph[digits:]
