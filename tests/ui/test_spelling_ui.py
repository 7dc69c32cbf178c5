"""Spelling in the window, as an editor meets it: red waves under misspellings in the
headline, lede and body, the right-click menu's suggestions, Add to Dictionary (kept in the
library, so still accepted after a restart) and Ignore, in the story's language."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QColor, QHelpEvent, QImage, QTextCharFormat
from PySide6.QtWidgets import QMenu, QToolTip
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field
from editorial.services.spelling import dictionary_providers
from editorial.storage.library import Library
from editorial.ui.checks_panel import dictionary_name
from editorial.ui.main_window import MainWindow
from editorial.ui.text_spans import Span, Utf16Map
from tests.ui.checks_helpers import (
    block_underlines,
    set_language,
    spelling_rows,
    wait_checked,
    wavy_red,
)
from tests.ui.conftest import WindowFactory
from tests.ui.test_main_window import new_story


def start(make_window: WindowFactory, library_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(library_path)
    new_story(qtbot, window)
    set_language(window, "en")
    return window


_menus: list[QMenu] = []  # kept alive while the test triggers their actions


def menu_actions(window: MainWindow, field: Field, position: int) -> dict[str, QAction]:
    menu = window.checks.menu_for(field, position)
    _menus.append(menu)
    return {action.text(): action for action in menu.actions() if action.text()}


def red_columns(image: QImage) -> list[int]:
    columns = []
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if colour.red() > 190 and colour.red() - colour.green() > 70 and colour.blue() < 150:
                columns.append(x)
                break
    return columns


def test_a_misspelt_word_typed_in_the_body_is_underlined_and_listed(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    qtbot.keyClicks(body, "The minister said the talks would resme next week.")
    wait_checked(qtbot, window)

    start_at = len("The minister said the talks would ")
    underlines = [u for u in block_underlines(body) if wavy_red(u[3])]
    assert [(block, first, length) for block, first, length, _ in underlines] == [
        (0, start_at, len("resme"))
    ]
    assert spelling_rows(window) == ["“resme” is not in the dictionary."]
    # Suggestions are left to the menu and the tooltip, which ask when shown.
    assert window.checks.result.findings[-1].suggestions == ()  # type: ignore[union-attr]
    assert "en_US" in window.checks_panel.status.text()


def test_typing_keeps_an_underline_on_its_word_until_the_next_check(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    body.setPlainText("Officials said teh talks failed.")
    wait_checked(qtbot, window)
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "Turkish ")  # before the word: the underline moves with it
    qtbot.wait(1)
    spans = window.checks.fields[Field.BODY].spans
    assert [(s.start, s.end) for s in spans] == [
        (len("Turkish Officials said "), len("Turkish Officials said teh"))
    ]
    if window.checks.runner.busy:  # the next check has not answered yet: drawn where it moved
        assert [(u[1], u[2]) for u in block_underlines(body) if wavy_red(u[3])] == [
            (len("Turkish Officials said "), 3)
        ]
    wait_checked(qtbot, window)
    assert [(u[1], u[2]) for u in block_underlines(body) if wavy_red(u[3])] == [
        (len("Turkish Officials said "), 3)
    ]


def test_a_suggestion_from_the_menu_replaces_the_word_and_undoes(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    body.setPlainText("Talks will resme in Ankara.")
    wait_checked(qtbot, window)

    actions = menu_actions(window, Field.BODY, len("Talks will re"))
    assert "resume" in actions
    assert any(text.startswith("Add “resme” to Dictionary") for text in actions)
    assert any(text.startswith("Ignore “resme”") for text in actions)
    assert "Copy" in " ".join(actions)  # the field's own menu is still there, below
    actions["resume"].trigger()
    assert body.toPlainText() == "Talks will resume in Ankara."
    qtbot.waitUntil(lambda: window.editor.story().body == "Talks will resume in Ankara.")  # type: ignore[union-attr]
    wait_checked(qtbot, window)
    assert spelling_rows(window) == []
    assert not [u for u in block_underlines(body) if wavy_red(u[3])]

    body.undo()
    assert body.toPlainText() == "Talks will resme in Ankara."


def test_a_suggestion_for_the_headline_replaces_in_the_headline(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    headline = window.editor.headline
    qtbot.keyClicks(headline, "Talks to resme in Ankara")
    wait_checked(qtbot, window)
    underlines = window.checks.fields[Field.HEADLINE]
    assert [(s.start, s.end) for s in underlines.spans if s.is_spelling] == [(9, 14)]

    # What the line edit draws: red pixels under "resme" and nowhere else.
    window.resize(1400, 860)
    image = headline.grab().toImage()
    columns = red_columns(image)
    assert columns, "no red underline drawn under the headline"
    metrics = headline.fontMetrics()
    word_left = metrics.horizontalAdvance("Talks to ")
    word_right = metrics.horizontalAdvance("Talks to resme")
    assert word_left - 2 <= min(columns) and max(columns) <= word_right + 12
    assert max(columns) - min(columns) >= metrics.horizontalAdvance("resme") - 4

    actions = menu_actions(window, Field.HEADLINE, 11)
    actions["resume"].trigger()
    assert headline.text() == "Talks to resume in Ankara"
    assert window.editor.slug.text() == "talks-resume-ankara"  # an edit like typing
    wait_checked(qtbot, window)
    assert not [s for s in underlines.spans if s.is_spelling]
    headline.undo()
    assert headline.text() == "Talks to resme in Ankara"


def test_add_to_dictionary_keeps_the_word_in_the_library_across_restarts(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body, lede = window.editor.body, window.editor.lede
    qtbot.keyClicks(lede, "Gazprombank said on Monday.")
    body.setPlainText("Gazprombank shares rose.\n\nAnalysts at Gazprombank agreed.")
    wait_checked(qtbot, window)
    assert len([u for u in block_underlines(body) if wavy_red(u[3])]) == 2
    assert len([u for u in block_underlines(lede) if wavy_red(u[3])]) == 1

    menu_actions(window, Field.BODY, 3)["Add “Gazprombank” to Dictionary"].trigger()
    # Gone at once, everywhere, before the library has even answered.
    assert not [u for u in block_underlines(body) if wavy_red(u[3])]
    assert not [u for u in block_underlines(lede) if wavy_red(u[3])]
    wait_checked(qtbot, window)
    assert spelling_rows(window) == []
    story_id = window.session.story_id
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    with Library.open(library_path) as library:
        assert "Gazprombank" in library.dictionary.words("en")
        assert library.get(story_id).body.startswith("Gazprombank")  # type: ignore[arg-type]

    again = make_window(library_path)
    qtbot.waitUntil(lambda: again.session.story_id == story_id)
    wait_checked(qtbot, again)
    assert spelling_rows(again) == []
    assert not [u for u in block_underlines(again.editor.body) if wavy_red(u[3])]


def test_ignore_accepts_the_word_for_the_session_only(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    window.editor.body.setPlainText("Medvedchuk spoke on Monday.")
    wait_checked(qtbot, window)
    assert spelling_rows(window) == ["“Medvedchuk” is not in the dictionary."]
    menu_actions(window, Field.BODY, 2)["Ignore “Medvedchuk”"].trigger()
    wait_checked(qtbot, window)
    assert spelling_rows(window) == []
    qtbot.keyClicks(window.editor.lede, "Medvedchuk spoke again.")
    wait_checked(qtbot, window)
    assert spelling_rows(window) == []
    with Library.open(library_path) as library:
        assert "Medvedchuk" not in library.dictionary.words("en")


def test_a_russian_story_is_checked_with_the_russian_dictionary(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    set_language(window, "ru")
    window.editor.body.setPlainText("Министр обороны призвал к перговорам.")
    result = wait_checked(qtbot, window)
    assert result.dictionary == "ru_RU"
    assert spelling_rows(window) == ["“перговорам” is not in the dictionary."]
    underlines = [u for u in block_underlines(window.editor.body) if wavy_red(u[3])]
    assert [(u[1], u[2]) for u in underlines] == [(len("Министр обороны призвал к "), 10)]
    actions = menu_actions(window, Field.BODY, len("Министр обороны призвал к п"))
    assert "переговорам" in actions
    assert "Russian (ru_RU)" in window.checks_panel.status.text()

    # The same words under English: every Cyrillic word is unknown to en_US.
    set_language(window, "en")
    wait_checked(qtbot, window)
    assert len(spelling_rows(window)) == 4


def test_a_language_without_a_dictionary_says_so_in_the_panel(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    set_language(window, "tlh")
    window.editor.body.setPlainText("nuqneH. Qapla' teh teh.")
    result = wait_checked(qtbot, window)
    assert result.dictionary == ""
    panel = window.checks_panel
    assert panel.notice.isVisible()
    assert "No spelling dictionary is installed for language 'tlh'" in panel.notice.text()
    assert spelling_rows(window) == []
    assert "No spelling" in panel.status.text()
    # The other checks still run: the doubled word is found.
    assert "structure.doubled-word" in {f.code for f in result.findings}
    set_language(window, "en")
    wait_checked(qtbot, window)
    assert not panel.notice.isVisible()


def test_emoji_before_a_misspelt_word_underline_the_right_characters(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    body.setPlainText("Fans 🎉🇹🇷 cheered teh team.\n\n👍 Officals agreed.")
    wait_checked(qtbot, window)
    underlines = [u for u in block_underlines(body) if wavy_red(u[3])]
    # Qt counts UTF-16 units: 🎉 is two, 🇹🇷 is four.
    assert [(u[0], u[1], u[2]) for u in underlines] == [
        (0, len("Fans ") + 2 + 4 + len(" cheered "), 3),
        (2, 2 + 1, len("Officals")),
    ]
    first_block = body.document().findBlockByNumber(0).text()
    units = Utf16Map(first_block)
    start_at = units.from_utf16(underlines[0][1])
    assert first_block[start_at : units.from_utf16(underlines[0][1] + 3)] == "teh"

    # Clicking the row selects exactly the word.
    panel = window.checks_panel
    row = next(i for i, f in enumerate(panel.model.findings) if f.message.startswith("“Officals”"))
    panel.finding_activated.emit(panel.model.findings[row])
    assert body.textCursor().selectedText() == "Officals"

    headline = window.editor.headline
    headline.insert("🎉 Fans cheer teh team")  # as typed (QTest cannot type emoji)
    wait_checked(qtbot, window)
    spans = [s for s in window.checks.fields[Field.HEADLINE].spans if s.is_spelling]
    assert [(s.start, s.end) for s in spans] == [
        (len("🎉 Fans cheer ") + 1, len("🎉 Fans cheer teh") + 1)
    ]
    actions = menu_actions(window, Field.HEADLINE, spans[0].start + 1)
    actions["the"].trigger()
    assert headline.text() == "🎉 Fans cheer the team"


def test_house_style_findings_are_underlined_in_blue_with_the_fix_in_the_menu(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    body.setPlainText("The minister stated that talks would resume.")
    wait_checked(qtbot, window)
    styled = [
        u
        for u in block_underlines(body)
        if u[3].underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        and u[3].underlineColor().blue() > 150
    ]
    assert [(u[1], u[2]) for u in styled] == [(len("The minister "), len("stated"))]
    actions = menu_actions(window, Field.BODY, len("The minister st"))
    assert "Attribute with “said”: “stated” is stiff and not neutral." in actions
    actions["Replace with “said”"].trigger()
    assert body.toPlainText() == "The minister said that talks would resume."


def test_a_misspelling_checked_without_suggestions_gets_them_on_right_click(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    window.editor.body.setPlainText("Talks will resme soon.")
    wait_checked(qtbot, window)
    body = window.checks.fields[Field.BODY]
    bare = [Span(s.start, s.end, replace(s.finding, suggestions=())) for s in body.spans]
    body.set_spans(bare)  # as a check that leaves suggestions to the menu would
    actions = menu_actions(window, Field.BODY, len("Talks will re"))
    assert "resume" in actions
    actions["resume"].trigger()
    assert window.editor.body.toPlainText() == "Talks will resume soon."


def test_hovering_an_underlined_word_says_what_is_wrong(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = start(make_window, library_path, qtbot)
    body = window.editor.body
    window.resize(1400, 860)
    body.setPlainText("Talks will resme soon.")
    wait_checked(qtbot, window)
    cursor = body.textCursor()
    cursor.setPosition(len("Talks will re"))
    point = body.cursorRect(cursor).center()
    area = body.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, area.mapToGlobal(point))
    assert window.checks.eventFilter(area, event)
    assert QToolTip.text().startswith("Warning: “resme” is not in the dictionary.")
    assert "Suggested: resume" in QToolTip.text() or "resume" in QToolTip.text()
    QToolTip.hideText()
    cursor.setPosition(2)
    point = body.cursorRect(cursor).center()
    plain = QHelpEvent(QEvent.Type.ToolTip, point, area.mapToGlobal(point))
    assert not window.checks.eventFilter(area, plain)  # no underline: the field's own


def test_the_status_names_the_engine_only_when_it_is_not_hunspell(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    assert dictionary_name("en_US", "hunspell") == "English (en_US)"
    assert dictionary_name("en_GB", "aspell") == "English (en_GB, Aspell)"
    assert dictionary_name("xx_YY", "nuspell") == "xx_YY, Nuspell"

    window = start(make_window, library_path, qtbot)
    qtbot.keyClicks(window.editor.body, "The talks will resume.")
    wait_checked(qtbot, window)
    assert "Spelling: English (en_US)" in window.checks_panel.status.text()
    if dictionary_providers().get("en_GB") != "aspell":
        message = "aspell-en is not installed (tests/run.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        return  # the first half above stands without Aspell
    set_language(window, "en-GB")
    wait_checked(qtbot, window)
    assert "Spelling: English (en_GB, Aspell)" in window.checks_panel.status.text()
