"""The hook spelling plugs into: any object with `check` and `suggest` (a Hunspell
dictionary behind pyenchant, or a test double). The domain only finds the words and
reports the ones the speller rejects; it holds no word lists of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count
from typing import Protocol, runtime_checkable

from editorial.domain.findings import Field, Finding, Severity, TextPositions, span_finding
from editorial.domain.translatable import QT_TRANSLATE_NOOP, said
from editorial.domain.words import WordSpans, windows, word_pattern


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

# Spans no dictionary should judge: links, e-mail addresses, Markdown code and URLs in
# link syntax. Each alternative scans forward from where it may start without passing
# where another attempt of it would start, so a long run of text without spaces (base64,
# a row of `=` or `@`) is read once, not once per character: an address starts only
# after a space or an `@` and stops at the next `@`, a link target stops at a `]`.
_SKIP = re.compile(
    r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|`[^`\n]*`|\]\([^)\]\s]*\)"
)
_SKIP_MARKS = ("://", "www.", "@", "`", "](")  # each of _SKIP's matches holds one
_SPACE = re.compile(r"\s")  # where a window of words may end


def words_to_check(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word a speller should see: not inside links, code
    or addresses, not an acronym in capitals (NATO), not a single letter."""
    masked = _masked(text)
    for match in word_pattern(masked).finditer(masked):
        word = match.group()
        if _judged(word):
            yield match.start(), match.end(), word


def _masked(text: str) -> str:
    """The text with what no dictionary should judge blanked out, each character by a
    space, so that every other word keeps its place."""
    if not any(mark in text for mark in _SKIP_MARKS):  # most text: not read again
        return text
    return _SKIP.sub(lambda skipped: " " * len(skipped.group()), text)


def _judged(word: str) -> bool:
    return len(word) >= 2 and not (word.isupper() and len(word) <= 6)


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
    masked = _masked(text)
    pattern = word_pattern(masked)
    for start, end in windows(masked, _SPACE):
        words = pattern.findall(masked, start, end)
        for word in dict.fromkeys(words):  # each distinct word once, in story order
            if word not in cache:
                cache[word] = not _judged(word) or speller.check(word.replace("’", "'"))
        rejected = {word for word in set(words) if not cache[word]}
        if not rejected:
            continue
        spans = WordSpans(masked, start, end)
        for index in compress(count(), map(rejected.__contains__, words)):
            word = words[index]
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
                *spans[index],
                code="spelling",
                severity=Severity.WARNING,
                message=said(_NOT_IN_DICTIONARY, {"word": word}),
                suggestions=offered,
            )
