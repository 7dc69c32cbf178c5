"""The window speaks English and Russian through Qt's translation tools.

Every user-visible string in src/editorial/ui is translatable (an AST scan), every message
lupdate extracts has a finished Russian translation whose placeholders match, the window
renders in Russian, and the language follows the preference or the system locale (in a
real child process with a real ru_RU.UTF-8 locale).

PENDING: ui files whose strings other helpers are still wrapping and translating, each
into its own resources/translations/ru/<part>.ts. The lead empties it after merging them;
the scan and the completeness test then hold for every file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from editorial.settings import OPTIONS, Preferences, save_preferences
from editorial.ui.shell import translations
from editorial.ui.shell.translations import (
    ENGLISH,
    Translation,
    compile_messages,
    find_lrelease,
    install_translation,
    language_for,
    preferred_language,
)
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story
from tests.ui.ui_strings import scan_file, scan_source

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "editorial" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PENDING: frozenset[str] = frozenset()
RUSSIAN = "ru"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
SIZE = (1024, 700)


def ui_files() -> list[Path]:
    """The ui modules the tests hold to the rule: all but the PENDING ones (any new
    file is held at once)."""
    return [
        path for path in sorted(UI.rglob("*.py")) if path.relative_to(UI).as_posix() not in PENDING
    ]


# (a) Every user-visible string is translatable


def test_no_untranslatable_string_in_the_window() -> None:
    findings = [str(finding) for path in ui_files() for finding in scan_file(path)]
    assert not findings, "\n".join(findings)


def test_pending_names_only_files_that_exist() -> None:
    missing = sorted(name for name in PENDING if not (UI / name).is_file())
    assert not missing, f"PENDING names files that are gone: {missing}"


@pytest.mark.parametrize(
    "source",
    [
        'self.button.setText("Approve")',
        'QLabel("Sort by", self)',
        'action = QAction("&Save", window)',
        'menu_bar.addMenu("&File")',
        'self.field.setPlaceholderText(f"Search {name}")',
        'self.label.setToolTip("Saved " + when)',
        'QMessageBox.warning(self, "Changes not saved", text)',
        'QInputDialog.getText(self, self.tr("Save Search"), "Name:")',
        'QFileDialog.getOpenFileNames(self, "Import Stories", folder, "ninjs (*.json)")',
        'self._notices.say(f"Welcome, {name}")',
        'self.tr(f"Saved {headline}")',
        'window.tr("&Help")',
        'TITLE = "Kill Story"\nbox.setWindowTitle(TITLE)',
        'NOTE = QT_TRANSLATE_NOOP("Ctx", "Note")\nlabel.setText(NOTE)',
        "class M:\n    def headerData(self, s, o, r):\n        return ('When', 'Who')[s]",
        "COLUMNS = ('When', 'Who')\ndef headerData(self, s, o, r):\n    return COLUMNS[s]",
    ],
)
def test_the_scan_finds_untranslatable_text(source: str) -> None:
    assert scan_source(source, Path("example.py")), source


@pytest.mark.parametrize(
    "source",
    [
        'self.button.setText(self.tr("Approve"))',
        'self.label.setText(self.tr("Saved {headline}").format(headline=h))',
        'QCoreApplication.translate("Ctx", "Approve")',
        'NOTE = QT_TRANSLATE_NOOP("Ctx", "Note")\nlabel.setText(self.tr(NOTE))',
        'self.setObjectName("storyList")',
        'self.setStyleSheet("QLabel { color: red; }")',
        'action.setShortcut(QKeySequence("Ctrl+Shift+F"))',
        'action = QAction(QIcon.fromTheme("document-save"), self.tr("Save"), self)',
        'self.label.setText(f"{count} · {when}")',
        "self.label.setText(story.headline)",
        'self.setWindowTitle("Editorial")',
        'QFileDialog.getSaveFileName(self, self.tr("Export"), str(folder), "HTML (*.html)")',
        'logger.warning("the lane stopped: %s", error)',
        'self.tr("%n story(s)", "", count)',
    ],
)
def test_the_scan_leaves_real_code_alone(source: str) -> None:
    assert not scan_source(source, Path("example.py")), source


# (b) and (c) Every message has a finished Russian translation, placeholders kept


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def catalogue(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the message element, over every part's .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for ts in sorted((TRANSLATIONS / language).glob("*.ts")):
        for context, message in messages(ts):
            found[(context, message.findtext("source", ""))] = message
    return found


def marked_core_files() -> list[Path]:
    """The Qt-free modules whose messages the window shows translated: each marks them
    with `QT_TRANSLATE_NOOP` (the domain's checks and refusals, the formats' reasons for
    leaving a pasted line out)."""
    core = UI.parent
    return [
        path
        for path in sorted(core.rglob("*.py"))
        if UI not in path.parents and "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
        and path.name != "translatable.py"
    ]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, ET.Element]]:
    """What pyside6-lupdate extracts from the ui files held to the rule and from the
    core's marked messages."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path_factory.mktemp("lupdate") / "all.ts"
    files = [*ui_files(), *marked_core_files()]
    done = subprocess.run(
        [str(lupdate), *map(str, files), "-ts", str(ts), "-target-language", "ru_RU",
         "-no-obsolete", "-locations", "none", "-silent"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = list(messages(ts))
    assert len(found) > 150  # the window's texts were found at all
    contexts = {context for context, _message in found}
    assert {"Checks", "Workflow", "RemovedCopy"} <= contexts  # and the core's marked ones
    return found


def translation_problems(message: ET.Element | None, forms: int) -> str:
    if message is None:
        return "no translation"
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return "unfinished"
    if message.get("numerus") == "yes":
        texts = [form.text or "" for form in translation.iter("numerusform")]
        if len(texts) != forms or not all(text.strip() for text in texts):
            return f"needs {forms} plural forms, has {texts}"
    elif not (translation.text or "").strip():
        return "empty"
    return ""


def test_every_message_has_a_finished_russian_translation(
    extracted: list[tuple[str, ET.Element]],
) -> None:
    russian = catalogue(RUSSIAN)
    problems = []
    for context, message in extracted:
        source = message.findtext("source", "")
        problem = translation_problems(russian.get((context, source)), forms=3)
        if problem:
            problems.append(f"{context}: {source!r}: {problem}")
    assert not problems, f"{len(problems)} messages:\n" + "\n".join(problems)


def test_every_plural_has_its_english_forms(extracted: list[tuple[str, ET.Element]]) -> None:
    """Qt writes "%n story(s)" as it is unless English's catalogue gives its two forms."""
    english = catalogue(ENGLISH)
    problems = []
    for context, message in extracted:
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source", "")
        problem = translation_problems(english.get((context, source)), forms=2)
        if problem:
            problems.append(f"{context}: {source!r}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", [RUSSIAN, ENGLISH])
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    problems = []
    for (context, source), message in catalogue(language).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        texts = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        # Each placeholder at least once (a sentence may name a repeated one only once).
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_russian_sources_compile(tmp_path: Path) -> None:
    target = tmp_path / "editorial_ru.qm"
    compile_messages(sorted((TRANSLATIONS / RUSSIAN).glob("*.ts")), target)
    assert target.stat().st_size > 1000


# The loader


def system_locale(name: str) -> QLocale:
    return QLocale(name)


@pytest.mark.parametrize(
    ("preference", "system", "language"),
    [
        ("ru", "en_US", RUSSIAN),
        ("en", "ru_RU", ENGLISH),
        ("system", "ru_RU", RUSSIAN),
        ("system", "ru_UA", RUSSIAN),
        ("system", "en_GB", ENGLISH),
        ("system", "de_DE", ENGLISH),  # no German: English, not a mixture
        ("klingon", "ru_RU", RUSSIAN),  # an unknown value follows the system
    ],
)
def test_the_language_comes_from_the_preference_then_the_system(
    preference: str, system: str, language: str
) -> None:
    assert language_for(preference, QLocale(system)) == language


def test_the_preference_is_declared_with_its_default() -> None:
    assert OPTIONS["interface_language"].default == "system"
    assert preferred_language() == "system"
    save_preferences(Preferences().with_values({"interface_language": "ru"}))
    assert preferred_language() == "ru"


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[list[Translation]]:
    """Translations a test installs are taken out again, and the default locale reset."""
    installed: list[Translation] = []
    default = QLocale()
    yield installed
    for translation in installed:
        translation.remove()
    QLocale.setDefault(default)


def test_russian_is_installed_with_qts_own_words(
    qapp: QApplication, restore_language: list[Translation]
) -> None:
    translation = install_translation(qapp, "ru", QLocale("en_US"))
    restore_language.append(translation)
    assert translation.language == RUSSIAN
    assert QCoreApplication.translate("WindowActions", "&File") == "&Файл"
    assert QLocale().language() == QLocale.Language.Russian
    if find_qt_russian():
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    translation.remove()
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"


def find_qt_russian() -> bool:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return (folder / "qtbase_ru.qm").is_file()


def test_qt_ships_its_russian_buttons() -> None:
    """The bundle keeps qtbase_ru.qm (packaging/editorial.spec): it must be there to keep."""
    assert find_qt_russian()


def test_the_messages_are_built_on_first_need_and_again_when_a_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "shell.ts"
    source.write_bytes((TRANSLATIONS / RUSSIAN / "shell.ts").read_bytes())
    monkeypatch.setattr(translations, "translation_sources", lambda _language: [source])
    monkeypatch.setattr(translations, "packaged_messages", lambda _l: tmp_path / "none.qm")
    built = translations.messages_file(RUSSIAN)
    assert built is not None and built.is_file()
    assert built.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))
    first = built.stat().st_mtime_ns
    assert translations.messages_file(RUSSIAN) == built
    assert built.stat().st_mtime_ns == first  # not built again while the source is older
    later = first / 1e9 + 10
    os.utime(source, (later, later))
    translations.messages_file(RUSSIAN)
    assert built.stat().st_mtime_ns != first


