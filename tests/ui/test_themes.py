"""Light and dark themes: every colour the window draws with comes from the palette or the
theme, and reads. Pictures of the main window, the preview and the conflict view in both
themes go to `artifacts/theme-*.png` (the review mode and the desk view: test_review_pictures)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from editorial.services.conflicts import Conflict
from editorial.ui.editor.conflict_view import ConflictView
from editorial.ui.shell.app import application
from editorial.ui.shell.resources import APP_STYLE_SHEET, PREVIEW_CSS, resource_text
from editorial.ui.shell.theme import (
    DARK,
    LIGHT,
    Theme,
    contrast_ratio,
    dark_palette,
    page_css,
    preview_css,
    style_sheet,
    theme_applier,
)
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_conflict_view import MINE, THEIRS
from tests.ui.test_main_window import artifacts_dir, new_story

# Text and the background it is drawn on, by the theme's names.
TEXT_ON_BACKGROUND = [
    ("note-text", "note-bg"), ("banner-text", "info-bg"), ("banner-text", "warning-bg"),
    ("banner-text", "error-bg"), ("ins-text", "ins-bg"), ("del-text", "del-bg"),
    ("passage-text", "passage-bg"), ("trashed-text", "trashed-bg"), ("page-text", "page-bg"),
    ("page-strong", "page-bg"), ("page-heading", "page-bg"), ("page-muted", "page-bg"),
    ("page-quote", "page-bg"), ("page-link", "page-bg"), ("page-text", "page-code-bg"),
    ("image-text", "image-bg"), ("note-label", "window"), ("dateline", "window"),
    ("alert", "window"), ("invalid", "window"), ("muted", "base"), ("detached", "base"),
]  # fmt: skip


def themed(theme: Theme, name: str) -> QColor:
    """A colour of the theme, or of the palette that goes with it ("window", "base")."""
    if name in ("window", "base"):
        palette = QApplication.palette()
        role = QPalette.ColorRole.Window if name == "window" else QPalette.ColorRole.Base
        return palette.color(role)
    return theme.colour(name)


@pytest.fixture(params=["light", "dark"])
def theme_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    applier = theme_applier(application())
    applier.apply(str(request.param))
    yield str(request.param)
    applier.apply("system")


def test_the_style_sheet_and_the_preview_css_name_no_colour_of_their_own(
    qapp: QApplication,
) -> None:
    for theme in (LIGHT, DARK):
        assert "@" not in style_sheet(theme)  # every name the style sheet uses is a colour
        assert "var(--" not in preview_css(theme, resource_text(PREVIEW_CSS))
    raw = resource_text(APP_STYLE_SHEET) + resource_text(PREVIEW_CSS)
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b", raw) == []


def test_every_text_colour_reads_on_its_background(theme_name: str) -> None:
    theme = DARK if theme_name == "dark" else LIGHT
    low = []
    for text, background in TEXT_ON_BACKGROUND:
        ratio = contrast_ratio(themed(theme, text), themed(theme, background))
        if ratio < 4.5:
            low.append((text, background, round(ratio, 2)))
    assert low == []


def pixel_colour(widget: QWidget, x: int, y: int) -> QColor:
    return QColor(widget.grab().toImage().pixel(x, y))


def test_the_main_window_in_each_theme(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, theme_name: str
) -> None:
    theme = DARK if theme_name == "dark" else LIGHT
    window = make_window(library_path)
    window.resize(1400, 860)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Quake hits eastern Turkey")
    qtbot.keyClicks(editor.dateline.city, "Ankara")
    qtbot.keyClicks(editor.dateline.date, "18 Nov 2008")
    qtbot.keyClicks(editor.lede, "A strong earthquake struck eastern Turkey on Tuesday.")
    qtbot.keyClicks(editor.note, "Check the toll with the Ankara bureau.")
    wait_idle(qtbot, window)
    qtbot.wait(50)

    # The note: its text on its own background, as Qt resolved the style sheet.
    note = editor.note
    note_palette = note.palette()
    text, base = (
        note_palette.color(QPalette.ColorRole.Text),
        note_palette.color(QPalette.ColorRole.Base),
    )
    assert base == theme.colour("note-bg")
    assert contrast_ratio(text, base) >= 4.5
    # ...and as painted: the corner inside the dashed border is the note's background.
    assert pixel_colour(note.viewport(), 3, note.viewport().height() - 3) == base

    reading = editor.dateline.reading
    assert reading.palette().color(QPalette.ColorRole.WindowText) == theme.colour("dateline")
    window_bg = window.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(theme.colour("dateline"), window_bg) >= 4.5

    # The preview's page is the theme's, not a white sheet on a dark window.
    browser = window.preview.backend.widget()
    assert "Quake" in window.preview.fragment
    corner = pixel_colour(browser, browser.width() // 2, browser.height() - 10)
    assert corner == theme.colour("page-bg")

    path = artifacts_dir() / f"theme-main-window-{theme_name}.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1400, 860)


def test_switching_the_theme_repaints_the_open_window(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    applier = theme_applier(application())
    window = make_window(library_path)
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    browser = window.preview.backend.widget()
    try:
        for choice, theme in (("dark", DARK), ("light", LIGHT), ("dark", DARK)):
            applier.apply(choice)
            qtbot.waitUntil(
                lambda theme=theme: (
                    pixel_colour(browser, 5, browser.height() - 5)  # type: ignore[misc]
                    == theme.colour("page-bg")
                )
            )
            assert window.editor.note.palette().color(QPalette.ColorRole.Base) == theme.colour(
                "note-bg"
            )
    finally:
        applier.apply("system")
    assert applier.theme is LIGHT  # the offscreen platform's palette is a light one


def test_the_conflict_view_in_each_theme(qtbot: QtBot, theme_name: str) -> None:
    theme = DARK if theme_name == "dark" else LIGHT
    view = ConflictView()
    qtbot.addWidget(view)
    view.show_conflict(Conflict(THEIRS, MINE))
    view.resize(900, 640)
    view.show()
    qtbot.wait(50)
    assert view.theirs_title.palette().color(QPalette.ColorRole.WindowText) == theme.colour(
        "del-text"
    )
    window_bg = view.palette().color(QPalette.ColorRole.Window)
    for title in (view.theirs_title, view.mine_title):
        colour = title.palette().color(QPalette.ColorRole.WindowText)
        assert contrast_ratio(colour, window_bg) >= 4.5
    assert view.grab().save(str(artifacts_dir() / f"theme-conflict-view-{theme_name}.png"))


def test_the_theme_preference_is_offered_and_applied_when_saved(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    applier = theme_applier(application())
    window = make_window(library_path)
    window.tools.open_preferences()
    qtbot.waitUntil(lambda: window.tools.preferences_dialog is not None)
    dialog = window.tools.preferences_dialog
    assert dialog is not None
    choice = dialog.editors["theme"]
    assert isinstance(choice, QComboBox)
    assert [choice.itemData(i) for i in range(choice.count())] == ["system", "light", "dark"]
    choice.setCurrentIndex(2)
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: applier.theme is DARK)
        assert applier.choice == "dark"
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    finally:
        applier.apply("system")


def test_no_widget_names_a_colour_of_its_own() -> None:
    """Colours are the theme's (ui/shell/theme.py) or the palette's: none is written
    anywhere else in the window's code."""
    ui = Path(__file__).resolve().parents[2] / "src" / "editorial" / "ui"
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![-\w])|QColor\(\"|rgba?\(")
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if colour.search(line.split("  #")[0])
    ]
    assert found == []


def test_following_the_system_a_dark_desktop_palette_gets_the_dark_theme(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """As when the desktop switches to dark (its platform theme sets the palette): the
    style sheet and the preview follow, with the preference left at "system"."""
    applier = theme_applier(application())
    assert applier.choice == "system"
    window = make_window(library_path)
    before = QPalette(QApplication.palette())
    try:
        QApplication.setPalette(dark_palette())
        qtbot.waitUntil(lambda: applier.theme is DARK)
        note = window.editor.note
        qtbot.waitUntil(
            lambda: note.palette().color(QPalette.ColorRole.Base) == DARK.colour("note-bg")
        )
        assert "var(--" not in page_css() and DARK.hex("page-bg") in page_css()
    finally:
        QApplication.setPalette(before)
    qtbot.waitUntil(lambda: applier.theme is LIGHT)
