"""The first frame's Qt values as ints (`ui/shell/qt_ints.py`) are Qt's, the widgets set
with them show as with the enums, the list's own elision (`ui/library/elision.py`)
cuts as Qt's does, and its rows, drawn without QStyle, look as the style draws them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from editorial.domain.story import Status, StorySummary
from editorial.ui.library.elision import elided
from editorial.ui.library.story_list import (
    PADDING,
    StoryListPanel,
    StoryRowDelegate,
    details_line,
    draw_text,
)
from editorial.ui.library.story_list_model import StoryListModel, StoryRole
from editorial.ui.shell import qt_ints
from editorial.ui.shell.app import application
from editorial.ui.shell.message_banner import MessageBanner, Severity
from editorial.ui.shell.theme import theme_applier
from tests.ui.conftest import WindowFactory


def test_each_value_is_its_enums() -> None:
    align = Qt.AlignmentFlag
    pairs = [
        (qt_ints.DISPLAY_ROLE, Qt.ItemDataRole.DisplayRole),
        (qt_ints.TOOLTIP_ROLE, Qt.ItemDataRole.ToolTipRole),
        (qt_ints.USER_ROLE, Qt.ItemDataRole.UserRole),
        (StoryRole.SUMMARY - 1, Qt.ItemDataRole.UserRole),
        (qt_ints.ALIGN_LEFT, align.AlignLeft),
        (qt_ints.ALIGN_TOP, align.AlignTop),
        (qt_ints.ALIGN_VCENTER, align.AlignVCenter),
        (qt_ints.ALIGN_CENTER, align.AlignCenter),
        (qt_ints.VERTICAL, Qt.Orientation.Vertical),
        (qt_ints.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
        (qt_ints.PLAIN_TEXT, Qt.TextFormat.PlainText),
        (qt_ints.TEXT_SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
    ]
    assert [value for value, _ in pairs] == [enum.value for _, enum in pairs]


def test_the_window_set_with_ints_has_the_enums_values(
    make_window: WindowFactory, library_path: Path
) -> None:
    window = make_window(library_path)
    assert window.editor_pane.empty.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.list_panel.empty_hint.alignment() == Qt.AlignmentFlag.AlignCenter
    view = window.list_panel.view
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.side.orientation() == Qt.Orientation.Vertical
    assert window.banner.message.textFormat() == Qt.TextFormat.PlainText
    flags = window.banner.message.textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.TextSelectableByMouse
    # Shortcuts set as lists of one are the one shortcut.
    assert window.commands.new_story.shortcut().toString() == "Ctrl+N"
    assert window.show_checks.shortcut().toString() == "F7"


def test_a_banner_gets_its_background_and_its_dismiss_button_at_the_top_when_shown(
    qtbot: QtBot,
) -> None:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_message("The library could not be opened.\n" * 4, Severity.ERROR)
    banner.show_message("Again", Severity.WARNING, [("Retry", lambda: None)])
    assert banner.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    layout = banner.layout()
    assert layout is not None
    aligned = [layout.itemAt(i).alignment() for i in range(layout.count())]
    assert aligned == [Qt.AlignmentFlag(0), Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignTop]


HEADLINES = [
    "Nairobi foreign ministry announces tariff review after talks",  # the "fi" ligature
    "Yerevan court delays ruling",  # kerning: "Ye"
    "Тбилиси: министр подписал план по спутнику",
    "Ünïcödé naïve café in Zürich",
    "Cafe\u0301 owners protest the new tax",  # a letter and its accent: one grapheme
    "Fire 🔥 in the 🏛️ parliament 👍🏽 as protests grow",  # beyond UTF-16's one unit
    "Band 👨\u200d👩\u200d👧 tours the country again",
    "مرحبا بالعالم عنوان طويل جدا عن الاقتصاد",  # joined letters: Qt adds a joiner
    "שלום עולם: a headline in two directions",
    "WWWWWWWWWWWWWWWWWWWW",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "a b c d e f g h",
    "x",
    "",
]


@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.DemiBold])
def test_the_list_elides_as_qt_does(qapp: QApplication, weight: QFont.Weight) -> None:
    font = QFont(QApplication.font())
    font.setWeight(weight)
    metrics = QFontMetrics(font)
    differing = [
        (text, width)
        for text in HEADLINES
        for width in range(0, 400, 2)
        if elided(font, text, width) != metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    ]
    assert differing == []


LINES = [*HEADLINES, "مرحبا English first", "123 مرحبا", "trailing spaces  ", "Ågjpqy|[]{}"]


def style_drawn_line(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
    """A row's line as the style draws it (what `draw_text` does without QStyle)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    style = QApplication.style()
    style.drawItemText(painter, rect, align, palette, True, text, QPalette.ColorRole.Text)


