"""Edit ▸ Preferences… (generated from the declared options) and Story ▸ Staff…."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.settings import OPTIONS, config_dir
from editorial.storage.library import Library
from editorial.ui.dialogs.preferences_dialog import PreferencesDialog
from editorial.ui.dialogs.staff_dialog import StaffDialog
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.commands.preferences.trigger()
    qtbot.waitUntil(lambda: window.tools.preferences_dialog is not None, timeout=10_000)
    dialog = window.tools.preferences_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def labels(dialog: PreferencesDialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    found = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            found.append(widget.text())
    return found


def test_the_dialog_has_a_row_per_option_with_a_widget_of_its_type(qapp: object) -> None:
    values = {key: option.default for key, option in OPTIONS.items()}
    dialog = PreferencesDialog(
        values,
        choices={"house_style": [("agency", "Agency"), ("ap", "AP")]},
        descriptions={"house_style": {"ap": "CITY, State (AP) —"}},
        suggestions={"default_language": ["en", "ru"]},
    )
    assert labels(dialog) == [option.title for option in OPTIONS.values()]
    assert isinstance(dialog.editors["headline_limit"], QSpinBox)
    assert isinstance(dialog.editors["agency_domain"], QLineEdit)
    style = dialog.editors["house_style"]
    assert isinstance(style, QComboBox) and not style.isEditable()
    assert [style.itemText(i) for i in range(style.count())] == ["Agency", "AP"]
    assert dialog.values() == values
    dialog.choose("house_style", "ap")
    dialog.choose("headline_limit", 65)
    dialog.choose("default_language", "ru")
    assert dialog.hints["house_style"].text() == "CITY, State (AP) —"
    changed = dialog.values()
    assert (changed["house_style"], changed["headline_limit"]) == ("ap", 65)
    assert changed["default_language"] == "ru"
    assert all(isinstance(changed[k], option.type) for k, option in OPTIONS.items())
    dialog.deleteLater()


def test_choosing_ap_style_rewrites_the_dateline_and_is_kept(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    fields = window.editor.dateline
    qtbot.keyClicks(window.editor.headline, "Talks resume")
    qtbot.keyClicks(fields.city, "Ankara")
    qtbot.keyClicks(fields.country, "Turkey")
    qtbot.keyClicks(fields.date, "18 Nov 2008")
    fields.source.clear()
    qtbot.keyClicks(fields.source, "AP")
    window.editor.body.setPlainText("Talks resumed.")
    wait_idle(qtbot, window)
    assert fields.reading.text() == "ANKARA, November 18 (AP) -"

    dialog = open_preferences(qtbot, window)
    style = dialog.editors["house_style"]
    assert isinstance(style, QComboBox)
    titles = [style.itemText(i) for i in range(style.count())]
    assert {"AP", "Reuters"} <= set(titles)
    assert style.currentData() == "agency"
    dialog.choose("house_style", "ap")
    dialog.choose("headline_limit", 60)
    dialog.accept()
    qtbot.waitUntil(lambda: fields.reading.text() == "ANKARA, Turkey (AP) —", timeout=10_000)
    wait_idle(qtbot, window)
    assert "ANKARA, Turkey (AP) —" in window.preview.fragment
    assert window.status.headline.text() == "Headline 12/60"
    qtbot.waitUntil(lambda: window.tools.preferences_dialog is None)

    stored = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert (stored["house_style"], stored["headline_limit"]) == ("ap", 60)

    # Cancel keeps what was there.
    dialog = open_preferences(qtbot, window)
    assert dialog.editors["house_style"].currentData() == "ap"  # type: ignore[attr-defined]
    dialog.choose("house_style", "reuters")
    dialog.reject()
    wait_idle(qtbot, window)
    assert fields.reading.text() == "ANKARA, Turkey (AP) —"


def test_the_staff_dialog_adds_and_removes_people(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    assert window.commands.staff.isEnabled()
    window.commands.staff.trigger()
    dialog = window.tools.staff_dialog
    assert isinstance(dialog, StaffDialog)
    qtbot.waitUntil(lambda: dialog.status.text() == "0 people")
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    for name, role in (("John Smith", ""), ("Anna Ivanova", "Moscow")):
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.role, role)
        dialog.add_button.click()
        qtbot.waitUntil(lambda name=name: name in dialog.names())  # type: ignore[misc]
    assert dialog.names() == ["Anna Ivanova", "John Smith"]
    assert dialog.people.item(0).text() == "Anna Ivanova / Moscow"  # type: ignore[union-attr]
    dialog.people.item(1).setSelected(True)  # type: ignore[union-attr]
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.names() == ["Anna Ivanova"])
    assert dialog.status.text() == "John Smith removed"
    dialog.reject()
    qtbot.waitUntil(lambda: window.tools.staff_dialog is None)
    wait_idle(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed)
    with Library.open(library_path) as library:
        assert library.staff.all() == [Byline("Anna Ivanova", "Moscow")]
