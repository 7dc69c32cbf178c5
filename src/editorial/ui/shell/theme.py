"""Light and dark: every colour the window draws with, chosen by the palette.

The theme follows the application palette (the desktop's, or a dark or light one set
here when the `theme` preference asks for it, as Picard does), so a widget never needs
to know the setting: it asks `current_theme()` and repaints on a palette change. The
style sheet (`resources/styles/editorial.qss`) and the preview's CSS (`preview.css`)
name their colours (`@note-bg`, `var(--page-bg)`) and get this theme's values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from editorial.ui.shell.resources import APP_STYLE_SHEET, PREVIEW_CSS, resource_text

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

THEME_CHOICES = ("system", "light", "dark")
_QSS_TOKEN = re.compile(r"@([a-z][a-z0-9-]*)")
_CSS_VARIABLE = re.compile(r"var\(--([a-z][a-z0-9-]*)\)")

_LIGHT: dict[str, str] = {
    "dateline": "#5b4a1f",
    "invalid": "#c0392b",
    "note-bg": "#fff6d6",
    "note-text": "#1f1e1c",
    "note-border": "#c9a227",
    "note-label": "#7a600a",
    "info-bg": "#e8f0fb",
    "info-border": "#9db7dc",
    "warning-bg": "#fff4d6",
    "warning-border": "#e0b84c",
    "error-bg": "#fde7e4",
    "error-border": "#d9786a",
    "banner-text": "#2b2b2b",
    "alert": "#b03a2e",
    "trashed-bg": "#f1f1f1",
    "trashed-text": "#5f5f5f",
    "find-match": "#ffe08a",
    "spelling": "#d62f2f",
    "style": "#2f6fd6",
    "severity-error": "#c0392b",
    "severity-warning": "#b87a00",
    "severity-info": "#4a78b5",
    "mark-glyph": "#ffffff",
    "muted": "#5f6368",
    "ins-text": "#1c5a2a",
    "ins-bg": "#dcf1dc",
    "del-text": "#8a1c1c",
    "del-bg": "#fbe0dd",
    "passage-bg": "#fbe6a2",
    "passage-text": "#1f1e1c",
    "quote-bar": "#e0b43c",
    "detached": "#b3261e",
    # Publishing: the state of a delivery (a dot and its word), the status-bar light
    "state-queued": "#5a6470",
    "state-sending": "#1f5fa8",
    "state-delivered": "#2e7d32",
    "state-retrying": "#9a5b00",
    "state-failed": "#c62828",
    "state-canceled": "#6f6f6f",
    "list-selected-bg": "#dde8f6",
    "list-selected-text": "#1a1a1a",
    "list-separator": "#e4e4e4",
    # The preview's page (preview.css)
    "page-bg": "#fffdf8",
    "page-text": "#1f1e1c",
    "page-strong": "#111111",
    "page-heading": "#222222",
    "page-muted": "#6b675f",
    "page-quote": "#3d3a35",
    "page-link": "#1d4f91",
    "page-code-bg": "#f1eee6",
    "page-rule": "#d9d4c7",
    "image-bg": "#ecebe6",
    "image-text": "#5f5c55",
}

_DARK: dict[str, str] = {
    "dateline": "#e8cc86",
    "invalid": "#ff6b5b",
    "note-bg": "#3a3322",
    "note-text": "#f3ecd6",
    "note-border": "#a8862a",
    "note-label": "#e3c668",
    "info-bg": "#1f2f44",
    "info-border": "#3d5f8c",
    "warning-bg": "#3f3519",
    "warning-border": "#8c7030",
    "error-bg": "#48241f",
    "error-border": "#a04a3e",
    "banner-text": "#ece8e1",
    "alert": "#ff8a7a",
    "trashed-bg": "#2e2e2e",
    "trashed-text": "#a8a8a8",
    "find-match": "#7a6220",
    "spelling": "#ff6b6b",
    "style": "#79a8ff",
    "severity-error": "#ff6b5b",
    "severity-warning": "#f0b030",
    "severity-info": "#79a8ff",
    "mark-glyph": "#1f1f22",
    "muted": "#a8a8a8",
    "ins-text": "#bdf2c6",
    "ins-bg": "#1d4a28",
    "del-text": "#ffc9c2",
    "del-bg": "#5a231d",
    "passage-bg": "#5a4a18",
    "passage-text": "#f7efd6",
    "quote-bar": "#e0b43c",
    "detached": "#ff8a80",
    "state-queued": "#aab4c0",
    "state-sending": "#8ab4f8",
    "state-delivered": "#7bd88f",
    "state-retrying": "#f0b030",
    "state-failed": "#ff7b6b",
    "state-canceled": "#a8a8a8",
    "list-selected-bg": "#2d4263",
    "list-selected-text": "#f0f0f0",
    "list-separator": "#3a3a3a",
    "page-bg": "#1f2023",
    "page-text": "#e4e2dc",
    "page-strong": "#f5f3ee",
    "page-heading": "#ecebe6",
    "page-muted": "#a9a49a",
    "page-quote": "#cfcac0",
    "page-link": "#8ab4f8",
    "page-code-bg": "#2c2d31",
    "page-rule": "#4a4842",
    "image-bg": "#3a3b3f",
    "image-text": "#c4c1b9",
}


class Theme:
    """A theme's name and colours: one object per theme, equal and hashed by identity,
    never changed. A plain class (as a dataclass, its methods' code was compiled as the
    window started: some 3 M instructions of a cold start)."""

    __slots__ = ("colours", "name")

    def __init__(self, name: str, colours: Mapping[str, str]) -> None:
        self.name: Final = name
        self.colours: Final = colours

    def __repr__(self) -> str:
        return f"Theme({self.name!r})"

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def hex(self, key: str) -> str:
        return self.colours[key]

    def colour(self, key: str) -> QColor:
        return QColor(self.colours[key])


LIGHT = Theme("light", MappingProxyType(_LIGHT))
DARK = Theme("dark", MappingProxyType(_DARK))
assert _LIGHT.keys() == _DARK.keys(), "both themes name the same colours"


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(palette: QPalette) -> Theme:
    return DARK if is_dark_palette(palette) else LIGHT


def current_theme() -> Theme:
    """The theme of the application's palette (light before there is an application)."""
    if QGuiApplication.instance() is None:
        return LIGHT
    return theme_for(QGuiApplication.palette())


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (the one Picard and Krita set)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in (
        (role.Window, "#2b2b2e"),
        (role.WindowText, "#e8e6e3"),
        (role.Base, "#1f1f22"),
        (role.AlternateBase, "#2f2f33"),
        (role.ToolTipBase, "#3a3a3e"),
        (role.ToolTipText, "#e8e6e3"),
        (role.PlaceholderText, "#9a9893"),
        (role.Text, "#e8e6e3"),
        (role.Button, "#35353a"),
        (role.ButtonText, "#e8e6e3"),
        (role.BrightText, "#ff6b5b"),
        (role.Light, "#45454b"),
        (role.Midlight, "#3a3a3f"),
        (role.Mid, "#7a7872"),
        (role.Dark, "#1a1a1c"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.LinkVisited, "#c58af9"),
    ):
        p.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7f7d79"))
    return p


