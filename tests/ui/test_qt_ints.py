"""The first frame's Qt values as ints (`ui/shell/qt_ints.py`) are Qt's, the widgets set
with them show as with the enums, and the list's own elision (`ui/library/elision.py`)
cuts as Qt's does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.ui.library.elision import elided
from editorial.ui.library.story_list_model import StoryRole
from editorial.ui.shell import qt_ints
from editorial.ui.shell.message_banner import MessageBanner, Severity
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
