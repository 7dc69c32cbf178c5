"""Counted words in the window's language, and English plurals without an English
translation file.

Plural messages are written the Qt way, `self.tr("{count} warning(s)", "", n)`, so the
Russian file gets its three forms; with no translation loaded (the English window, the
tests) Qt returns the source with its `(s)` still in it. `english_plural` settles it the
way the English text always read: `1 warning`, `2 warnings`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def english_plural(text: str, count: int) -> str:
    """`text` with `(s)` (and `y(ies)`: `story(ies)`) resolved for `count`; a translated
    text has neither and is kept."""
    one = count == 1
    return text.replace("y(ies)", "y" if one else "ies").replace("(s)", "" if one else "s")


def number_text(count: int) -> str:
    """`1,024` in English, `1 024` in Russian: the window's locale (the translation loader
    makes it the default) groups the digits."""
    return QLocale().toString(count)


def counted(text: str, count: int) -> str:
    """A translated plural template, `self.tr("{count} word(s)", "", n)`, filled in."""
    return english_plural(text, count).format(count=number_text(count))
