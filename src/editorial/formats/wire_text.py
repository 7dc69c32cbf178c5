"""Web copy to a story: the text an editor gets by selecting a news page and copying it.

Such a paste is the story wrapped in the site's furniture: the site name and tagline,
menus, "Subscribe", share buttons, a comment widget, a stray interface string in another
script, and often the lede twice (once as a summary, once with the dateline). The parser
finds the story by general signs, never by knowing the site:

- the **lede** is the first paragraph that opens with a dateline (`ANKARA, November 18
  (RIA Novosti) -`); failing that, the first full sentence paragraph after a title line;
- the **headline** is the nearest title-like line before the lede (a few words, capital
  first, no closing period, not furniture), passing over a standfirst (a long summary
  line under a shorter title) and never a section label or kicker above it; without
  one (a bare teaser) the headline stays empty, and the checks say so;
- a **standfirst** with no dateline paragraph after it is the lede;
- the **body** runs from the lede to the last paragraph that ends a sentence; furniture
  (`site_chrome`), lines in another script than the story, and the lede's repeat are
  dropped; everything else is kept verbatim, quotes included.

Nothing is removed silently: `read_web_copy` returns, beside the story, every paragraph
left out with its reason (`RemovedLine`), for the editor to see and put back. When in
doubt, a line stays in the story.

Input over `MAX_WEB_COPY_CHARS` is refused at once (before any work) with a
`FormatError`; anything shorter is processed in time linear in its length, so the window
can call this on every paste.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from editorial.domain.byline import Byline, parse_bylines
from editorial.domain.dateline_credit import ReporterCredit
from editorial.domain.dateline_parser import title_city
from editorial.domain.house_style_model import HouseStyle
from editorial.domain.removed_copy import RemovedLine, StoryReading
from editorial.domain.story import Story, new_story
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError
from editorial.formats.markdown_text import escape_block_start
from editorial.formats.scripts import dominant_script, language_for_script
from editorial.formats.site_chrome import CREDIT, SECTION
from editorial.formats.web_copy_lede import find_lede
from editorial.formats.web_copy_lines import (
    LEDE_MIN_WORDS,
    Para,
    byline_match,
    classify,
    key,
    normalize_text,
    paragraphs,
    standfirst_like,
    title_like,
)

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

__all__ = [
    "MAX_WEB_COPY_CHARS", "as_paragraph", "normalize_text", "parse_web_copy", "read_web_copy",
]  # fmt: skip

MAX_WEB_COPY_CHARS = 500_000
"""About 75,000 words: several times the longest feature. A paste beyond it is a page
dump or a mistake, and is refused without being read."""

_HEADLINE_LOOKBACK = 12  # paragraphs of text scanned back from the lede for the headline
_FURNITURE_LOOKBACK = 200  # paragraphs of any kind

ABOVE_HEADLINE = QT_TRANSLATE_NOOP(
    "RemovedCopy", "above the headline: the site's name, a section label or kicker"
)
LEDE_REPEAT = QT_TRANSLATE_NOOP("RemovedCopy", "the lede, printed twice")
STANDFIRST = QT_TRANSLATE_NOOP("RemovedCopy", "standfirst: the page's summary above the dateline")
BEFORE_LEDE = QT_TRANSLATE_NOOP("RemovedCopy", "between the headline and the lede")
AFTER_STORY = QT_TRANSLATE_NOOP("RemovedCopy", "after the story's last sentence")
DATELINE_LINE = QT_TRANSLATE_NOOP(
    "RemovedCopy", "the dateline on a line of its own: read into the story's dateline"
)
REPORTER_CREDIT = QT_TRANSLATE_NOOP(
    "RemovedCopy", "the reporter's credit after the dateline (the story has a byline)"
)


def parse_web_copy(
    text: str,
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    language: str | None = None,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> Story:
    """The story in `text` copied from a news page (`read_web_copy` without the lines
    it left out)."""
    return read_web_copy(text, reference=reference, agency_domain=agency_domain,
                         language=language, gazetteer=gazetteer, styles=styles).story  # fmt: skip


def read_web_copy(
    text: str,
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    language: str | None = None,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> StoryReading:
    """The story in `text` copied from a news page, and every paragraph of it left out.
    Never raises on odd text: it returns a story with whatever it could find (possibly
    all fields empty).

    `reference` is the time the copy is taken to be from (default: now); a dateline
    without a year takes the year nearest to it. `language` defaults to a guess from the
    script (Latin script: English). `gazetteer` completes the dateline's country and
    spelling; it may be a function that gives one, called only here, once web copy is
    being read (building a gazetteer takes a second). Without one, places stay as
    written. `styles` (the desk's house styles) teach the dateline reader their month
    words, state abbreviations and stand-alone cities. Raises `FormatError` for text
    over `MAX_WEB_COPY_CHARS`.
    """
    if len(text) > MAX_WEB_COPY_CHARS:
        raise FormatError(
            None,
            f"the text is {len(text):,} characters long; a story is at most "
            f"{MAX_WEB_COPY_CHARS:,} (is this a whole page or a file?)",
        )
    when = _aware(reference)
    texts = paragraphs(normalize_text(text))
    script = dominant_script("\n".join(texts))
    paras = _with_captions([classify(p, script) for p in texts])
    if callable(gazetteer):
        gazetteer = gazetteer()
    found = find_lede(paras, when, gazetteer, styles)
    dateline, lede_index, lede = found.dateline, found.index, found.text
    if found.dateline_index >= 0:  # listed as taken out, and never the headline
        at = found.dateline_index
        paras[at] = replace(paras[at], chrome=DATELINE_LINE, skippable=True)
    headline_index, headline = _find_headline(paras, lede_index, lede)
    first_body = lede_index + 1
    if dateline.is_empty and lede_index >= 0:
        first_body = lede_index
        lede_index, lede = _standfirst_as_lede(paras, headline_index, lede_index, lede)
        if first_body == lede_index:
            first_body += 1
    byline_index, bylines = _find_bylines(paras, headline_index, max(lede_index, first_body))
    body, kept, removed = _body(paras, lede_index, lede, first_body, bylines)
    bylines = _credited(found.credit, bylines, removed, found.dateline_index)
    fates = {headline_index, byline_index, lede_index, *kept} - {-1}
    story = new_story(
        agency_domain,
        headline=headline,
        bylines=bylines,
        language=language or language_for_script(script, "en"),
        now=when,
    )
    story = story.edited(dateline=dateline, lede=lede, body=body)
    removed.update(_left_out(paras, fates, removed, headline_index, lede_index, lede))
    return StoryReading(story, tuple(as_paragraph(removed[i]) for i in sorted(removed)))


def as_paragraph(line: RemovedLine) -> RemovedLine:
    """The line with the body paragraph that putting it back inserts."""
    return replace(line, paragraph=escape_block_start(line.text))


def _with_captions(paras: list[Para]) -> list[Para]:
    """A short line under a photo credit (`Getty Images` / `A ferry at Brodick`) is the
    photo's caption: furniture, and never the headline."""
    out = list(paras)
    for index in range(1, len(out)):
        para = out[index]
        if out[index - 1].chrome == CREDIT and not para.skippable and not para.ends_sentence:
            out[index] = replace(para, chrome=CREDIT, skippable=True)
    return out


def _find_headline(paras: list[Para], lede_index: int, lede: str) -> tuple[int, str]:
    """The nearest title-like line before the lede of five words or more if there is
    one in reach (a byline's role, a kicker or a name is shorter), else of three, else
    two. Of two title lines one under the other, the upper is the headline and the
    lower its deck; a standfirst (a long line under a shorter title) is passed over,
    and so is a section label."""
    start = len(paras) if lede_index < 0 else lede_index
    lede_key = key(lede) if lede_index >= 0 else ""
    # In reach: a dozen lines of text back from the lede, however many share buttons
    # and stamps lie between (but not without end: the scan stays linear).
    reach = [i for i in range(start - 1, max(-1, start - 1 - _FURNITURE_LOOKBACK), -1)
             if not paras[i].skippable][:_HEADLINE_LOOKBACK]  # fmt: skip
    candidates = [
        index for index in reach
        if key(paras[index].text) != lede_key and title_like(paras[index])
    ]  # fmt: skip
    chosen = next((i for least in (5, 3, 2) for i in candidates if paras[i].words >= least), None)
    if chosen is None:
        return -1, ""
    above = [i for i in candidates if i < chosen and _over_a_deck(paras[i])]
    if above and (
        above[0] == chosen - 1
        or (standfirst_like(paras[chosen]) and paras[above[0]].words < paras[chosen].words)
    ):
        chosen = above[0]
    return chosen, paras[chosen].text


def _over_a_deck(para: Para) -> bool:
    """A title line that can stand over a deck or standfirst as its headline: five
    words or more, some of them in lower case (a menu run together, `Home World Sign
    in`, is capitals only)."""
    return para.words >= 5 and any(word[:1].islower() for word in para.text.split())


def _standfirst_as_lede(
    paras: list[Para], headline_index: int, lede_index: int, lede: str
) -> tuple[int, str]:
    """Without a dateline, a summary paragraph between the headline and the first
    sentence is the lede (`Quake kills 12` / `At least 12 people died…` / the story):
    a sentence, or a long line without its period."""
    if headline_index < 0:
        return lede_index, lede
    for index in range(headline_index + 1, lede_index):
        para = paras[index]
        if para.skippable or byline_match(para) or para.words < LEDE_MIN_WORDS:
            continue
        if para.ends_sentence or standfirst_like(para):
            return index, para.text
    return lede_index, lede


def _credited(
    credit: ReporterCredit | None,
    bylines: tuple[Byline, ...],
    removed: dict[int, RemovedLine],
    dateline_index: int,
) -> tuple[Byline, ...]:
    """The story's bylines with the reporter's credit after the dateline: it becomes the
    byline where the page printed none; else it is listed among the lines taken out
    (unless it stood on the dateline's own line, listed already)."""
    if credit is None:
        return bylines
    if not bylines:
        return tuple(Byline(name=name) for name in credit.names)
    if dateline_index < 0:
        removed[-1] = RemovedLine(credit.text, REPORTER_CREDIT)
    return bylines


def _find_bylines(
    paras: list[Para], headline_index: int, lede_index: int
) -> tuple[int, tuple[Byline, ...]]:
    """Bylines printed between the headline and the lede (`By JOHN SMITH`)."""
    if lede_index < 0:
        return -1, ()
    for index in range(max(headline_index, 0), lede_index):
        para = paras[index]
        match = byline_match(para)
        if match and not para.chrome and len(match["names"].split()) <= 12:
            return index, _bylines(match["names"])
    return -1, ()


def _bylines(names: str) -> tuple[Byline, ...]:
    """`MATTHEW LEE, AP Diplomatic Writer` is one person with a role, not two people."""
    # A place or desk in parentheses after the name is no part of it.
    names = re.sub(r"\s*\([^()]*\)?$", "", names.strip()).rstrip(".")
    if ";" not in names and " and " not in names and names.count(",") == 1:
        name, role = (part.strip() for part in names.split(","))
        if name and role:
            return (Byline(name=title_city(name), role=role),)
    try:
        people = parse_bylines(names)
    except ValueError:
        return ()
    return tuple(Byline(name=title_city(b.name), role=b.role) for b in people)


def _body(
    paras: list[Para],
    lede_index: int,
    lede: str,
    first_body: int,
    bylines: tuple[Byline, ...],
) -> tuple[str, list[int], dict[int, RemovedLine]]:
    """Markdown paragraphs from `first_body` (after the lede), up to the last one that
    ends a sentence before the author's box (a line that is the byline's name); the
    indexes kept; and the paragraphs left out on the way, with why."""
    removed: dict[int, RemovedLine] = {}
    if lede_index < 0:
        return "", [], removed
    names = {key(byline.name) for byline in bylines}
    stop = next(
        (i for i in range(first_body, len(paras)) if key(paras[i].text) in names), len(paras)
    )
    end = lede_index
    for index in range(stop - 1, first_body - 1, -1):
        para = paras[index]
        if para.chrome is None and not para.foreign and para.ends_sentence:
            end = index
            break
    lede_key = key(lede)
    kept: list[str] = []
    indexes: list[int] = []
    for index in range(first_body, end + 1):
        para = paras[index]
        after = kept[-1] if kept else ""
        if para.skippable and not (para.foreign and para.ends_sentence and para.chrome is None):
            removed[index] = RemovedLine(para.text, para.skip_reason, after)
            continue
        if not kept and key(para.text) == lede_key:
            removed[index] = RemovedLine(para.text, LEDE_REPEAT, after)
            continue
        kept.append(escape_block_start(para.text))
        indexes.append(index)
    last = kept[-1] if kept else ""
    for index in range(end + 1, len(paras)):
        para = paras[index]
        reason = para.skip_reason if para.skippable else AFTER_STORY
        removed[index] = RemovedLine(para.text, reason, last)
    return "\n\n".join(kept), indexes, removed


def _left_out(
    paras: list[Para],
    fates: set[int],
    removed: dict[int, RemovedLine],
    headline_index: int,
    lede_index: int,
    lede: str,
) -> dict[int, RemovedLine]:
    """Why each paragraph before the body that is not in the story was left out."""
    lede_key = key(lede)
    out: dict[int, RemovedLine] = {}
    for index, para in enumerate(paras):
        if index in fates or index in removed:
            continue
        if para.skippable:
            reason = para.skip_reason
        elif para.section:
            reason = SECTION
        elif key(para.text) == lede_key:
            reason = LEDE_REPEAT
        elif lede_index >= 0 and index > lede_index:
            reason = AFTER_STORY
        elif index < headline_index or headline_index < 0:
            reason = ABOVE_HEADLINE
        elif standfirst_like(para):
            reason = STANDFIRST
        else:
            reason = BEFORE_LEDE
        out[index] = RemovedLine(para.text, reason)
    return out


def _aware(reference: dt.datetime | None) -> dt.datetime:
    if reference is None:
        return dt.datetime.now(dt.UTC)
    return reference if reference.tzinfo is not None else reference.replace(tzinfo=dt.UTC)