def light_palette() -> QPalette:
    return QApplication.style().standardPalette() if QApplication.instance() else QPalette()


@cache
def style_sheet(theme: Theme) -> str:
    """The application's style sheet with this theme's colours."""
    return _QSS_TOKEN.sub(lambda m: theme.colours[m.group(1)], resource_text(APP_STYLE_SHEET))


@cache
def preview_css(theme: Theme, css: str) -> str:
    """The preview's CSS with its `var(--name)` colours resolved for Qt's rich text, which
    knows no CSS variables (a web engine backend could take a `:root` block instead)."""
    return _CSS_VARIABLE.sub(lambda m: theme.colours[m.group(1)], css)


class ThemeApplier(QObject):
    """Keeps the application's palette and style sheet in step with the preference and,
    when that says "system", with the desktop's palette: whoever changes the palette
    (the desktop, the platform theme), the style sheet follows it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        self.theme = theme_for(app.palette())
        # A copy already (`palette()` returns one): QPalette(palette) would try its overload
        # QPalette(Qt.GlobalColor) first, which makes all of Qt's enums (see qt_ints.py).
        self._system_palette = app.palette()
        # Read when the choice first leaves "system" (`apply`), not here: touching the
        # style makes QStyle's enums, which a start in the desktop's colours does without.
        self._system_style = ""
        # Qt's signal, not an event filter on the application: that would run Python for
        # every event of every object, from the first frame on (some 1,500 while the
        # window is built). Qt emits it exactly where it sends ApplicationPaletteChange.
        app.paletteChanged.connect(self._palette_changed)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def apply(self, choice: str) -> Theme:
        choice = choice if choice in THEME_CHOICES else "system"
        app = self.app
        if self.choice == "system" and choice != "system":
            self._system_palette = app.palette()  # a copy, as in __init__
            self._system_style = app.style().name()
        if choice in ("dark", "light"):
            app.setStyle("Fusion")  # a style that draws with any palette it is given
            app.setPalette(dark_palette() if choice == "dark" else light_palette())
        elif self.choice != "system":
            app.setStyle(self._system_style)
            app.setPalette(self._system_palette)
        self.choice = choice
        return self.refresh()

    def refresh(self) -> Theme:
        """The style sheet of the palette's theme."""
        self.theme = theme_for(self.app.palette())
        sheet = style_sheet(self.theme)
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)
        return self.theme

    def _palette_changed(self, _palette: QPalette) -> None:
        if theme_for(self.app.palette()) != self.theme:
            QTimer.singleShot(0, self.refresh)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt  # not imported before the first frame: see qt_ints.py

        dark_desktop = self.choice == "system" and scheme is Qt.ColorScheme.Dark
        if dark_desktop and not is_dark_palette(self.app.palette()):
            # A dark desktop whose platform theme gives Qt no dark palette.
            self.app.setPalette(dark_palette())
        self.refresh()


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def page_css() -> str:
    """The preview's CSS (`resources/preview.css`) in the window's theme."""
    return preview_css(current_theme(), resource_text(PREVIEW_CSS))


def marked(kind: str, text: str) -> str:
    """`text` (already escaped) as the word diff marks it: kind "ins" or "del"."""
    theme = current_theme()
    return (
        f'<span style="color:{theme.hex(kind + "-text")};'
        f'background:{theme.hex(kind + "-bg")}">{text}</span>'
    )


def apply_theme_preference() -> None:
    """The `theme` preference as stored now, applied to the running application."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme_applier(app).apply(preferred_theme())


_appliers: dict[int, ThemeApplier] = {}


def theme_applier(app: QApplication) -> ThemeApplier:
    """The one keeper of the application's theme (made on first need)."""
    key = id(app)
    if key not in _appliers:
        _appliers.clear()
        _appliers[key] = ThemeApplier(app)
    return _appliers[key]


def preferred_theme() -> str:
    """The `theme` preference, read before the window paints (a small JSON file)."""
    from editorial.services.startup_preferences import startup_preference

    try:
        return startup_preference("theme")
    except Exception:  # a settings file that cannot be read: the desktop's colours
        return "system"
