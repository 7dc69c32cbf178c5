"""HTML bodies (ninjs `body_html`, `bodies[]` of type text/html) to clean Markdown.

The converter is `html-to-markdown` (MIT; a Rust core with Python bindings, actively
maintained). The obvious pure-Python choices were measured first on a 3 KB wire body
here: `markdownify` over BeautifulSoup 1.2 ms, `html2text` 0.55 ms, and with html2text
bulk ninjs import of HTML-bodied items ran at about 740 stories/s, short of the
1,000 stories/s the desk needs; `html-to-markdown` converts the same body in 0.2 ms.
It also escapes what would turn text into markup (`# `, `> `, `1. `, `- ` at the start
of a line) and drops navigation and hidden elements by itself.

Scripts, styles, embedded players, frames and forms go with their content. The result
is CommonMark that the one renderer (`editorial.domain.render`) shows as the HTML
meant: paragraphs, emphasis, links, lists, headings, quotes. Where html-to-markdown has
no wheel (macOS before 15), a pure-Python converter does the same work
(`html_to_markdown_fallback`). Should the converter ever fail on some input, the text is
still kept (paragraphs of plain text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from html_to_markdown import ConversionOptions

# Elements whose content is never copy: scripts, players, frames, forms, drawings.
SILENCED_ELEMENTS = (
    "script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "canvas",
    "video", "audio", "form", "select", "button", "math",
)  # fmt: skip

_LINK_DEFINITION = re.compile(r"^(\[[^\]\n]*\]:)", re.MULTILINE)
_ODD_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2007": " "})
_GAPS = re.compile(r"\n{3,}")


def html_to_markdown(html: str) -> str:
    """Markdown for an HTML fragment or document. Never raises on malformed HTML."""
    if not html.strip():
        return ""
    try:
        markdown = _convert(html)
    except Exception:  # a converter's own errors, or none installed: keep the copy
        return _plain_paragraphs(html)
    # A line of copy that reads `[1]: …` would become an invisible link definition.
    # Each pattern runs only where its text occurs: scanning a 4 KB body for them took
    # 0.04 ms a story, two thirds of the time converting it takes.
    if "]:" in markdown:
        markdown = _LINK_DEFINITION.sub(r"\\\1", markdown)
    if not markdown.isascii():
        markdown = markdown.translate(_ODD_SPACES)
    if "\n\n\n" in markdown:
        markdown = _GAPS.sub("\n\n", markdown)
    return markdown.strip()


# "auto": html-to-markdown where it is installed, else the pure-Python fallback
# (formats/html_to_markdown_fallback.py); "fallback" forces that one (tests).
CONVERTER = "auto"


def _convert(html: str) -> str:
    if CONVERTER == "auto" and _native_converter_installed():
        return _native_convert()(html)
    from editorial.formats.html_to_markdown_fallback import convert

    return convert(html, SILENCED_ELEMENTS)


@cache
def _native_converter_installed() -> bool:
    try:
        import html_to_markdown  # noqa: F401
    except ImportError:  # no wheel for this platform (macOS before 15)
        return False
    return True


@cache
def _native_convert() -> Callable[[str], str]:
    """html-to-markdown's `convert` with its options translated for the Rust core once:
    its public `convert` translates them on every call, which cost twice the conversion
    itself on a wire body (0.18 ms of 0.24). Should a release rename those internals,
    the public call is used as before."""
    import html_to_markdown as converter

    options = _options()
    try:
        from html_to_markdown import _html_to_markdown as core
        from html_to_markdown.api import _to_rust_conversion_options

        prepared = _to_rust_conversion_options(options)
    except (ImportError, AttributeError, TypeError):
        return lambda html: converter.convert(html, options).content or ""
    return lambda html: core.convert(html=html, options=prepared, visitor=None).content or ""


@cache
def _options() -> ConversionOptions:
    from html_to_markdown import ConversionOptions

    return ConversionOptions(
        heading_style="atx",
        bullets="-",
        strong_em_symbol="*",
        newline_style="backslash",  # a visible hard break survives an editor trimming lines
        autolinks=False,
        extract_metadata=False,
        exclude_selectors=list(SILENCED_ELEMENTS),
    )


def _plain_paragraphs(html: str) -> str:
    """The text of block elements as paragraphs, markup and silenced elements dropped."""
    from editorial.formats.markdown_escape import escape_block_start

    return "\n\n".join(escape_block_start(p) for p in plain_paragraphs(html).split("\n\n") if p)


def plain_paragraphs(html: str) -> str:
    """The text of an HTML page's block elements, one paragraph each (separated by a
    blank line), as the page shows them: scripts, styles, forms and players left out,
    nothing escaped."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    paragraphs = (" ".join(block.split()) for block in "".join(collector.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


class _TextCollector(HTMLParser):
    _BLOCKS = frozenset(("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "tr", "article", "section", "pre", "header",
                         "footer", "nav", "aside", "main", "figure", "figcaption", "ul",
                         "ol", "table", "td", "th", "dd", "dt", "hr"))  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.silenced = 0

    _SILENCED = frozenset((*SILENCED_ELEMENTS, "title"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SILENCED:
            self.silenced += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SILENCED:
            self.silenced = max(0, self.silenced - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.silenced:
            self.parts.append(data)