def line_image(draw: object, text: str, font: QFont, height: int) -> QImage:
    image = QImage(420, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as a widget's painter
    painter.setFont(font)
    assert callable(draw)
    draw(painter, QRect(8, 6, 400, height), text, QColor(40, 80, 160))
    painter.end()
    return image


@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.DemiBold])
def test_the_lists_lines_are_drawn_as_the_style_draws_them(
    qapp: QApplication, weight: QFont.Weight
) -> None:
    differing = []
    for points in (7.0, 9.0, 10.5, 13.0):
        font = QFont(QApplication.font())
        font.setWeight(weight)
        font.setPointSizeF(points)
        # Heights as the rows give, and lower: the line spills and is clipped as Qt clips.
        for height in (QFontMetrics(font).height(), 12, 17, 24):
            differing += [
                (points, height, text)
                for text in LINES
                if line_image(draw_text, text, font, height)
                != line_image(style_drawn_line, text, font, height)
            ]
    assert differing == []


class StyleDrawnRows(StoryRowDelegate):
    """The rows as the style draws them: the panel by the style's PE_PanelItemViewItem
    with the row's state, the lines by the style's drawItemText (as they were drawn
    before the list's first paint did without QStyle)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(StoryRole.SUMMARY)
        assert isinstance(summary, StorySummary)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style()
        painter.save()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(headline_font)
        painter.setFont(headline_font)
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        headline = elided(headline_font, summary.headline, inner.width())
        style_drawn_line(painter, first, headline, palette.color(role))
        details_font = QFont(option.font)
        details_font.setPointSizeF(max(7.0, details_font.pointSizeF() * 0.9))
        painter.setFont(details_font)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        second = QRect(inner.left(), first.bottom() + PADDING // 2, inner.width(), metrics.height())
        details = elided(details_font, details_line(summary), inner.width())
        style_drawn_line(painter, second, details, palette.color(role) if selected else muted)
        painter.restore()


@pytest.fixture(params=["system", "dark", "light"])
def list_theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    applier = theme_applier(application())
    applier.apply(str(request.param))
    yield str(request.param)
    applier.apply("system")


def test_the_list_looks_as_the_style_draws_its_rows(qtbot: QtBot, list_theme: str) -> None:
    """Selected, current with the list focused (no focus frame: the style sheet's
    outline), unfocused and disabled: pixel for pixel as the style's own drawing."""
    now = dt.datetime.now(dt.UTC)
    model = StoryListModel()
    model.reset(
        [
            StorySummary(
                n + 1,
                f"urn:{n}",
                text,
                f"slug-{n}",
                list(Status)[n % len(Status)],
                now - dt.timedelta(days=45 * n),
            )
            for n, text in enumerate(HEADLINES[:8])
        ]
    )
    panel = StoryListPanel(model)
    qtbot.addWidget(panel)
    panel.resize(280, 480)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view

    def looks() -> tuple[QImage, QImage]:
        images = []
        for delegate in (StoryRowDelegate(view), StyleDrawnRows(view)):
            view.setItemDelegate(delegate)
            images.append(panel.grab().toImage())
        return images[0], images[1]

    states = {"plain": looks()}
    view.select_story(3)
    states["selected"] = looks()
    panel.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    states["focused"] = looks()
    view.setCurrentIndex(model.index(5, 0))
    states["moved"] = looks()
    view.clearFocus()
    states["unfocused"] = looks()
    panel.setEnabled(False)
    states["disabled"] = looks()
    assert [name for name, (ours, styles) in states.items() if ours != styles] == []
    assert states["plain"][0] != states["selected"][0]  # the states do show
