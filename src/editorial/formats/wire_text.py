"""Web copy to a story: the text an editor gets by selecting a news page and copying it.

Such a paste is the story wrapped in the site's furniture: the site name and tagline,
menus, "Subscribe", share buttons, a comment widget, a stray interface string in another
script, and often the lede twice (once as a summary, once with the dateline). The parser
finds the story by general signs, never by knowing the site:

- the **lede** is the first paragraph that opens with a dateline (`ANKARA, November 18
  (RIA Novosti) -`); failing that, the first full sentence paragraph after a title line;
- the **headline** is the nearest title-like line before the lede (a few words, capital
  first, no closing period, not furniture);
- the **body** runs from the lede to the last paragraph that ends a sentence; furniture
  (`site_chrome`), lines in another script than the story, and the lede's repeat are
  dropped; everything else is kept verbatim, quotes included.

Input over `MAX_WEB_COPY_CHARS` is refused at once (before any work) with a
`FormatError`; anything shorter is processed in time linear in its length, so the window
can call this on every paste.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editorial.domain.byline import Byline, parse_bylines
from editorial.domain.dateline import Dateline
from editorial.domain.dateline_parser import match_dateline, title_city
from editorial.domain.house_style_model import HouseStyle
from editorial.domain.story import Story, new_story
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError
from editorial.formats.markdown_text import escape_block_start
from editorial.formats.scripts import (
    dominant_script,
    in_other_script,
    language_for_script,
)
from editorial.formats.site_chrome import is_chrome

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

MAX_WEB_COPY_CHARS = 500_000
"""About 75,000 words: several times the longest feature. A paste beyond it is a page
dump or a mistake, and is refused without being read."""

_LEDE_MIN_WORDS = 6
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
_HEADLINE_LOOKBACK = 12  # paragraphs scanned back from the lede for the headline

_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)$")
_CREDIT_LINE = re.compile(
    r"^\((?:additional )?(?:reporting|writing|editing|compiled|translated)\b.*\)$", re.I
)
_BYLINE = re.compile(r"^by\s+(?P<names>\S.{0,150})$", re.I)
_ALNUM = re.compile(r"[^\W_]")
_BULLET_START = "-–—•*·|>#+=~"

# Characters a paste carries that are no part of the text: controls (except the line
# break), zero-width spaces, soft hyphens, byte-order marks; odd spaces become spaces.
_CLEAN: dict[int, str | None] = {
    c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if c not in (0x09, 0x0A)
}
_CLEAN.update({0x09: " ", 0xA0: " ", 0x2007: " ", 0x202F: " ", 0x200B: None, 0x2060: None,
               0xFEFF: None, 0xAD: None})  # fmt: skip
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")


@dataclass(frozen=True, slots=True)
class _Para:
    text: str
    chrome: bool
    foreign: bool  # in another script than the story
    skippable: bool  # furniture, another script, or no letters or digits at all
    words: int
    ends_sentence: bool


def parse_web_copy(
    text: str,
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    language: str | None = None,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> Story:
    """The story in `text` copied from a news page. Never raises on odd text: it returns
    a story with whatever it could find (possibly all fields empty).

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
    paragraphs = _paragraphs(normalize_text(text))
    script = dominant_script("\n".join(paragraphs))
    paras = [_classify(p, script) for p in paragraphs]
    if callable(gazetteer):
        gazetteer = gazetteer()
    dateline, lede_index, lede = _find_lede(paras, when, gazetteer, styles)
    headline_index, headline = _find_headline(paras, lede_index, lede)
    bylines = _find_bylines(paras, headline_index, lede_index)
    body = _body(paras, lede_index, lede)

    story = new_story(
        agency_domain,
        headline=headline,
        bylines=bylines,
        language=language or language_for_script(script, "en"),
        now=when,
    )
    return story.edited(dateline=dateline, lede=lede, body=body)


def normalize_text(text: str) -> str:
    """Line breaks made `\\n`, controls and invisible characters dropped, odd spaces made
    plain, composed to NFC."""
    text = _LINE_BREAKS.sub("\n", text).translate(_CLEAN)
    return unicodedata.normalize("NFC", text)


