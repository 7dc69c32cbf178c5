"""The window's language: English, or a language Editorial has messages for (Russian).

The `interface_language` preference chooses ("system", "en" or "ru"); "system" follows
the system locale (`QLocale.system()`: LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix). A
language without Editorial's messages means English throughout, never a mixture of
English with Qt's own buttons in another language.

Messages are written as Qt Linguist sources, `resources/translations/<lang>/*.ts`, one
per part of the window, and compiled into one `.qm` per language: at package time
(`packaging/editorial.spec` puts `editorial_<lang>.qm` beside the sources), or, run from
a source checkout or a plain pip install, on first need into the user's cache folder with
PySide6's `lrelease` (compiled again when a source is newer). No `lrelease`, or a source
it cannot read, means English and one line in the log, never a failed start.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editorial.app_log import logger
from editorial.ui.shell.resources import resource_path

ENGLISH = "en"
# The languages Editorial's messages exist for, besides English (the source language).
TRANSLATED = ("ru",)
CHOICES = ("system", ENGLISH, *TRANSLATED)
QT_CATALOG = "qtbase"  # Qt's own words: the standard buttons, the file dialog's
CATALOG = "editorial"
LRELEASE_TIMEOUT_S = 60


def language_for(preference: str, system: QLocale | None = None) -> str:
    """The language to show: the preference when it names one, else the system's first
    interface language Editorial speaks; English when it speaks none of them."""
    if preference in (ENGLISH, *TRANSLATED):
        return preference
    if preference != "system":
        logger.warning("unknown interface_language %r: following the system", preference)
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        language = name.replace("-", "_").split("_")[0].lower()
        if language == ENGLISH or language in TRANSLATED:
            return language
    return ENGLISH


def translation_sources(language: str) -> list[Path]:
    """The language's message sources, one per part of the window."""
    folder = resource_path(f"translations/{language}")
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def packaged_messages(language: str) -> Path:
    """Where an installer puts the compiled messages (beside the sources)."""
    return resource_path(f"translations/{CATALOG}_{language}.qm")


def cached_messages(language: str) -> Path:
    # The settings' cache folder, without loading the settings (`startup_settings.py`).
    from editorial.startup_settings import cache_dir

    return cache_dir() / "translations" / f"{CATALOG}_{language}.qm"


def find_lrelease() -> Path | None:
    """PySide6's lrelease (it ships in the wheel), else one on the PATH."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    beside = Path(PySide6.__file__).parent / name
    if beside.is_file():
        return beside
    for command in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        import shutil  # only to build a catalogue: not on the way to the first frame

        found = shutil.which(command)
        if found:
            return Path(found)
    return None


def compile_messages(sources: Sequence[Path], target: Path, lrelease: Path | None = None) -> None:
    """Compile the .ts sources into one .qm; OSError (with lrelease's complaint) when it
    cannot. Written through a temporary file: a failed run leaves no half a catalogue."""
    tool = lrelease or find_lrelease()
    if tool is None:
        raise OSError("lrelease was not found (it comes with PySide6)")
    import subprocess  # only to build a catalogue: not on the way to the first frame

    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    try:
        done = subprocess.run(
            [str(tool), "-silent", *map(str, sources), "-qm", str(temporary)],
            capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as error:
        raise OSError(f"lrelease took longer than {LRELEASE_TIMEOUT_S} s") from error
    complaint = (done.stderr or done.stdout).strip()
    if done.returncode != 0 or not temporary.is_file() or "error" in complaint.lower():
        temporary.unlink(missing_ok=True)
        raise OSError(f"lrelease failed: {complaint or f'exit status {done.returncode}'}")
    temporary.replace(target)


def _newest(paths: Iterable[Path]) -> float:
    return max((path.stat().st_mtime for path in paths), default=0.0)


def messages_file(language: str, report: bool = True) -> Path | None:
    """The compiled messages for this language: the installer's, else the cache's (built
    now when missing or older than a source). None when there are none, logged when
    `report`."""
    log = logger.warning if report else logger.debug
    packaged = packaged_messages(language)
    if packaged.is_file():
        return packaged
    sources = translation_sources(language)
    if not sources:
        log("no %s translation sources in %s", language, packaged.parent)
        return None
    cached = cached_messages(language)
    try:
        if not cached.is_file() or cached.stat().st_mtime < _newest(sources):
            compile_messages(sources, cached)
    except OSError as error:
        log("the %s translation could not be built, English instead: %s", language, error)
        return None
    return cached


class Translation:
    """The translators installed in the application for one language (none for English),
    so that they can be taken out again (tests, a language changed)."""

    def __init__(self, language: str, locale: QLocale) -> None:
        self.language = language
        self.locale = locale
        self.translators: list[QTranslator] = []

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install_translation(
    app: QCoreApplication, preference: str, system: QLocale | None = None
) -> Translation:
    """Install the messages of the language chosen by `preference` (see `language_for`)
    in `app`, and make the language's locale the default one, so the window's dates and
    numbers are written as its words are."""
    system = system if system is not None else QLocale.system()
    language = language_for(preference, system)
    translators: list[QTranslator] = []
    wanted = language
    own = _loaded(messages_file(language), app) if language != ENGLISH else None
    if own is not None:
        translators.append(own)
        from PySide6.QtCore import QLibraryInfo  # its class only for another language

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = _loaded(Path(qt_folder) / f"{QT_CATALOG}_{language}.qm", app)
        if qt_own is not None:
            translators.append(qt_own)
    else:
        language = ENGLISH
        # English needs a catalogue too, for its plurals: "%n story(s)" is "1 story".
        # A language that failed was said once already: this is not said again.
        plurals = _loaded(messages_file(ENGLISH, report=wanted == ENGLISH), app)
        if plurals is not None:
            translators.append(plurals)
    translation = Translation(language, _locale_for(language, system))
    translation.translators = translators
    for translator in translation.translators:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(translation.locale)
    logger.info("interface language: %s (%s)", translation.language, translation.locale.name())
    return translation


def _locale_for(language: str, system: QLocale) -> QLocale:
    """The system's own locale when it is in this language (its country's formats),
    else the language's usual one."""
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def _loaded(path: Path | None, parent: QCoreApplication) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator(parent)
    if not translator.load(str(path)):
        logger.warning("the translation %s could not be loaded: English instead", path)
        translator.deleteLater()
        return None
    return translator


def preferred_language() -> str:
    """The `interface_language` preference, read before the window is made."""
    from editorial.services.startup_preferences import startup_preference

    try:
        return startup_preference("interface_language")
    except Exception:  # a settings file that cannot be read: the system's
        return "system"
