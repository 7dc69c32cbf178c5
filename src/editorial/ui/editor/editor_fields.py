"""The story editor's field labels (each field's declared title, in the window's
language) and its multi-line fields sized to a number of lines of their font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from editorial.domain.story import story_field as _field
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.editor.paste_hook_edit import PasteHookTextEdit

FRAME_PX = 14  # a text box's frame and margins beyond its lines of text

# Each field's label is its declared title (`domain/story.py`), in the window's language.
_TITLES = {
    "headline": QT_TRANSLATE_NOOP("StoryEditor", "Headline"),
    "slug": QT_TRANSLATE_NOOP("StoryEditor", "Slug"),
    "language": QT_TRANSLATE_NOOP("StoryEditor", "Language"),
    "dateline": QT_TRANSLATE_NOOP("StoryEditor", "Dateline"),
    "lede": QT_TRANSLATE_NOOP("StoryEditor", "Lede"),
    "keywords": QT_TRANSLATE_NOOP("StoryEditor", "Keywords"),
    "subjects": QT_TRANSLATE_NOOP("StoryEditor", "Subjects"),
    "embargo": QT_TRANSLATE_NOOP("StoryEditor", "Embargo"),
    "urgency": QT_TRANSLATE_NOOP("StoryEditor", "Urgency"),
    "note": QT_TRANSLATE_NOOP("StoryEditor", "Editorial note"),
}


def field_title(name: str) -> str:
    title = _TITLES.get(name) or _field(name).title  # marked above, or the option's own
    return QCoreApplication.translate("StoryEditor", title)


def note_label() -> str:
    return QCoreApplication.translate("StoryEditor", "{note}\n(never published)").format(
        note=field_title("note")
    )


def plain_edit(parent: QWidget, lines: int, accessible: str, placeholder: str) -> PasteHookTextEdit:
    edit = PasteHookTextEdit(parent)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    fit_lines(edit, edit.font(), lines)
    return edit


def fit_lines(widget: QWidget, font: QFont, lines: int) -> None:
    """Make `widget` exactly `lines` lines of `font` high (kept when the font changes)."""
    widget.setFixedHeight(QFontMetrics(font).lineSpacing() * lines + FRAME_PX)
