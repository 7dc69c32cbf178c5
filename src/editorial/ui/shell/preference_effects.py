"""The preferences the window itself puts in effect, at once when they change: the
autosave delay (`autosave_seconds`) and the font of the story's text fields
(`editor_font`, `editor_font_size`). The checks, the renderer and new stories read
theirs from the preferences service as they run; the theme has its own applier.

The story's text keeps the proportions the editor gives it: the body a little larger
than the lede and the note, the headline larger still and semi-bold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from editorial.domain.changes import DeskChanges
    from editorial.services.preferences import PreferencesService
    from editorial.settings import Preferences
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.shell.change_bus import ChangeBus

APPLIED = frozenset({"autosave_seconds", "editor_font", "editor_font_size"})
BODY_SCALE = 1.15
HEADLINE_SCALE = 1.25
SMALLEST_POINTS = 6
FRAME = 14  # a few-line field's height beyond its lines (as the editor makes it)


def editor_fonts(family: str, points: int, base: QFont) -> dict[str, QFont]:
    """The font of each text field for these preferences ("" and 0: the system's)."""
    size = float(max(points, SMALLEST_POINTS)) if points > 0 else base.pointSizeF()
    plain = QFont(base)
    if family:
        plain.setFamilies([family])
    text = QFont(plain)
    text.setPointSizeF(size)
    body = QFont(plain)
    body.setPointSizeF(size if points > 0 else size * BODY_SCALE)
    headline = QFont(plain)
    headline.setPointSizeF(size * HEADLINE_SCALE)
    headline.setWeight(QFont.Weight.DemiBold)
    return {"headline": headline, "body": body, "lede": text, "note": text}


class PreferenceEffects(QObject):
    def __init__(
        self,
        preferences: PreferencesService,
        session: StorySession,
        editor: StoryEditor,
        bus: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._session = session
        self._editor = editor
        self.apply(preferences.current())
        bus.changed.connect(self.changes_published)

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if changes.preferences & APPLIED:
            self.apply(self._preferences.current())

    def apply(self, preferences: Preferences) -> None:
        self._session.autosave_ms = preferences.autosave_ms
        fonts = editor_fonts(
            preferences.editor_font, preferences.editor_font_size, QApplication.font()
        )
        for name, font in fonts.items():
            field = getattr(self._editor, name)
            fixed = field.minimumHeight() == field.maximumHeight()
            lines = 0
            if fixed:  # the lede and the note are a few lines high: as many lines again
                spacing = QFontMetrics(field.font()).lineSpacing()
                lines = max(1, round((field.maximumHeight() - FRAME) / spacing))
            field.setFont(font)
            if fixed:
                field.setFixedHeight(QFontMetrics(font).lineSpacing() * lines + FRAME)
