"""Word and character counts as the desk counts them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class TextCounts:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes to read, at least one for any text."""
        return 0 if self.words == 0 else max(1, round(self.words / WORDS_PER_MINUTE))


def count_text(text: str) -> TextCounts:
    """Words are runs of letters, digits, apostrophes and hyphens; characters exclude
    line breaks (what a wire editor reads as the length of the copy)."""
    words = sum(1 for match in _WORD.finditer(text) if any(c.isalnum() for c in match.group()))
    characters = len(text.replace("\r", "").replace("\n", ""))
    return TextCounts(words=words, characters=characters)


@dataclass(frozen=True, slots=True)
class StoryCounts:
    """The figures the status bar and the checks panel show for a story."""

    headline: TextCounts
    lede: TextCounts
    body: TextCounts

    @property
    def words(self) -> int:
        """Lede and body: what the reader reads after the headline."""
        return self.lede.words + self.body.words

    @property
    def characters(self) -> int:
        return self.lede.characters + self.body.characters

    @property
    def reading_minutes(self) -> int:
        return TextCounts(self.words, self.characters).reading_minutes


def count_story(headline: str, lede: str, body: str) -> StoryCounts:
    """Counts for each part of a story (plain strings, so the editor can count what is
    on screen before it is saved)."""
    return StoryCounts(count_text(headline.strip()), count_text(lede), count_text(body))
