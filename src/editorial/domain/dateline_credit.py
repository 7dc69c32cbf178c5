"""The reporter's credit that agencies print right after the dateline, read as the story's
byline rather than left at the start of the lede:

    MOSCOW, Nov 18 (Reuters) - By Jane Doe - Russia's central bank ...
    BERLIN (dpa) - Von Anna Müller - Die Bundesregierung ...
    ANKARA, November 18 (RIA Novosti), Ivan Petrov - Russian Defense Minister ...
    新华社北京11月18日电（记者张伟、李明）国家统计局18日发布数据。
    (서울=연합뉴스) 김민수 기자 = 정부는 18일 ...

`credit_at` reads one at the start of the text after a dateline; `comma_credit` finds the
RIA Novosti form, where the credit sits between the source and the dash, and gives the
paragraph with it cut out so that the dateline reads as usual. Names must look like
people's (capitalised words, or a few letters of a script without capitals), so that a
sentence is never taken for a credit. Every pattern is anchored and bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DASH = r"(?:--|[-‐‑‒–—―])"
_SPACE = r"[ \t\u00a0\u202f\u3000]"
# A person's name in a script with capitals: one to four words, each capitalised, with
# the particles names carry (`Ana de la Cruz`, `Ludwig van Beethoven`).
_WORD = r"[^\W\d_][\w'’.\-]{0,30}"
_PARTICLE = r"(?:de|da|do|dos|das|di|del|della|la|le|van|von|der|den|al|el|bin|ibn)"
_NAME = rf"{_WORD}(?:{_SPACE}{{1,2}}(?:{_PARTICLE}{_SPACE}{{1,2}}){{0,2}}{_WORD}){{0,3}}"
_JOIN = rf"(?:{_SPACE}*,{_SPACE}*|{_SPACE}+(?:and|und|y|et|e|и|ve){_SPACE}+)"
_NAMES = rf"{_NAME}(?:{_JOIN}{_NAME}){{0,3}}"
_BY = r"(?:by|von|por|par|di|от|автор|текст)"

# `By Jane Doe -`, `Von Anna Müller:`, or the credit alone (the lede is the next paragraph).
_BY_CREDIT = re.compile(
    rf"(?i:{_BY}){_SPACE}+(?P<names>{_NAMES}){_SPACE}*(?:{_DASH}|:)(?={_SPACE}|\Z)|"
    rf"(?i:{_BY}){_SPACE}+(?P<alone>{_NAMES}){_SPACE}*\Z"
)
# Xinhua and other Chinese agencies: `（记者张伟、李明）`; `（记者 张伟 李明）`.
_CHINESE_CREDIT = re.compile(r"[（(]记者[ \u3000]*(?P<names>[^（）()\n]{1,40})[）)]")
# Yonhap: `김민수 기자 =`, `김민수 이영희 기자 =`.
_KOREAN_CREDIT = re.compile(
    r"(?P<names>[가-힣]{2,4}(?:[ ·ㆍ,]{1,2}[가-힣]{2,4}){0,3})[ ]?기자[ ]?=[ ]?"
)
# RIA Novosti's English form: `(RIA Novosti), Ivan Petrov - `.
_COMMA_CREDIT = re.compile(
    rf"(?P<head>[^\n]{{2,160}}?\)){_SPACE}*,{_SPACE}*(?P<names>{_NAMES}){_SPACE}*"
    rf"(?P<dash>{_DASH})(?={_SPACE})"
)


@dataclass(frozen=True, slots=True)
class ReporterCredit:
    """A credit read after a dateline: the people it names, the credit as the copy
    wrote it, and where it ends in the text it was read from (spaces after included)."""

    names: tuple[str, ...]
    text: str
    end: int


def credit_at(text: str) -> ReporterCredit | None:
    """The reporter's credit opening `text` (the copy after a dateline), or None."""
    window = text[:240]
    found = _BY_CREDIT.match(window)
    if found is not None:
        names = _people(found["names"] or found["alone"])
        return _credit(names, window, found.end()) if names else None
    found = _CHINESE_CREDIT.match(window)
    if found is not None:
        names = tuple(n for n in re.split(r"[、，,\s]+", found["names"].strip()) if n)
        return _credit(names, window, found.end()) if names else None
    found = _KOREAN_CREDIT.match(window)
    if found is not None:
        names = tuple(n for n in re.split(r"[ ·ㆍ,]+", found["names"]) if n)
        return _credit(names, window, found.end())
    return None


def comma_credit(paragraph: str) -> tuple[str, ReporterCredit] | None:
    """For `CITY, DATE (SOURCE), NAME - copy`: the paragraph with the credit cut out
    (`CITY, DATE (SOURCE) - copy`) and the credit, or None."""
    found = _COMMA_CREDIT.match(paragraph[:320])
    if found is None:
        return None
    names = _people(found["names"])
    if not names:
        return None
    text = paragraph[found.end("head") : found.start("dash")].strip(" ,\t\u00a0")
    cut = found["head"] + " " + paragraph[found.start("dash") :]
    return cut, ReporterCredit(names, text, 0)


def _people(names: str) -> tuple[str, ...]:
    """The people in a credit, each a capitalised name of two to four words (one word
    is a role or a place as often as a name); () when any is not."""
    people = [" ".join(p.split()) for p in re.split(rf"{_JOIN}", names) if p.strip()]
    for person in people:
        words = person.split()
        capitalised = [w for w in words if not re.fullmatch(_PARTICLE, w)]
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in capitalised):
            return ()
    return tuple(people)


def _credit(names: tuple[str, ...], text: str, end: int) -> ReporterCredit:
    after = re.compile(rf"{_SPACE}*").match(text, end)
    return ReporterCredit(names, text[:end].strip(), after.end() if after else end)
