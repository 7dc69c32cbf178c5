"""Edit ▸ Preferences (pages of the declared options) and Story ▸ Staff…."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from editorial import settings as settings_module
from editorial.domain.byline import Byline
from editorial.settings import OPTIONS, config_dir
from editorial.storage.library import Library
from editorial.ui.dialogs.first_run_dialog import FirstRunDialog
from editorial.ui.dialogs.library_location_field import LibraryLocationField
from editorial.ui.dialogs.preferences_dialog import PreferencesDialog
from editorial.ui.dialogs.settings_editors import DictionaryList
from editorial.ui.dialogs.staff_dialog import StaffDialog
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ru"


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.commands.preferences.trigger()
    qtbot.waitUntil(lambda: window.tools.preferences_dialog is not None, timeout=10_000)
    dialog = window.tools.preferences_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def make_dialog(**given: object) -> PreferencesDialog:
    values = {key: option.default for key, option in OPTIONS.items()}
    values.update(given.pop("values", {}))  # type: ignore[call-overload]
    return PreferencesDialog(
        values,
        choices={"house_style": [("agency", "Agency"), ("ap", "AP")]},
        descriptions={"house_style": {"ap": "CITY, State (AP) —"}},
        suggestions={"default_language": ["en", "ru"]},
        dictionaries=["en_GB", "en_US", "ru_RU"],
        default_library="/data/library.sqlite",
        **given,  # type: ignore[arg-type]
    )


def test_the_settings_have_pages_and_a_widget_per_option_of_its_type(qapp: object) -> None:
    dialog = make_dialog()
    titles = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert titles == ["Identity", "House style", "Spelling", "Library", "Saving", "Appearance"]
    assert set(dialog.editors) == set(OPTIONS)  # every declared option is on a page
    assert dialog.page_of["initials"] == dialog.page_of["editor_name"] == 0
    assert dialog.page_of["autosave_seconds"] == 4
    assert isinstance(dialog.editors["headline_limit"], QSpinBox)
    assert isinstance(dialog.editors["agency_domain"], QLineEdit)
    assert isinstance(dialog.editors["spelling_languages"], DictionaryList)
    assert isinstance(dialog.editors["library_location"], LibraryLocationField)
    style = dialog.editors["house_style"]
    assert isinstance(style, QComboBox) and not style.isEditable()
    assert [style.itemText(i) for i in range(style.count())] == ["Agency", "AP"]
    language = dialog.editors["interface_language"]
    assert isinstance(language, QComboBox)
    assert [language.itemData(i) for i in range(language.count())] == ["system", "en", "ru"]
    assert [language.itemText(i) for i in range(1, 3)] == ["English", "Русский"]
    assert dialog.values() == {key: option.default for key, option in OPTIONS.items()}
    dialog.choose("house_style", "ap")
    dialog.choose("headline_limit", 65)
    dialog.choose("default_language", "ru")
    dialog.choose("spelling_languages", "en_GB")
    dialog.choose("autosave_seconds", 4.0)
    dialog.choose("editor_font_size", 15)
    dialog.choose("interface_language", "ru")
    assert dialog.hints["house_style"].text() == "CITY, State (AP) —"
    changed = dialog.values()
    assert (changed["house_style"], changed["headline_limit"]) == ("ap", 65)
    assert changed["default_language"] == "ru" and changed["spelling_languages"] == "en_GB"
    assert (changed["autosave_seconds"], changed["editor_font_size"]) == (4.0, 15)
    assert changed["interface_language"] == "ru"
    assert all(isinstance(changed[k], option.type) for k, option in OPTIONS.items())
    dialog.deleteLater()


def test_the_dictionaries_are_ticked_in_the_lists_order_and_none_is_lost(qapp: object) -> None:
    dialog = make_dialog(values={"spelling_languages": "ru_RU,de_CH"})
    dictionaries = dialog.editors["spelling_languages"]
    assert isinstance(dictionaries, DictionaryList)
    shown = [dictionaries.item(i).text() for i in range(dictionaries.count())]
    assert shown[0] == "English, GB (en_GB)" and shown[-1].endswith("(de_CH)")
    assert dialog.values()["spelling_languages"] == "ru_RU,de_CH"  # not installed: kept
    dictionaries.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.values()["spelling_languages"] == "en_GB,ru_RU,de_CH"
    dialog.deleteLater()


def test_a_database_urls_password_is_never_shown_and_is_kept(qapp: object) -> None:
    url = "postgresql+psycopg://desk:s3cret@db.example:5432/newsroom"
    dialog = make_dialog(values={"library_location": url})
    field = dialog.editors["library_location"]
    assert isinstance(field, LibraryLocationField)
    assert field.on_server.isChecked() and not field.path.isEnabled()
    assert "s3cret" not in field.url.text() and "desk:•••@db.example" in field.url.text()
    assert dialog.values()["library_location"] == url  # the mask kept: the password too
    field.url.setText(field.url.text().replace("newsroom", "wire"))
    assert dialog.values()["library_location"] == url.replace("newsroom", "wire")
    field.on_file.setChecked(True)
    assert field.path.isEnabled() and field.browse.isEnabled() and not field.url.isEnabled()
    assert field.path.placeholderText() == "/data/library.sqlite"
    assert dialog.values()["library_location"] == ""  # the default file
    field.path.setText("/srv/desk/wire.sqlite")
    assert dialog.values()["library_location"] == "/srv/desk/wire.sqlite"
    dialog.deleteLater()


def test_options_the_administrator_locked_are_greyed_and_say_why(qapp: object) -> None:
    dialog = make_dialog(locked={"house_style", "library_location"})
    for key in ("house_style", "library_location"):
        assert not dialog.editors[key].isEnabled() and not dialog.labels[key].isEnabled()
        assert "administrator" in dialog.editors[key].toolTip()
        assert "administrator" in dialog.labels[key].toolTip()
    assert dialog.editors["editor_name"].isEnabled()
    assert dialog.editors["editor_name"].toolTip() == ""
    assert "house_style" not in dialog.values() and "library_location" not in dialog.values()
    dialog.deleteLater()


def test_every_page_is_reachable_by_keyboard_and_every_field_named(
    qapp: object, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.page_list.setFocus()
    for page in range(1, dialog.page_list.count()):
        qtbot.keyClick(dialog.page_list, Qt.Key.Key_Down)
        assert dialog.pages.currentIndex() == page
    for key, editor in dialog.editors.items():
        assert editor.accessibleName(), key
        label = dialog.labels[key]
        assert label.buddy() is editor or key == "library_location", key
        focusable = [editor, *editor.findChildren(QWidget)]
        assert any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable), key
    # Tab goes from the list of pages into the page shown, field by field.
    dialog.page_list.setCurrentRow(0)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.page_list.setFocus()
    for key in ("editor_name", "initials"):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.editors[key]
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_page_fits_a_small_screen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """At 1024×700 (in Russian too, whose words are longer), each page fits without
    clipping: the dialog asks for no more than the screen has."""
    translator = QTranslator()
    if language == "ru":
        compiled = tmp_path / "settings.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), str(TRANSLATIONS / "settings.ts"), "-qm", str(compiled)],
                       check=True, capture_output=True)  # fmt: skip
        assert translator.load(str(compiled))
        qapp.installTranslator(translator)
    try:
        dialog = make_dialog(locked={"library_location"})
        qtbot.addWidget(dialog)
        if language == "ru":
            assert dialog.windowTitle() == "Настройки"
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 700))
        for page in range(dialog.page_list.count()):
            dialog.page_list.setCurrentRow(page)
            qapp.processEvents()
            content = dialog.pages.currentWidget()
            assert isinstance(content, QScrollArea)
            inner = content.widget()
            assert inner is not None
            assert inner.minimumSizeHint().width() <= content.viewport().width() + 1, page
            assert not content.horizontalScrollBar().isVisible(), page
            picture = artifacts_dir() / f"settings-{language}-{page}.png"
            assert dialog.grab().save(str(picture))
        dialog.reject()
        setup = FirstRunDialog(
            suggested_name="", styles=[("agency", "Agency", "CITY, Month day (Agency) -")],
            style="agency", location="", default_library="/home/anna/library.sqlite",
        )  # fmt: skip
        qtbot.addWidget(setup)
        setup.show()
        qtbot.waitExposed(setup)
        hint = setup.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        assert setup.width() <= 1024 and setup.height() <= 700
        assert setup.grab().save(str(artifacts_dir() / f"first-start-{language}.png"))
        setup.reject()
    finally:
        qapp.removeTranslator(translator)


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


def test_the_autosave_delay_and_the_story_font_take_effect_when_saved(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    editor, session = window.editor, window.session
    assert session.autosave_ms == 1500
    dialog = open_preferences(qtbot, window)
    dialog.choose("autosave_seconds", 4.0)
    family = next(f for f in QFontDatabase.families() if f != editor.body.font().family())
    dialog.choose("editor_font", family)
    dialog.choose("editor_font_size", 17)
    lede_height = editor.lede.height()
    dialog.accept()
    qtbot.waitUntil(lambda: session.autosave_ms == 4000, timeout=10_000)
    assert editor.body.font().family() == family and editor.body.font().pointSizeF() == 17
    assert editor.lede.font().pointSizeF() == 17 and editor.note.font().family() == family
    assert editor.headline.font().pointSizeF() == 17 * 1.25
    assert editor.lede.height() > lede_height  # its lines still fit
    # An edit waits the new delay: not saved after the old one, saved after the new.
    wait_idle(qtbot, window)
    editor.body.setPlainText("Typed once.")
    qtbot.wait(2200)
    assert session.state is SaveState.UNSAVED
    qtbot.waitUntil(lambda: session.state is SaveState.SAVED, timeout=10_000)
    stored = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert (stored["autosave_seconds"], stored["editor_font_size"]) == (4.0, 17)


def test_options_locked_for_the_machine_are_greyed_in_the_window(
    make_window: WindowFactory,
    library_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('locked = ["house_style"]\n[preferences]\nhouse_style = "ap"\n')
    monkeypatch.setattr(settings_module, "machine_settings",
                        lambda: settings_module.read_system_settings(config))  # fmt: skip
    window = make_window(library_path)
    dialog = open_preferences(qtbot, window)
    style = dialog.editors["house_style"]
    assert isinstance(style, QComboBox) and style.currentData() == "ap"
    assert not style.isEnabled() and "administrator" in style.toolTip()
    dialog.choose("headline_limit", 70)
    dialog.accept()
    qtbot.waitUntil(lambda: window.tools.preferences_dialog is None)
    wait_idle(qtbot, window)
    assert window.controllers is not None
    kept = window.controllers.services.preferences.current()
    assert (kept.house_style, kept.headline_limit) == ("ap", 70)


def test_a_preferred_dictionary_rechecks_the_open_story_at_once(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    from editorial.services.spelling import installed_dictionaries

    if "en_GB" not in installed_dictionaries():
        pytest.skip("no en_GB dictionary installed (Debian: aspell-en or hunspell-en-gb)")
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Sea returns")
    window.editor.body.setPlainText("The colour of the sea changed.")

    def misspelt() -> set[str]:
        model = window.checks_panel.model
        found = (model.finding_at(row) for row in range(model.rowCount()))
        return {f.message for f in found if f is not None and f.code == "spelling"}

    qtbot.waitUntil(lambda: any("colour" in m for m in misspelt()), timeout=15_000)
    dialog = open_preferences(qtbot, window)
    dialog.choose("spelling_languages", "en_GB")
    dialog.accept()
    qtbot.waitUntil(lambda: not misspelt(), timeout=15_000)  # no edit needed


def test_an_option_no_page_names_is_shown_on_an_other_page(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editorial import settings
    from editorial.ui.dialogs import preferences_dialog, settings_pages

    extra = settings.Option("wire_retries", int, 3, "Retries of a wire push")
    options = {**OPTIONS, extra.key: extra}
    monkeypatch.setattr(settings_pages, "OPTIONS", options)
    monkeypatch.setattr(preferences_dialog, "OPTIONS", options)
    assert settings_pages.pages()[-1].keys == ("wire_retries",)
    dialog = PreferencesDialog({})
    assert dialog.page_list.item(dialog.page_list.count() - 1).text() == "Other"
    assert dialog.labels["wire_retries"].text() == "Retries of a wire push"
    assert dialog.values()["wire_retries"] == 3
    dialog.deleteLater()


def test_browse_picks_the_library_file(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def pick(_parent: object, _title: str, start: str, *_: object, **__: object) -> tuple[str, str]:
        asked.append(start)
        return "/srv/desk/wire.sqlite", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    dialog = make_dialog()
    field = dialog.editors["library_location"]
    assert isinstance(field, LibraryLocationField)
    field.browse.click()
    assert asked == ["/data/library.sqlite"]  # starts at the default library
    assert dialog.values()["library_location"] == "/srv/desk/wire.sqlite"
    dialog.deleteLater()
