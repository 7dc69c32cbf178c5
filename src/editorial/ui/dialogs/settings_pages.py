"""Which options each page of the settings shows, with the label and the note each
option has there. The options themselves are declared once, in `editorial.settings`;
an option no page names is still shown, on the last page ("Other"), so a new option is
never left out of the dialog.

The texts are kept in English here and translated when shown (context
`PreferencesDialog`): a module's constants are made before any translator is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtCore

from editorial.settings import OPTIONS

# PySide6 types it as returning object; it returns the text, which lupdate collects.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Page:
    name: str  # the object name, for tests and styles
    title: str
    keys: tuple[str, ...]
    note: str = ""


PAGES: tuple[Page, ...] = (
    Page("identity", QT_TRANSLATE_NOOP("PreferencesDialog", "Identity"),
         ("editor_name", "initials"),
         QT_TRANSLATE_NOOP("PreferencesDialog",
                           "Your name signs the stories you start and names you in each "
                           "story's history. Until it is set, new stories have no byline "
                           "and the checks say so.")),
    Page("house_style", QT_TRANSLATE_NOOP("PreferencesDialog", "House style"),
         ("house_style", "dateline_source", "default_language", "headline_limit",
          "agency_domain")),
    Page("spelling", QT_TRANSLATE_NOOP("PreferencesDialog", "Spelling"),
         ("spelling_languages",),
         QT_TRANSLATE_NOOP("PreferencesDialog",
                           "A story is checked in its own language. Tick the dictionary "
                           "to use where a language has several (British or American "
                           "English); with none ticked, the usual one is used.")),
    Page("library", QT_TRANSLATE_NOOP("PreferencesDialog", "Library"),
         ("library_location",),
         QT_TRANSLATE_NOOP("PreferencesDialog",
                           "Where your stories are kept. Another library opens at once, "
                           "in place of this one; what you typed is saved in the library "
                           "you leave.")),
    Page("saving", QT_TRANSLATE_NOOP("PreferencesDialog", "Saving"),
         ("autosave_seconds",),
         QT_TRANSLATE_NOOP("PreferencesDialog",
                           "Every change is saved this soon after you make it, however "
                           "fast you keep typing: a crash never costs more.")),
    Page("appearance", QT_TRANSLATE_NOOP("PreferencesDialog", "Appearance"),
         ("theme", "interface_language", "editor_font", "editor_font_size")),
)  # fmt: skip
OTHER = Page("other", QT_TRANSLATE_NOOP("PreferencesDialog", "Other"), ())

LABELS = {
    "editor_name": QT_TRANSLATE_NOOP("PreferencesDialog", "Your &name:"),
    "initials": QT_TRANSLATE_NOOP("PreferencesDialog", "&Initials:"),
    "house_style": QT_TRANSLATE_NOOP("PreferencesDialog", "House &style:"),
    "dateline_source": QT_TRANSLATE_NOOP("PreferencesDialog", "&Agency in datelines:"),
    "default_language": QT_TRANSLATE_NOOP("PreferencesDialog", "&Language of new stories:"),
    "headline_limit": QT_TRANSLATE_NOOP("PreferencesDialog", "Longest &headline:"),
    "agency_domain": QT_TRANSLATE_NOOP("PreferencesDialog", "Agency &domain (story URIs):"),
    "spelling_languages": QT_TRANSLATE_NOOP("PreferencesDialog", "&Dictionaries:"),
    "library_location": QT_TRANSLATE_NOOP("PreferencesDialog", "The library is:"),
    "autosave_seconds": QT_TRANSLATE_NOOP("PreferencesDialog", "&Autosave after:"),
    "theme": QT_TRANSLATE_NOOP("PreferencesDialog", "&Colours:"),
    "interface_language": QT_TRANSLATE_NOOP("PreferencesDialog", "&Window language:"),
    "editor_font": QT_TRANSLATE_NOOP("PreferencesDialog", "Story &font:"),
    "editor_font_size": QT_TRANSLATE_NOOP("PreferencesDialog", "Font si&ze:"),
}
NOTES = {
    "initials": QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "Empty: made from your name (Anna Ivanova: AI)."),
    "interface_language": QT_TRANSLATE_NOOP("PreferencesDialog",
                                            "Takes effect the next time Editorial starts."),
    "headline_limit": QT_TRANSLATE_NOOP("PreferencesDialog", "In characters."),
}  # fmt: skip
# What the administrator's lock says, on every locked option.
LOCKED_TIP = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "Set by your administrator for everyone on this computer (the system-wide settings); "
    "it cannot be changed here.",
)


def pages() -> tuple[Page, ...]:
    """The pages in order, with an "Other" page for options no page names."""
    named = {key for page in PAGES for key in page.keys}
    rest = tuple(key for key in OPTIONS if key not in named)
    shown = tuple(
        Page(page.name, page.title, tuple(k for k in page.keys if k in OPTIONS), page.note)
        for page in PAGES
    )
    return (*shown, Page(OTHER.name, OTHER.title, rest)) if rest else shown
