"""A news page as HTML (the clipboard's HTML of a paste, a saved `.html` file) to a story.

The article is found by trafilatura (Apache 2.0, actively maintained, the best-scoring
open extractor in the published comparisons): it keeps the headline, standfirst and
paragraphs and drops menus, sharing bars, asides and footers by the page's markup,
which plain text has lost. Its text then goes through the same structuring as pasted
text (`wire_text.read_web_copy`), which finds the dateline, headline and lede and judges
what the extractor let through. Every line of the page that the story does not keep is
reported (`RemovedLine`): what the extractor dropped, with the reason "not part of the
article", as much as what the structuring dropped.

When the extractor finds nothing (a small selection, a page without an article) the
page's text is read as plain web copy, so that nothing is lost. A page of more elements
than any article page (`MAX_EXTRACTED_ELEMENTS`) is read the same way: the extractor's
time grows with the elements, some 15 s for a megabyte of `<p>`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editorial.domain.house_style_model import HouseStyle
from editorial.domain.removed_copy import RemovedLine, StoryReading
from editorial.domain.story import slugify
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError
from editorial.formats.html_to_markdown import plain_paragraphs
from editorial.formats.web_copy_lines import BYLINE, key, normalize_text, paragraphs
from editorial.formats.wire_text import (
    ABOVE_HEADLINE,
    MAX_WEB_COPY_CHARS,
    as_paragraph,
    read_web_copy,
)

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

MAX_WEB_PAGE_CHARS = 8 * 1024 * 1024
"""A saved news page with its inline scripts and styles is a few megabytes at most."""
MAX_EXTRACTED_ELEMENTS = 60_000
_LANG_SEARCHED = 4000
_MAX_LINES_MATCHED = 5000  # each line is looked for in the article's text
_HTML_LANG = re.compile(
    r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3})\b",
    re.IGNORECASE,
)
NOT_ARTICLE = QT_TRANSLATE_NOOP(
    "RemovedCopy", "not part of the article (the page's menus, sidebars and footer)"
)


@dataclass(frozen=True, slots=True)
class _Article:
    lines: list[str]  # the article's paragraphs, headline first when the page has one
    found: bool  # False: the extractor found no article; lines are the page's text
    title: str = ""  # the page's headline as the extractor read it, when a line holds it


def read_web_page(
    html: str,
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> StoryReading:
    """The story in a news page's HTML and every line of the page left out of it.
    Raises `FormatError` for a page too large to be one."""
    if len(html) > MAX_WEB_PAGE_CHARS:
        raise FormatError(None, f"the page is {len(html):,} characters long; the largest "
                          f"read is {MAX_WEB_PAGE_CHARS:,}")  # fmt: skip
    page = paragraphs(normalize_text(plain_paragraphs(html)))
    article = _article(html, page)
    text = "\n".join(article.lines)
    if len(text) > MAX_WEB_COPY_CHARS:
        text = text[:MAX_WEB_COPY_CHARS]  # the page's own text is over a story's length
    reading = read_web_copy(text, reference=reference, agency_domain=agency_domain,
                            language=page_language(html), gazetteer=gazetteer,
                            styles=styles)  # fmt: skip
    if not article.found:
        return reading
    if article.title and not reading.story.headline.strip():
        reading = _titled(reading, article.title)
    extracted = Counter(key(line) for line in paragraphs(normalize_text(text)))
    dropped = _not_extracted(page, extracted, reading.story.body)
    return StoryReading(reading.story, _in_page_order(page, dropped + list(reading.removed)))


def page_language(html: str) -> str | None:
    """The language the page declares (`<html lang="de">`), or None."""
    found = _HTML_LANG.search(html[:_LANG_SEARCHED])
    return found[1].replace("_", "-") if found else None


def _article(html: str, page: list[str]) -> _Article:
    if html.count("<") > MAX_EXTRACTED_ELEMENTS:
        return _Article(page, found=False)
    try:
        import trafilatura

        document = trafilatura.bare_extraction(
            html, favor_recall=True, include_comments=False, include_tables=True,
            with_metadata=True, deduplicate=False,
        )  # fmt: skip
    except Exception:  # its own failure on odd markup: the page's text is still read
        document = None
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        return _Article(page, found=False)
    lines = paragraphs(normalize_text(body))
    page_keys = {key(line) for line in page}
    if 2 * sum(key(line) in page_keys for line in lines) < len(lines):
        # The extractor ran the paragraphs together (it does on a small page): the
        # article is the page's own lines that its text holds.
        if len(page) > _MAX_LINES_MATCHED:
            return _Article(page, found=False)
        text = key(body)
        lines = [line for line in page if key(line) in text]
    title = " ".join((getattr(document, "title", None) or "").split())
    author = " ".join((getattr(document, "author", None) or "").split())
    keys = {key(line) for line in lines}
    at = 0
    if title and key(title) in keys:
        at = next(i for i, line in enumerate(lines) if key(line) == key(title)) + 1
    elif title and key(title) in {key(line) for line in page}:
        lines.insert(0, title)  # the page's own headline, outside the extracted text
        at = 1
    # The page's own byline line often runs on into the date (`By Tom Price March 3,
    # 2026`): the author the extractor read is the byline, and the line is listed.
    if (
        author
        and not any(BYLINE.match(line) for line in lines[: at + 3])
        and any(BYLINE.match(line) and author in line for line in page)
    ):
        lines.insert(at, f"By {author}")
    return _Article(lines, found=True, title=title if at else "")


def _titled(reading: StoryReading, title: str) -> StoryReading:
    """The page's own headline as the story's, when the copy's reading passed over it as
    a kicker above the headline: it takes a headline of two words or more, and a page's
    `<h1>Quake</h1>` under `<title>Quake</title>` is the headline all the same."""
    wanted = key(title)
    for index, line in enumerate(reading.removed):
        if line.reason == ABOVE_HEADLINE and key(line.text) == wanted:
            removed = reading.removed[:index] + reading.removed[index + 1 :]
            story = reading.story.edited(headline=line.text, slug=slugify(line.text))
            return StoryReading(story, removed)
    return reading


def _not_extracted(page: list[str], extracted: Counter[str], body: str) -> list[RemovedLine]:
    """The page's lines the extractor left out, each placed after the body paragraph
    it followed on the page."""
    remaining = Counter(extracted)
    body_keys = {key(paragraph) for paragraph in body.split("\n\n") if paragraph}
    after = ""
    out: list[RemovedLine] = []
    for line in page:
        line_key = key(line)
        if remaining[line_key] > 0:
            remaining[line_key] -= 1
            if line_key in body_keys:
                after = line
            continue
        out.append(as_paragraph(RemovedLine(line, NOT_ARTICLE, after)))
    return out


def _in_page_order(page: list[str], removed: list[RemovedLine]) -> tuple[RemovedLine, ...]:
    order: dict[str, int] = {}
    for index, line in enumerate(page):
        order.setdefault(key(line), index)
    return tuple(sorted(removed, key=lambda line: order.get(key(line.text), len(page))))
