"""The story's length in the window's language, as the status bar and the checks panel
both say it (the domain's one count: `story_counts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.ui.shell.plural_text import counted

if TYPE_CHECKING:  # counted with the first story shown, after the window's first frame
    from editorial.domain.counts import StoryCounts


class StoryLength(QObject):
    def explained(self) -> str:
        return self.tr(
            "Words and characters in the lede and body as published: Markdown markup and "
            "link addresses are not counted, nor are the headline, byline and dateline. The "
            "ninjs export gives the same word count."
        )

    def text(self, counts: StoryCounts) -> str:
        """`166 words · 1,020 characters (lede and body)`."""
        words, characters = counts.words, counts.characters
        return self.tr("{words} · {characters} (lede and body)").format(
            words=counted(self.tr("{count} word(s)", "", words), words),
            characters=counted(self.tr("{count} character(s)", "", characters), characters),
        )
