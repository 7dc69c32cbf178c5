"""The editor's Embargo check box can be seen under the dark theme: its box's border and
its text stand out from the window behind them, measured on the pixels a real editor
draws (offscreen), not on the colours meant. Under the light theme it is drawn exactly as
a plain check box. Pictures of the field in both themes go to artifacts/."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from editorial.domain.story import new_story
from editorial.ui.editor.story_editor import StoryEditor
from editorial.ui.shell.app import application
from editorial.ui.shell.theme import contrast_ratio, theme_applier
from tests.ui.test_main_window import artifacts_dir

EMBARGO = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    applier = theme_applier(application())
    applier.apply(str(request.param))
    yield str(request.param)
    applier.apply("system")


def embargo_check(qtbot: QtBot, embargo: dt.datetime | None) -> tuple[StoryEditor, QCheckBox]:
    editor = StoryEditor()
    qtbot.addWidget(editor)
    editor.set_story(new_story("example.org", headline="Talks resume").edited(embargo=embargo))
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, editor.embargo.check


def part(check: QCheckBox, element: QStyle.SubElement) -> QRect:
    option = QStyleOptionButton()
    check.initStyleOption(option)
    return check.style().subElementRect(element, option, check)


def colours_in(image: QImage, rect: QRect) -> Counter[str]:
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize("theme", ["dark"], indirect=True)
@pytest.mark.parametrize("embargo", [None, EMBARGO], ids=["none", "until"])
def test_the_embargo_box_and_its_text_stand_out_under_the_dark_theme(
    theme: str, embargo: dt.datetime | None, qtbot: QtBot
) -> None:
    editor, check = embargo_check(qtbot, embargo)
    image = check.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)  # beside the text, above it
    assert background == check.palette().color(QPalette.ColorRole.Window)  # the editor's
    box = part(check, QStyle.SubElement.SE_CheckBoxIndicator)
    # The box's border: a colour drawn all round it (a 13-pixel box has 48 border pixels;
    # the check mark and the corners' blending are fewer of each).
    ring = [QColor(name) for name, count in colours_in(image, box).items() if count >= 40]
    assert max(contrast_ratio(colour, background) for colour in ring) >= 3.0, ring
    text = part(check, QStyle.SubElement.SE_CheckBoxContents) & image.rect()
    strongest = max(contrast_ratio(QColor(name), background) for name in colours_in(image, text))
    assert strongest >= 4.5
    editor.embargo.grab().save(str(artifacts_dir() / f"embargo-{theme}-{check.text()}.png"))


@pytest.mark.parametrize("theme", ["light"], indirect=True)
def test_under_the_light_theme_it_is_drawn_as_a_plain_check_box(theme: str, qtbot: QtBot) -> None:
    editor, check = embargo_check(qtbot, EMBARGO)
    plain = QCheckBox(check.text(), editor.embargo)
    plain.setChecked(True)
    plain.setGeometry(check.geometry())
    plain.show()
    qtbot.waitExposed(plain)
    assert plain.grab().toImage() == check.grab().toImage()
    editor.embargo.grab().save(str(artifacts_dir() / f"embargo-{theme}-{check.text()}.png"))
