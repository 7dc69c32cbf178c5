"""The window a desk expects: Edit's clipboard commands and Find & Replace on the focused
field, zoom remembered in the window state, the language by name, the preview following
the cursor, and a date not understood shown as such, in real windows offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from editorial.services.desk import open_desk
from editorial.settings import Preferences
from editorial.storage.library import Library
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.edit_menu import ZOOM_KEY
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import activate, new_story

CTRL = Qt.KeyboardModifier.ControlModifier


def menu_titles(window: MainWindow, action_in_menu: object) -> list[str]:
    menus = [m for m in window.menuBar().findChildren(QMenu) if action_in_menu in m.actions()]
    assert menus
    return [a.text() for a in menus[0].actions() if not a.isSeparator()]


def saved(window: MainWindow, qtbot: QtBot) -> None:
    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state is SaveState.SAVED)
    wait_idle(qtbot, window)


def test_the_edit_menu_cuts_copies_pastes_and_selects_all_in_the_focused_field(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    commands = window.edit_commands
    titles = menu_titles(window, window.commands.undo)
    for title in ("Cu&t", "&Copy", "&Paste", "Select &All", "Find and &Replace…"):
        assert title in titles
    assert titles.index("&Redo") < titles.index("Cu&t") < titles.index("&Find…")
    assert commands.copy.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert commands.paste.shortcut() == QKeySequence(QKeySequence.StandardKey.Paste)
    editor = window.editor
    activate(qtbot, window)
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    qtbot.keyClicks(editor.body, "Quake hits eastern Turkey")
    commands.select_all.trigger()
    commands.copy.trigger()
    assert QApplication.clipboard().text() == "Quake hits eastern Turkey"
    commands.cut.trigger()
    assert editor.body.toPlainText() == ""
    editor.keywords.setFocus()
    qtbot.waitUntil(editor.keywords.hasFocus)
    commands.paste.trigger()
    assert editor.keywords.text() == "Quake hits eastern Turkey"
    assert editor.body.toPlainText() == ""
    saved(window, qtbot)
    story = editor.story()
    assert story is not None
    with Library.open(library_path) as library:
        assert library.get(story.id or 0).keywords == ("Quake hits eastern Turkey",)


def test_find_and_replace_replaces_one_then_all_and_the_story_is_saved_so(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Quake in Turkey")
    editor.body.setPlainText("The quake struck at dawn. A second QUAKE followed.")
    activate(qtbot, window)
    qtbot.keyClick(editor.body, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.replace_row.isVisible())
    qtbot.keyClicks(bar.field, "quake")
    assert bar.count.text() == "1 of 3"
    bar.replacement.setText("tremor")
    assert bar.replace_current()
    assert editor.headline.text() == "tremor in Turkey"
    assert bar.count.text() == "1 of 2"  # the next one, in the body, is selected
    assert bar.replace_all() == 2
    assert editor.body.toPlainText() == "The tremor struck at dawn. A second tremor followed."
    saved(window, qtbot)
    with Library.open(library_path) as library:
        kept = library.get(story_id)
    assert (kept.headline, kept.slug) == ("tremor in Turkey", "tremor-turkey")
    assert kept.body.count("tremor") == 2
    # Plain Find (Ctrl+F) shows no Replace row.
    window.commands.find.trigger()
    assert bar.isVisible() and not bar.replace_row.isVisible()


def test_zoom_scales_the_editor_and_the_preview_and_is_remembered(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    editor = window.editor
    editor.body.setPlainText("Talks resume in Geneva.")
    wait_idle(qtbot, window)
    body_size = editor.body.font().pointSizeF()
    lede_height = editor.lede.height()
    view_titles = menu_titles(window, window.commands.show_trash)
    assert {"Zoom &In", "Zoom &Out", "&Actual Size"} <= set(view_titles)
    activate(qtbot, window)
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    qtbot.keyClick(editor.body, Qt.Key.Key_Plus, CTRL)
    window.edit_commands.zoom_in.trigger()
    assert window.edit_commands.zoom == 2
    assert editor.body.font().pointSizeF() > body_size * 1.15
    assert editor.lede.height() > lede_height
    assert window.preview.zoom == 2
    wait_idle(qtbot, window)
    assert window.state.value(ZOOM_KEY) == "2"
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)

    again = make_window(library_path)
    assert again.edit_commands.zoom == 2 and again.preview.zoom == 2
    qtbot.keyClick(again.editor.body, Qt.Key.Key_0, CTRL)
    again.edit_commands.zoom_reset.trigger()
    assert again.edit_commands.zoom == 0
    assert again.state.value(ZOOM_KEY) == "0"


def test_the_language_is_shown_by_name_and_a_typed_code_still_works(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    combo = window.editor.language
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "English · en" in items and "Русский · ru" in items and "العربية · ar" in items
    assert combo.currentText() == "English · en"  # a new story's language, by name
    combo.setCurrentIndex(items.index("Русский · ru"))
    saved(window, qtbot)
    with Library.open(library_path) as library:
        assert library.get(story_id).language == "ru"
    combo.setEditText("ar")  # typing a code still works
    assert window.editor.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    saved(window, qtbot)
    with Library.open(library_path) as library:
        assert library.get(story_id).language == "ar"


def shown_from(combo: QComboBox) -> str:
    """The text of the field from the character at its left edge: what the editor reads."""
    line = combo.lineEdit()
    assert line is not None
    return line.text()[line.cursorPositionAt(QPoint(line.textMargins().left() + 3, 5)):]


def test_a_long_language_name_is_shown_from_its_start_not_as_its_tag(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """A label wider than the field ("English (United Kingdom) · en-GB") shows the name;
    a line edit left scrolled to its end would show "Kingdom) · en-GB" or the bare tag."""
    desk = open_desk(str(library_path), Preferences(agency_domain="example.org"))
    try:
        story = desk.editing.create("Council votes").story
        desk.editing.save(story.edited(language="en-GB"), explicit=True)
        assert story.id is not None
    finally:
        desk.close()
    window = make_window(library_path)
    window.resize(1024, 700)
    wait_idle(qtbot, window)
    combo = window.editor.language
    line = combo.lineEdit()
    assert line is not None
    assert combo.currentText() == "English (United Kingdom) · en-GB"
    assert line.fontMetrics().horizontalAdvance(combo.currentText()) > line.width()  # too wide
    assert shown_from(combo) == "English (United Kingdom) · en-GB"

    # Picked from the list: shown by its name too, and after the editor moves on.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    combo.showPopup()
    row = combo.findText("Português (Brasil) · pt-BR")
    assert row >= 0
    combo.view().setCurrentIndex(combo.model().index(row, 0))
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == "Português (Brasil) · pt-BR")
    assert shown_from(combo) == "Português (Brasil) · pt-BR"
    qtbot.keyClicks(line, "x")  # typing: the text follows the cursor, as in any field
    assert shown_from(combo) != "Português (Brasil) · pt-BRx"
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    window.editor.headline.setFocus()
    qtbot.waitUntil(lambda: not combo.hasFocus())
    assert shown_from(combo) == "Português (Brasil) · pt-BR"
    saved(window, qtbot)
    with Library.open(library_path) as library:
        assert library.get(story.id).language == "pt-BR"


def test_a_date_not_understood_is_shown_over_the_preview_and_its_border_leaves_with_the_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    first = new_story(qtbot, window)
    date = window.editor.dateline.date
    qtbot.keyClicks(window.editor.dateline.city, "Ankara")
    qtbot.keyClicks(date, "18 Nov 2008")
    wait_idle(qtbot, window)
    assert "November 18" in window.preview.fragment
    qtbot.keyClicks(date, "x")  # "18 Nov 2008x": not a date
    assert date.property("invalid") is True
    notice = window.preview.notice
    assert notice.isVisible()
    assert "18 Nov 2008x" in notice.text() and "18 Nov 2008" in notice.text()
    saved(window, qtbot)

    second = new_story(qtbot, window)
    assert second != first
    assert date.property("invalid") is False
    assert not window.preview.notice.isVisible()
    qtbot.keyClicks(date, "2008-11-19")
    assert date.property("invalid") is False
    window.desk.open_story(first)
    qtbot.waitUntil(lambda: window.session.story_id == first)
    assert date.property("invalid") is False and not window.preview.notice.isVisible()


def test_the_preview_scrolls_to_the_paragraph_being_edited(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    window.resize(1200, 700)
    editor = window.editor
    paragraphs = [
        f"Paragraph {n} tells the story of the talks in the {n}th way, at length, "
        + "with many more words about the ministers and what they said. " * 3
        for n in range(1, 41)
    ]
    qtbot.keyClicks(editor.headline, "Talks resume")
    editor.body.setPlainText("\n\n".join(paragraphs))
    wait_idle(qtbot, window)
    bar = window.preview.backend.widget().verticalScrollBar()  # type: ignore[attr-defined]
    assert bar.maximum() > 0 and bar.value() == 0
    activate(qtbot, window)
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    cursor = editor.body.textCursor()
    cursor.setPosition(editor.body.toPlainText().index("Paragraph 30 ") + 3)
    editor.body.setTextCursor(cursor)
    follower = window.edit_commands.follower
    qtbot.waitUntil(lambda: not follower.pending and bar.value() > 0)
    down = bar.value()
    assert down > bar.maximum() // 2
    cursor.setPosition(editor.body.toPlainText().index("Paragraph 5 ") + 3)
    editor.body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: not follower.pending and 0 < bar.value() < down)
    editor.headline.setFocus()
    qtbot.waitUntil(editor.headline.hasFocus)
    editor.headline.setCursorPosition(2)
    qtbot.waitUntil(lambda: not follower.pending and bar.value() == 0)