def _paragraphs(text: str) -> list[str]:
    """One paragraph per line, as a browser copies a page, except that a block of lines
    hard-wrapped at a fixed width (plain-text copy) is joined back into one."""
    out: list[str] = []
    for block in re.split(r"\n[ ]*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    if not all(40 <= len(line) <= 100 for line in inner) or len(lines[-1]) > 100:
        return False
    if all(_SENTENCE_END.search(line) for line in inner):
        return False
    # Wrapped prose goes on mid-sentence: most continuation lines start in lower case
    # (a headline over its lede on the next line does not).
    capitals = sum(1 for line in lines[1:] if line[0].isupper())
    return 2 * capitals < len(lines) - 1


def _classify(text: str, story_script: str | None) -> _Para:
    foreign = in_other_script(text[:400], story_script)
    chrome = is_chrome(text)
    return _Para(
        text=text,
        chrome=chrome,
        foreign=foreign,
        skippable=chrome or foreign or _ALNUM.search(text) is None,
        words=text.count(" ") + 1,  # paragraphs are single-spaced by now
        ends_sentence=bool(_SENTENCE_END.search(text) or _CREDIT_LINE.match(text)),
    )


def _find_lede(
    paras: list[_Para],
    when: dt.datetime,
    gazetteer: Gazetteer | None,
    styles: Collection[HouseStyle],
) -> tuple[Dateline, int, str]:
    """(dateline, index of the lede paragraph or -1, lede text without the dateline)."""
    for index, para in enumerate(paras):
        if para.skippable:
            continue
        found = match_dateline(para.text, reference=when, gazetteer=gazetteer, styles=styles)
        rest = para.text[found.end :].strip() if found else ""
        # Four words, or a sentence's worth of a script written without spaces (新华社…电).
        if found is not None and (len(rest.split()) >= 4 or len(rest) >= 12):
            return found.dateline, index, rest
    index = _lede_without_dateline(paras)
    return Dateline(), index, (paras[index].text if index >= 0 else "")


def _lede_without_dateline(paras: list[_Para]) -> int:
    """The first full-sentence paragraph after a title line that the story goes on
    from (a site's tagline is a sentence too, but a title follows it, not copy)."""
    candidates: list[int] = []
    seen_title = False
    for index, para in enumerate(paras):
        if para.skippable:
            continue
        if seen_title and para.ends_sentence and para.words >= 2:
            candidates.append(index)
        if _title_like(para):
            seen_title = True
    for index in candidates:
        following = _next_content(paras, index)
        if following is None or following.ends_sentence:
            return index
    if candidates:
        return candidates[0]
    return next((i for i, p in enumerate(paras) if not p.skippable and _sentence_like(p)), -1)


def _next_content(paras: list[_Para], index: int) -> _Para | None:
    return next((p for p in paras[index + 1 :] if not p.skippable), None)


def _find_headline(paras: list[_Para], lede_index: int, lede: str) -> tuple[int, str]:
    """The nearest title-like line before the lede: three words or more if there is
    one in reach, else two."""
    if lede_index < 0:
        start = len(paras)
        lede_key = ""
    else:
        start = lede_index
        lede_key = _key(lede)
    window = range(start - 1, max(-1, start - 1 - _HEADLINE_LOOKBACK), -1)
    fallback: tuple[int, str] = (-1, "")
    for index in window:
        para = paras[index]
        if para.skippable or _key(para.text) == lede_key or not _title_like(para):
            continue
        if para.words >= 3:
            return index, para.text
        if fallback[0] < 0:
            fallback = (index, para.text)
    return fallback


def _find_bylines(paras: list[_Para], headline_index: int, lede_index: int) -> tuple[Byline, ...]:
    """Bylines printed between the headline and the lede (`By JOHN SMITH`)."""
    if lede_index < 0:
        return ()
    for para in paras[max(headline_index, 0) : lede_index]:
        match = _BYLINE.match(para.text)
        if match and not para.chrome and len(match["names"].split()) <= 12:
            return _bylines(match["names"])
    return ()


def _bylines(names: str) -> tuple[Byline, ...]:
    """`MATTHEW LEE, AP Diplomatic Writer` is one person with a role, not two people."""
    names = names.strip().rstrip(".")
    if ";" not in names and " and " not in names and names.count(",") == 1:
        name, role = (part.strip() for part in names.split(","))
        if name and role:
            return (Byline(name=title_city(name), role=role),)
    try:
        people = parse_bylines(names)
    except ValueError:
        return ()
    return tuple(Byline(name=title_city(b.name), role=b.role) for b in people)


def _body(paras: list[_Para], lede_index: int, lede: str) -> str:
    """Markdown paragraphs after the lede, up to the last one that ends a sentence."""
    if lede_index < 0:
        return ""
    end = lede_index
    for index in range(len(paras) - 1, lede_index, -1):
        para = paras[index]
        if not (para.chrome or para.foreign) and para.ends_sentence:
            end = index
            break
    lede_key = _key(lede)
    kept: list[str] = []
    for para in paras[lede_index + 1 : end + 1]:
        if para.skippable and not (para.foreign and para.ends_sentence and not para.chrome):
            continue
        if not kept and _key(para.text) == lede_key:
            continue  # the lede printed twice
        kept.append(escape_block_start(para.text))
    return "\n\n".join(kept)


def _title_like(para: _Para) -> bool:
    text = para.text
    if not 2 <= para.words <= _HEADLINE_MAX_WORDS or len(text) > _HEADLINE_MAX_CHARS:
        return False
    if text[-1] in ".,;:" or text[0] in _BULLET_START or _BYLINE.match(text):
        return False
    first_letter = next((c for c in text if c.isalpha()), "")
    return bool(first_letter) and not first_letter.islower()


def _sentence_like(para: _Para) -> bool:
    return para.words >= _LEDE_MIN_WORDS and para.ends_sentence


def _key(text: str) -> str:
    """What makes two printings of a paragraph the same (case and spacing aside)."""
    return " ".join(text.casefold().split())


def _aware(reference: dt.datetime | None) -> dt.datetime:
    if reference is None:
        return dt.datetime.now(dt.UTC)
    return reference if reference.tzinfo is not None else reference.replace(tzinfo=dt.UTC)
