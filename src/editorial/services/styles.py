"""The house styles an editor can choose: the bundled ones, with the files in the user's
`house_styles` config folder laid over them (same name: merged; new name: a new style).

This is where the style files are found and read; parsing them is
`editorial.formats.house_style_toml`, the rules for laying one over another are
`editorial.domain.house_style_catalog`. A catalog is built once (three small files and
the editor's: a few milliseconds, about 40 with the imports): when the window's desk
opens, or when a command first needs it. It is immutable; a reload when the preferences
are opened builds a new one and swaps it in whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from editorial.config_files import read_config_text
from editorial.domain.dateline_grammar import DatelineGrammar
from editorial.domain.house_style import HouseStyle
from editorial.domain.house_style_catalog import HouseStyleCatalog
from editorial.domain.house_style_model import HouseStyleError
from editorial.services.resources import resource
from editorial.settings import Preferences, config_dir

DEFAULT_STYLE_KEY = "agency"
# The agencies' dateline grammars, beside the house styles (`docs/datelines.md`).
GRAMMARS_FILE = "dateline_grammars.toml"
_SUFFIX = ".toml"

StyleText = tuple[str, str, str]  # key, text, where it came from


def user_styles_dir() -> Path:
    return config_dir() / "house_styles"


def bundled_style_text(key: str) -> str:
    """The bundled TOML of a style, for an editor to copy into their folder and edit."""
    return resource("house_styles", f"{key}{_SUFFIX}").read_text(encoding="utf-8")


def bundled_style_texts() -> list[StyleText | HouseStyleError]:
    """The bundled style files (they ship with the program: reading one fails only on a
    broken install, which is reported like a bad user file)."""
    folder = resource("house_styles")
    found: list[StyleText | HouseStyleError] = []
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.endswith(_SUFFIX):
            try:
                found.append((item.name[: -len(_SUFFIX)], item.read_text("utf-8"), item.name))
            except (OSError, UnicodeDecodeError) as error:
                found.append(HouseStyleError(item.name, _unreadable(error)))
    return found


def user_style_texts(folder: Path | None) -> list[StyleText | HouseStyleError]:
    """The editor's style files, by name; one that cannot be read is an error in the list
    (the others still load). A missing folder has none."""
    if folder is None:
        return []
    try:
        paths = sorted(folder.glob(f"*{_SUFFIX}")) if folder.is_dir() else []
    except OSError as error:
        return [HouseStyleError(str(folder), _unreadable(error))]
    found: list[StyleText | HouseStyleError] = []
    for path in paths:
        try:
            found.append((path.stem, read_config_text(path), str(path)))
        except (OSError, UnicodeDecodeError) as error:
            found.append(HouseStyleError(str(path), _unreadable(error)))
    return found


def _unreadable(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text ({error.reason} at byte {error.start})"
    return f"cannot be read: {error.strerror or error}"


def load_house_styles(
    override_dir: Path | None = None, *, default_key: str = DEFAULT_STYLE_KEY
) -> HouseStyleCatalog:
    """The bundled styles, with the editor's files from `override_dir` laid over them,
    each knowing the agencies' declared datelines. Never raises for a bad file: each is
    in the catalog's `problems`."""
    from editorial.formats.dateline_grammar_toml import grammars_from_text
    from editorial.formats.house_style_toml import catalog_from_texts

    bundled = bundled_style_texts()
    grammars: tuple[DatelineGrammar, ...] = ()
    try:
        text = resource(GRAMMARS_FILE).read_text(encoding="utf-8")
        grammars = grammars_from_text(text, GRAMMARS_FILE)
    except (OSError, UnicodeDecodeError) as error:
        bundled.append(HouseStyleError(GRAMMARS_FILE, _unreadable(error)))
    except HouseStyleError as error:
        bundled.append(error)
    return catalog_from_texts(
        bundled, user_style_texts(override_dir), default_key=default_key, grammars=grammars
    )


@lru_cache(maxsize=1)
def bundled_catalog() -> HouseStyleCatalog:
    """The bundled styles alone, read once per process (for tests and benchmarks)."""
    return load_house_styles(None)


class StyleBook:
    """The desk's house styles: one immutable catalog, read by any thread (`catalog` is
    one attribute read once it is built) and replaced whole by `reload`.

    Built when the book is made, unless `lazy`: then on first use, under a lock, so two
    threads never build it twice nor see half of it. The window's desk builds it at once
    on the database lane (the GUI thread formats datelines with it on every keystroke and
    must never be the one to read files); the command line builds it only when a command
    formats or checks (`editorial list` does neither).
    """

    def __init__(
        self,
        override_dir: Path | None = None,
        *,
        catalog: HouseStyleCatalog | None = None,
        lazy: bool = False,
        report: Callable[[HouseStyleError], None] | None = None,
    ) -> None:
        """`report` hears of each file skipped whenever the files are read (the command
        line prints a warning line for each)."""
        self._override_dir = override_dir if override_dir is not None else user_styles_dir()
        self._lock = threading.Lock()
        self._report = report
        self._catalog = catalog
        if catalog is None and not lazy:
            self._catalog = self._load()

    def _load(self) -> HouseStyleCatalog:
        catalog = load_house_styles(self._override_dir)
        if self._report is not None:
            for problem in catalog.problems:
                self._report(problem)
        return catalog

    @property
    def catalog(self) -> HouseStyleCatalog:
        catalog = self._catalog
        if catalog is None:
            with self._lock:
                if self._catalog is None:
                    self._catalog = self._load()
                catalog = self._catalog
        return catalog

    @property
    def folder(self) -> Path:
        return self._override_dir

    def reload(self) -> HouseStyleCatalog:
        """Read the files again (off the GUI thread) and swap the new catalog in."""
        with self._lock:  # two reloads at once: the later one's catalog stays
            catalog = self._load()
            self._catalog = catalog
        return catalog

    def chosen(self, preferences: Preferences) -> HouseStyle:
        return self.catalog.get(preferences.house_style)