def test_a_packaged_catalogue_is_used_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "editorial_ru.qm"
    compile_messages([TRANSLATIONS / RUSSIAN / "shell.ts"], packaged)
    monkeypatch.setattr(translations, "packaged_messages", lambda _l: packaged)
    monkeypatch.setattr(translations, "find_lrelease", lambda: None)  # none in a bundle
    assert translations.messages_file(RUSSIAN) == packaged


@pytest.mark.parametrize("failure", ["no lrelease", "broken source"])
def test_a_catalogue_that_cannot_be_built_means_english_and_one_log_line(
    failure: str,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    restore_language: list[Translation],
) -> None:
    source = tmp_path / "shell.ts"
    source.write_text("<TS version='2.1' language='ru_RU'><context><name>X</name><message>")
    if failure == "no lrelease":
        source.write_bytes((TRANSLATIONS / RUSSIAN / "shell.ts").read_bytes())
        monkeypatch.setattr(translations, "find_lrelease", lambda: None)
    real_sources = translations.translation_sources
    monkeypatch.setattr(
        translations,
        "translation_sources",
        lambda language: [source] if language == RUSSIAN else real_sources(language),
    )
    monkeypatch.setattr(translations, "packaged_messages", lambda _l: tmp_path / "none.qm")
    with caplog.at_level(logging.WARNING, logger="editorial"):
        translation = install_translation(qapp, "ru")
    restore_language.append(translation)
    assert translation.language == ENGLISH
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    from editorial.app_log import logger  # how it stood, should the record not reach caplog

    seen = (logger.propagate, logger.handlers, logger.level, logging.getLogger().handlers)
    assert len(warnings) == 1, ([r.getMessage() for r in warnings], seen)
    assert "English instead" in warnings[0].getMessage()
    assert find_lrelease() is not None or failure == "no lrelease"


