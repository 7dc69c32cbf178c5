"""A line of the story list cut at the right with an ellipsis, as Qt's
`QFontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)` cuts it.

Written out because the list's first paint takes no Qt enum (see ui/shell/qt_ints.py),
and elidedText takes one. It follows Qt's own steps (qtextengine.cpp): the longest run of
whole graphemes (an emoji with its skin tone, a letter with its accent) narrower than
the width less the ellipsis', measured in fractions of a pixel on the whole line shaped
at once; positions in UTF-16 units, as Qt counts; and a zero-width joiner before the
ellipsis when the cut falls inside a joined Arabic-script word, so that its last letter
keeps its joined form. tests/ui/test_qt_ints.py compares the two over many lines.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
JOINER = "\N{ZERO WIDTH JOINER}"
# The letters Qt joins to the ellipsis (their Unicode joining type is not "none"): the
# Arabic and Syriac blocks' letters, but for the few that never join, and the tatweel.
# (Rarer joining scripts, N'Ko, Mandaic, Mongolian, are not told apart.)
_JOINING_BLOCKS = ((0x0600, 0x06FF), (0x0710, 0x077F), (0x08A0, 0x08FF))
_NEVER_JOINING = frozenset("\u0621\u0674\u08ad")  # hamza, high hamza, low alef
_TATWEEL = "\u0640"


def elided(font: QFont, text: str, width: int) -> str:
    """`text` in `font` cut to fit `width` pixels, as Qt cuts it (see the module's note)."""
    metrics = QFontMetricsF(font)
    whole = metrics.horizontalAdvance(text)
    units = text.encode("utf-16-le")
    length = len(units) // 2
    if length <= 1 or whole <= width:
        return text
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    if room < 0:
        return ""

    def fits(end: int) -> bool:  # the text up to `end`, shaped whole as Qt's is
        return metrics.horizontalAdvance(text, end) < room

    graphemes = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    # From the share of the width that fits, then a grapheme at a time: two or three
    # measures for a headline.
    graphemes.setPosition(int(length * room / whole))
    kept = graphemes.position() if graphemes.isAtBoundary() else graphemes.toPreviousBoundary()
    while kept > 0 and not fits(kept):
        kept = graphemes.toPreviousBoundary()
    while True:
        following = graphemes.toNextBoundary()
        if following < 0 or following >= length or not fits(following):
            break
        kept = following
    start, rest = units[: 2 * kept].decode("utf-16-le"), units[2 * kept :].decode("utf-16-le")
    return start + (JOINER if _joins_on(rest) else "") + ELLIPSIS


def _joins_on(rest: str) -> bool:
    """Whether the first letter of `rest` (past any accents) joins the one before it."""
    letter = next((c for c in rest if unicodedata.category(c) != "Mn"), "")
    if letter == _TATWEEL:
        return True
    if not letter or letter in _NEVER_JOINING or unicodedata.category(letter) != "Lo":
        return False
    return any(first <= ord(letter) <= last for first, last in _JOINING_BLOCKS)
