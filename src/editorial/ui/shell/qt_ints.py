"""Qt's values as plain ints, for the code that builds and paints the window's first frame.

The first time Python touches any enum of Qt's `Qt` namespace (`Qt.AlignmentFlag`,
`Qt.ItemDataRole`, ...), or even imports the name `Qt`, PySide6 builds all of the
namespace's ~100 enums as Python enums: some 12 ms of a cold start, which a bare PySide6
window never pays. A Qt method that takes such an enum takes only the enum (an int is
refused, and refusing it builds them too), and so does one with an overload that takes
one (`QPainter.setPen(Qt.PenStyle)`, `QSplitter(Qt.Orientation)`): weighing the overloads
builds them. So the first frame sets what it needs through Qt's property system instead
(`label.setProperty("alignment", ALIGN_CENTER)`), which takes ints, and item roles are
ints already. Code that runs only after the first frame imports `Qt` where it runs and
uses the enums as usual. tests/ui/test_qt_ints.py checks each value against its enum, and
tests/ui/test_startup.py that the first frame builds none of them.
"""

from __future__ import annotations

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 0x100
# Qt.AlignmentFlag
ALIGN_LEFT = 0x1
ALIGN_TOP = 0x20
ALIGN_VCENTER = 0x80
ALIGN_CENTER = 0x84  # AlignHCenter | AlignVCenter
# Qt.Orientation
VERTICAL = 0x2
# Qt.ScrollBarPolicy
SCROLL_BAR_ALWAYS_OFF = 1
# Qt.TextFormat
PLAIN_TEXT = 0
# Qt.TextInteractionFlag
TEXT_SELECTABLE_BY_MOUSE = 1
