"""Where the story's lede is in web copy (`wire_text` reads the rest around it): the
first paragraph that opens with a dateline, with the reporter's credit that may follow
the dateline taken off it (`editorial.domain.dateline_credit`), or the paragraph after a
dateline that stands on a line of its own; failing that, the first full-sentence
paragraph after a title line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_credit import ReporterCredit, comma_credit, credit_at
from editorial.domain.dateline_parser import match_dateline
from editorial.domain.house_style_model import HouseStyle
from editorial.formats.web_copy_lines import Para, sentence_like, title_like

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Lede:
    """Where the lede is: its paragraph (-1: none), its text without the dateline or the
    reporter's credit, the dateline and credit read off it, and the paragraph that held
    the dateline alone when it stood on a line of its own above the lede (else -1)."""

    index: int
    text: str
    dateline: Dateline = field(default_factory=Dateline)
    credit: ReporterCredit | None = None
    dateline_index: int = -1


def find_lede(
    paras: list[Para],
    when: dt.datetime,
    gazetteer: Gazetteer | None,
    styles: Collection[HouseStyle],
) -> Lede:
    for index, para in enumerate(paras):
        if para.skippable:
            continue
        text, credit = para.text, None
        found = match_dateline(text, reference=when, gazetteer=gazetteer, styles=styles)
        if found is None and (cut := comma_credit(text)) is not None:
            found = match_dateline(cut[0], reference=when, gazetteer=gazetteer, styles=styles)
            text, credit = cut
        if found is None:
            continue
        rest = text[found.end :]
        if credit is None and (credit := credit_at(rest)) is not None:
            rest = rest[credit.end :]
        rest = rest.strip()
        # Four words, or a sentence's worth of a script written without spaces (新华社…电).
        if len(rest.split()) >= 4 or len(rest) >= 12:
            return Lede(index, rest, found.dateline, credit)
        following = _next_content_index(paras, index)
        if not rest and following >= 0 and sentence_like(paras[following]):
            # `SEVILLA, 6 (EUROPA PRESS)` on a line of its own: the lede is the next.
            lede = paras[following].text
            return Lede(following, lede, found.dateline, credit, dateline_index=index)
    index = _lede_without_dateline(paras)
    return Lede(index, paras[index].text if index >= 0 else "")


def _next_content_index(paras: list[Para], index: int) -> int:
    return next((i for i in range(index + 1, len(paras)) if not paras[i].skippable), -1)


def _lede_without_dateline(paras: list[Para]) -> int:
    """The first full-sentence paragraph after a title line that the story goes on
    from (a site's tagline is a sentence too, but a title follows it, not copy)."""
    candidates: list[int] = []
    seen_title = False
    for index, para in enumerate(paras):
        if para.skippable:
            continue
        if seen_title and para.ends_sentence and para.words >= 2:
            candidates.append(index)
        if title_like(para):
            seen_title = True
    for index in candidates:
        following = _next_content(paras, index)
        if following is None or following.ends_sentence:
            return index
    if candidates:
        return candidates[0]
    return next((i for i, p in enumerate(paras) if not p.skippable and sentence_like(p)), -1)


def _next_content(paras: list[Para], index: int) -> Para | None:
    return next((p for p in paras[index + 1 :] if not p.skippable), None)
