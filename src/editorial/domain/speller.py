"""The hook spelling plugs into: any object with `check` and `suggest` (a Hunspell
dictionary behind pyenchant, or a test double). The domain only finds the words and
reports the ones the speller rejects; it holds no word lists of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from editorial.domain.findings import Field, Finding, Severity, TextPositions, span_finding


@runtime_checkable
class Speller(Protocol):
    """A dictionary for one language. `check` should answer True for words the editor
    added to the dictionary or chose to ignore."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


# Letters with inner apostrophes (don't); hyphenated compounds are checked part by part,
# as dictionaries list the parts, and digits end a word.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Spans no dictionary should judge: links, e-mail addresses, Markdown code and URLs in
# link syntax. Each is tried only where it can start and stops where its text must end:
# an address where a run of non-spaces starts (tried at every position of a base64 blob,
# `\S+@` took quadratic time), a link target at the next parenthesis (`](` repeated did).
_SKIP = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+\.\w+|`[^`\n]*`"
    r"|\]\((?:[^()\s]|\([^()\s]*\))*\)"  # a link target, with one level of parentheses
)


def words_to_check(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word a speller should see: not inside links, code
    or addresses, not an acronym in capitals (NATO), not a single letter."""
    skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
    index = 0
    for match in _WORD.finditer(text):
        start = match.start()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] <= start:
            continue
        word = match.group()
        if len(word) < 2 or (word.isupper() and len(word) <= 6):
            continue
        yield start, match.end(), word


def spelling_findings(
    text: str,
    field: Field,
    speller: Speller,
    positions: TextPositions,
    *,
    suggestions: bool = False,
    verdicts: dict[str, bool] | None = None,
    suggested: dict[str, tuple[str, ...]] | None = None,
) -> Iterator[Finding]:
    """A finding for each word the speller rejects. Each distinct word is checked once
    (`verdicts` may be shared across fields of one story); suggestions are asked for
    only when `suggestions` is true, since they are the slow part (tens of milliseconds a
    word with Hunspell), and then once per distinct word (`suggested`, shared likewise)."""
    cache = verdicts if verdicts is not None else {}
    offers = suggested if suggested is not None else {}
    for start, end, word in words_to_check(text):
        known = cache.get(word)
        if known is None:
            known = cache[word] = speller.check(word.replace("’", "'"))
        if known:
            continue
        offered: tuple[str, ...] = ()
        if suggestions:
            if word not in offers:
                offers[word] = tuple(speller.suggest(word)[:5])
            offered = offers[word]
        yield span_finding(
            positions,
            field,
            start,
            end,
            code="spelling",
            severity=Severity.WARNING,
            message=f"“{word}” is not in the dictionary.",
            suggestions=offered,
        )
