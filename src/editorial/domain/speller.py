"""The hook spelling plugs into: any object with `check` and `suggest` (a Hunspell
dictionary behind pyenchant, or a test double). The domain only finds the words and
reports the ones the speller rejects; it holds no word lists of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from editorial.domain.findings import Field, Finding, Severity, TextPositions, span_finding
from editorial.domain.translatable import QT_TRANSLATE_NOOP, said


@runtime_checkable
class Speller(Protocol):
    """A dictionary for one language. `check` should answer True for words the editor
    added to the dictionary or chose to ignore."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


_NOT_IN_DICTIONARY = QT_TRANSLATE_NOOP("Checks", "“{word}” is not in the dictionary.")

# Suggestions for a story's first misspelt words only, and not for a "word" longer than
# any a dictionary holds: each takes Hunspell tens of milliseconds.
SUGGESTED_WORDS = 100
SUGGESTED_WORD_LETTERS = 40

# Letters with inner apostrophes (don't); hyphenated compounds are checked part by part,
# as dictionaries list the parts, and digits end a word.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Spans no dictionary should judge: links, e-mail addresses, Markdown code and URLs in
# link syntax. Each alternative scans forward from where it may start without passing
# where another attempt of it would start, so a long run of text without spaces (base64,
# a row of `=` or `@`) is read once, not once per character: an address starts only
# after a space or an `@` and stops at the next `@`, a link target stops at a `]`.
_SKIP = re.compile(
    r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|`[^`\n]*`|\]\([^)\]\s]*\)"
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
    word with Hunspell, a fifth of a second for a long one), and then once per distinct
    word (`suggested`, shared likewise), for at most `SUGGESTED_WORDS` words of at most
    `SUGGESTED_WORD_LETTERS` letters: a pasted blob of base64 has thousands of "words"."""
    cache = verdicts if verdicts is not None else {}
    offers = suggested if suggested is not None else {}
    for start, end, word in words_to_check(text):
        known = cache.get(word)
        if known is None:
            known = cache[word] = speller.check(word.replace("’", "'"))
        if known:
            continue
        if (
            suggestions
            and word not in offers
            and len(word) <= SUGGESTED_WORD_LETTERS
            and len(offers) < SUGGESTED_WORDS
        ):
            offers[word] = tuple(speller.suggest(word)[:5])
        offered = offers.get(word, ()) if suggestions else ()
        yield span_finding(
            positions,
            field,
            start,
            end,
            code="spelling",
            severity=Severity.WARNING,
            message=said(_NOT_IN_DICTIONARY, {"word": word}),
            suggestions=offered,
        )