# (e) The system's locale, in a real process

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication
    from editorial.ui.shell.translations import install_translation, preferred_language

    app = QApplication([])
    translation = install_translation(app, preferred_language())
    print(json.dumps({
        "language": translation.language,
        "file_menu": QCoreApplication.translate("WindowActions", "&File"),
        "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "locale": QLocale().name(),
        "system": QLocale.system().name(),
    }))
    """
)


def run_child(locale_name: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "LANG")) and key != "LANGUAGE"
    }
    env.update(LANG=locale_name, LC_ALL=locale_name, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def available_locales() -> str:
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return listed.stdout.lower().replace("utf-8", "utf8")


@pytest.mark.parametrize("locale_name", ["ru_RU.UTF-8", "en_US.UTF-8", "de_DE.UTF-8"])
def test_the_window_follows_the_system_locale(locale_name: str) -> None:
    if locale_name.lower().replace("utf-8", "utf8") not in available_locales():
        if os.environ.get("CI"):
            pytest.fail(f"{locale_name} is not generated (tests/run.sh generates it as root)")
        pytest.skip(f"{locale_name} is not generated (tests/run.sh generates it as root)")
    answer = run_child(locale_name)
    assert answer["system"] == locale_name.split(".")[0]
    if locale_name.startswith("ru"):
        assert answer == answer | {"language": "ru", "file_menu": "&Файл", "locale": "ru_RU"}
        assert answer["cancel"] == "Отмена"
    else:
        # English throughout: Qt's own buttons too, even where Qt has German ones.
        assert answer == answer | {"language": "en", "file_menu": "&File", "cancel": "Cancel"}
        assert answer["locale"].startswith("en")


# (d) The window in Russian


def test_the_window_in_russian(
    qapp: QApplication,
    make_window: WindowFactory,
    library_path: Path,
    qtbot: QtBot,
    restore_language: list[Translation],
) -> None:
    save_preferences(Preferences().with_values({"interface_language": "ru"}))
    restore_language.append(install_translation(qapp, preferred_language()))
    window = make_window(library_path)
    window.resize(*SIZE)
    new_story(qtbot, window)
    window.editor.headline.insert("Россия призвала возобновить переговоры")  # keyClicks: ASCII
    wait_idle(qtbot, window)
    assert window.status.headline.text().startswith("Заголовок ")
    assert window.list_panel.heading.text() == "Материалы"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:5] == ["&Файл", "&Правка", "&Материал", "&Выпуск", "&Вид"], menus
    assert menus[-1] == "&Справка"
    tabs = window.list_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Материалы", "Выпуск", "Поиск"]
    side = window.side_tabs
    assert [side.tabText(i) for i in range(side.count())][:2] == ["Проверки", "История"]
    # Russian is longer: every menu title and tab is shown whole at 1024×700.
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.actionGeometry(action).right() < window.width(), action.text()
    for tab_widget in (tabs, side):
        tab_bar = tab_widget.tabBar()
        for index in range(tab_widget.count()):
            wanted = tab_bar.fontMetrics().horizontalAdvance(tab_widget.tabText(index))
            assert tab_bar.tabRect(index).width() >= wanted, tab_widget.tabText(index)
    file_menu = bar.actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Новый материал" in [action.text() for action in file_menu.actions()]
    picture = artifacts_dir() / "main-window-russian-1024x700.png"
    assert window.grab().save(str(picture))


def test_choosing_the_language_in_preferences_says_it_applies_at_the_next_start(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    from tests.ui.test_preferences import open_preferences

    window = make_window(library_path)
    dialog = open_preferences(qtbot, window)
    choice = dialog.editors["interface_language"]
    titles = [choice.itemText(i) for i in range(choice.count())]  # type: ignore[attr-defined]
    assert titles == ["The system's", "English", "Русский"]
    dialog.choose("interface_language", "ru")
    dialog.accept()
    qtbot.waitUntil(lambda: "starts again" in window.statusBar().currentMessage(), timeout=10_000)
    assert preferred_language() == "ru"
    # This window stays English until then: no half-translated window.
    assert window.menuBar().actions()[0].text() == "&File"
