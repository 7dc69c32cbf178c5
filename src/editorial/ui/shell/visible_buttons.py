"""Check boxes and radio buttons whose box or circle can be seen under a dark palette.

Fusion (the style the dark and light themes use) draws a check box's border in the
palette's Window colour darkened by 40% (its `outline`). On a light window that is a grey
line; on a dark one it is about the colour of the box's own fill (Base) and of the window
around it, so the box all but vanishes (the editor's Embargo box under the dark theme:
its border at 1.2:1 against the window); a radio button's circle is drawn the same way.
Here they are drawn with a palette whose Window makes that border halfway between the
window and its text: 4:1 on the dark theme. Nothing else Fusion draws for them comes
from Window, and the widget's own palette is left alone, so it follows a change of theme
like any other widget.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QStylePainter,
)

from editorial.ui.shell.theme import is_dark_palette

# Fusion's border is Window.darker(140) drawn .lighter(110): a Window this much lighter
# than the wanted border gives that border.
_OUTLINE_TO_WINDOW = 127


def border_colour(palette: QPalette, share: float = 0.5) -> QColor:
    """The box's border on a dark palette: `share` of the way from the window to its text
    (halfway for a box; further for a circle, whose thin round edge is blended)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return QColor(
        round(window.red() + (text.red() - window.red()) * share),
        round(window.green() + (text.green() - window.green()) * share),
        round(window.blue() + (text.blue() - window.blue()) * share),
    )


def outlined(palette: QPalette, share: float = 0.5) -> QPalette:
    """`palette` with the Window that makes Fusion's outline `border_colour`."""
    drawn = QPalette(palette)
    window = border_colour(palette, share).lighter(_OUTLINE_TO_WINDOW)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):  # fmt: skip
        drawn.setColor(group, QPalette.ColorRole.Window, window)
    return drawn


def paint_visibly(
    button: QCheckBox | QRadioButton, element: QStyle.ControlElement, share: float = 0.5
) -> bool:
    """Draw `button` as `element` with a border that stands out, if its palette is dark;
    False (nothing drawn) on a light one, where the style's own drawing is left as is."""
    palette = button.palette()
    if not is_dark_palette(palette):
        return False
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.palette = outlined(palette, share)
    QStylePainter(button).drawControl(element, option)
    return True


class VisibleCheckBox(QCheckBox):
    def paintEvent(self, event: QPaintEvent) -> None:
        if not paint_visibly(self, QStyle.ControlElement.CE_CheckBox):
            super().paintEvent(event)


class VisibleRadioButton(QRadioButton):
    def paintEvent(self, event: QPaintEvent) -> None:
        if not paint_visibly(self, QStyle.ControlElement.CE_RadioButton, share=0.65):
            super().paintEvent(event)


class VisibleChecksDelegate(QStyledItemDelegate):
    """For a list whose rows are ticked: their boxes drawn as VisibleCheckBox's (an item's
    check box is drawn from the same palette's Window; a row's own colours are not)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if is_dark_palette(option.palette):
            option.palette = outlined(option.palette)
