"""Check boxes and radio buttons can be seen under the dark theme: the editor's Embargo
box's border and its text stand out from the window behind them, and so do the boxes and
circles of the dialogs' (Preferences, endpoints, profiles, the library's place), measured
on the pixels real widgets draw (offscreen), not on the colours meant. Under the light
theme they are drawn exactly as plain ones. Pictures of the Embargo field in both themes
go to artifacts/."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import editorial.ui
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


def part(check: QAbstractButton, element: QStyle.SubElement) -> QRect:
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


def location_radio(_qtbot: QtBot) -> tuple[QWidget, QAbstractButton]:
    from editorial.ui.dialogs.library_location_field import LibraryLocationField

    field = LibraryLocationField("", "/data/library.sqlite")
    return field, field.on_server  # the one not chosen: an empty circle


@pytest.mark.parametrize("theme", ["dark", "system"], indirect=True)
def test_the_library_place_circles_stand_out_under_the_dark_theme(theme: str, qtbot: QtBot) -> None:
    top, button = location_radio(qtbot)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    image = button.grab().toImage()
    background = button.palette().color(QPalette.ColorRole.Window)
    circle = part(button, QStyle.SubElement.SE_RadioButtonIndicator) & image.rect()
    # The empty circle's fill is near the window's colour: only its edge can stand out.
    strongest = max(contrast_ratio(QColor(name), background) for name in colours_in(image, circle))
    if theme == "dark":
        assert strongest >= 3.0  # a plain radio button's: 1.2
    else:  # the light theme draws it as a plain one
        plain = QRadioButton(button.text(), top)
        plain.setGeometry(button.geometry())
        plain.show()
        qtbot.waitExposed(plain)
        assert plain.grab().toImage() == button.grab().toImage()


def test_every_box_and_circle_the_window_makes_is_one_that_stands_out() -> None:
    # A plain QCheckBox or QRadioButton would be drawn with Fusion's faint border again.
    ui = Path(editorial.ui.__file__).parent
    plain = [
        f"{path.relative_to(ui)}:{number}"
        for path in ui.rglob("*.py")
        if path.name != "visible_buttons.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQ(CheckBox|RadioButton)\(", line)
    ]
    assert plain == []


@pytest.mark.parametrize("theme", ["dark"], indirect=True)
def test_the_dictionaries_ticks_stand_out_under_the_dark_theme(theme: str, qtbot: QtBot) -> None:
    from editorial.ui.dialogs.settings_editors import DictionaryList

    ticks = DictionaryList(["en_GB", "ru_RU"], "")
    qtbot.addWidget(ticks)
    ticks.setCurrentRow(-1)  # no row highlighted: the box against the list's own colour
    ticks.show()
    qtbot.waitExposed(ticks)
    image = ticks.viewport().grab().toImage()
    background = ticks.palette().color(QPalette.ColorRole.Base)
    first = ticks.visualItemRect(ticks.item(0))
    box = QRect(first.left(), first.top(), first.height(), first.height())  # where it starts
    strongest = max(contrast_ratio(QColor(name), background) for name in colours_in(image, box))
    assert strongest >= 3.0  # with the style's own palette: about 1.2
