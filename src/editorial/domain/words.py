"""Words of a long text without a Python step per word: the checks' per-word loops took
most of `editorial check`'s time on a long story (15 MB, two million words). A text is
read in windows of some tens of kilobytes, each window's words taken by one `findall`,
compared a window at a time with `map`, and the positions read only of the few words a
check reports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

# Letters with inner apostrophes (don't); hyphenated compounds are read part by part,
# and digits end a word.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# The same for a text all in ASCII (`str.isascii` is known without reading the text):
# twice as fast as asking Unicode's categories of every character.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def word_pattern(text: str) -> re.Pattern[str]:
    """WORD, or its faster equal for a text in ASCII."""
    return _ASCII_WORD if text.isascii() else WORD


WINDOW = 1 << 16  # characters: a window's words are held at once, never the whole text's


def windows(text: str, cut: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at least WINDOW long (but the
    last) and ending after a match of `cut`, which must be a place no word (and nothing
    the caller looks for) runs across."""
    start = 0
    while start < len(text):
        found = cut.search(text, min(start + WINDOW, len(text)))
        end = found.end() if found else len(text)
        yield start, end
        start = end


class WordSpans:
    """(start, end) of a window's words by their index, read from its matches only as
    far as they are asked for: the words between are passed inside `islice`. Indexes
    must be asked in increasing order, but one may be asked again."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = word_pattern(text).finditer(text, start, end)
        self._read = 0  # how many matches were taken from `_matches`
        self._kept: dict[int, tuple[int, int]] = {}

    def __getitem__(self, index: int) -> tuple[int, int]:
        kept = self._kept.get(index)
        if kept is not None:
            return kept
        if index < self._read:
            raise IndexError(f"word {index} was passed without being asked for")
        match = next(islice(self._matches, index - self._read, None))
        self._read = index + 1
        self._kept[index] = match.span()
        return self._kept[index]
