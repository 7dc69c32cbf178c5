"""HTML bodies to Markdown in pure Python, where `html-to-markdown` has no wheel.

`html-to-markdown` ships compiled wheels only (its core is Rust), and for macOS only
for macOS 15 and newer: an installer built for the Macs many newsrooms still have leaves
it out (see the `platform_release` marker in pyproject.toml), and then this converter,
`markdownify` over BeautifulSoup with Python's own HTML parser (both MIT, pure Python),
turns the same bodies into the same Markdown, with the same options: ATX headings, `-`
bullets, `*` emphasis, backslash hard breaks, silenced elements dropped with their
content, navigation and hidden elements dropped, copy that looks like markup escaped.
It is about five times slower (1.2 ms for a 3 KB wire body), which only bulk imports of
HTML-bodied ninjs feel. tests/formats/test_html_to_markdown_fallback.py compares the two
on the test corpus.
"""

from __future__ import annotations

import re
from typing import Any

from editorial.formats.markdown_escape import escape_block_start

# Dropped with their content, besides the silenced elements html_to_markdown names:
# a page's navigation and furniture, as html-to-markdown drops them by itself.
_FURNITURE = ("nav", "head", "title")
_HIDDEN_STYLES = ("display:none", "visibility:hidden")
_TRAILING_BREAKS = re.compile(r"(?:\\\n\s*)+$")


def convert(html: str, silenced: tuple[str, ...]) -> str:
    """Markdown for an HTML fragment or document (before html_to_markdown's shared
    clean-up: link definitions, odd spaces, blank lines)."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all([*silenced, *_FURNITURE]):
        element.decompose()
    for element in soup.find_all(_is_hidden):
        element.decompose()

    class _Converter(MarkdownConverter):
        def escape(self, text: str, parent_tags: Any) -> str:
            # Escape only what would turn copy into markup, as html-to-markdown does,
            # not every `*` and `_` of the copy.
            return text

        def convert_p(self, el: Any, text: str, parent_tags: Any) -> str:
            if "_inline" in parent_tags:
                return text
            text = _TRAILING_BREAKS.sub("", text)  # a <br> ending a paragraph breaks nothing
            lines = (escape_block_start(line.strip(" ")) for line in text.strip().split("\n"))
            body = "\n".join(lines)
            return f"\n\n{body}\n\n" if body else ""

    converter = _Converter(
        heading_style="ATX",
        bullets="-",
        strong_em_symbol="*",
        newline_style="BACKSLASH",
        autolinks=False,
        escape_asterisks=False,
        escape_underscores=False,
        escape_misc=False,
    )
    return str(converter.convert_soup(soup))


def _is_hidden(element: Any) -> bool:
    attributes = getattr(element, "attrs", None) or {}
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = str(attributes.get("style", "")).replace(" ", "").lower()
    return any(hidden in style for hidden in _HIDDEN_STYLES)
