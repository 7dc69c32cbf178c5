"""A check box whose box can be seen under a dark palette.

Fusion (the style the dark and light themes use) draws a check box's border in the
palette's Window colour darkened by 40% (its `outline`). On a light window that is a grey
line; on a dark one it is about the colour of the box's own fill (Base) and of the window
around it, so the box all but vanishes (the editor's Embargo box under the dark theme:
its border at 1.2:1 against the window). Here the box is drawn with a palette whose
Window makes that border halfway between the window and its text: 4:1 on the dark
theme. Nothing else Fusion draws for a check box comes from Window, and the widget's own
palette is left alone, so it follows a change of theme like any other widget.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QStylePainter

from editorial.ui.shell.theme import is_dark_palette

# Fusion's border is Window.darker(140) drawn .lighter(110): a Window this much lighter
# than the wanted border gives that border.
_OUTLINE_TO_WINDOW = 127


def border_colour(palette: QPalette) -> QColor:
    """The box's border on a dark palette: halfway from the window to its text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return QColor(
        (window.red() + text.red()) // 2,
        (window.green() + text.green()) // 2,
        (window.blue() + text.blue()) // 2,
    )


class VisibleCheckBox(QCheckBox):
    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        if not is_dark_palette(palette):
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        drawn = QPalette(palette)
        window = border_colour(palette).lighter(_OUTLINE_TO_WINDOW)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):  # fmt: skip
            drawn.setColor(group, QPalette.ColorRole.Window, window)
        option.palette = drawn
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_CheckBox, option)
