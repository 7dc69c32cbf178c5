"""The middle of the window: the story editor with its find bar, or, when no story is
open, a short note on what to do instead of a form full of empty fields.

The window's first frame shows only the note ("Opening the library…"): the editor, its
find bar, the lock banner and the panel of removed lines are built the first time any
of them is asked for (`complete`), after that frame is painted, with their modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.shell.qt_ints import ALIGN_CENTER

if TYPE_CHECKING:
    from editorial.ui.editor.editor_scroll import EditorScroll
    from editorial.ui.editor.find_bar import FindBar
    from editorial.ui.editor.lock_banner import LockBanner
    from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
    from editorial.ui.editor.story_editor import StoryEditor

NO_STORY = QT_TRANSLATE_NOOP(
    "EditorPane",
    "No story open\n\nChoose a story from the list, or press Ctrl+N to start a new one.",
)


class _EditorParts:
    """What the pane builds on first need (see the module's note)."""

    def __init__(self, pane: QWidget) -> None:
        from editorial.ui.editor.editor_scroll import EditorScroll
        from editorial.ui.editor.find_bar import FindBar
        from editorial.ui.editor.lock_banner import LockBanner
        from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
        from editorial.ui.editor.story_editor import StoryEditor

        self.editor = StoryEditor(pane)
        self.find_bar = FindBar(self.editor.search_targets, pane)
        # Who else is editing the story, with Take Over (`story_lock_keeper.py` drives it).
        self.lock_banner = LockBanner(pane)
        self.editor_scroll = EditorScroll(self.editor, pane)
        # Beside the story after a paste: the lines the reader left out of it.
        self.removed_panel = RemovedLinesPanel(pane)


class EditorPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPane")
        self._parts: _EditorParts | None = None
        self.empty = QLabel(QCoreApplication.translate("EditorPane", NO_STORY), self)
        self.empty.setObjectName("emptyEditor")
        self.empty.setProperty("alignment", ALIGN_CENTER)  # no Qt enum yet: see qt_ints.py
        self.empty.setWordWrap(True)
        # One line over the fields saying why they cannot be changed (approved, spiked…).
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty)
        self._story_row = QHBoxLayout()
        self._story_row.setSpacing(0)
        self._story_row.addWidget(self._stack, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.read_only_note)
        self._layout.addLayout(self._story_row, 1)
        self.show_editor(False)

    def complete(self) -> _EditorParts:
        """The editor and its companions, built now if they were not yet, each in its
        place: the lock banner over the note, the removed lines beside the story, the
        find bar under it."""
        if self._parts is None:
            parts = self._parts = _EditorParts(self)
            self._stack.addWidget(parts.editor_scroll)
            self._story_row.addWidget(parts.removed_panel)
            self._layout.insertWidget(0, parts.lock_banner)
            self._layout.addWidget(parts.find_bar)
        return self._parts

    @property
    def is_complete(self) -> bool:
        return self._parts is not None

    @property
    def editor(self) -> StoryEditor:
        return self.complete().editor

    @property
    def find_bar(self) -> FindBar:
        return self.complete().find_bar

    @property
    def lock_banner(self) -> LockBanner:
        return self.complete().lock_banner

    @property
    def editor_scroll(self) -> EditorScroll:
        return self.complete().editor_scroll

    @property
    def removed_panel(self) -> RemovedLinesPanel:
        return self.complete().removed_panel

    def show_editor(self, shown: bool, message: str = NO_STORY) -> None:
        """The editor, or the note saying why there is none."""
        self.empty.setText(
            QCoreApplication.translate("EditorPane", NO_STORY) if message == NO_STORY else message
        )
        parts = self.complete() if shown else self._parts
        self._stack.setCurrentWidget(parts.editor_scroll if parts and shown else self.empty)
        if parts is not None and not shown:
            parts.removed_panel.clear()
        self.read_only_note.setVisible(shown and bool(self.read_only_note.text()))
        if parts is not None and not shown and parts.find_bar.isVisible():
            parts.find_bar.close_bar()

    def show_read_only(self, reason: str) -> None:
        """The line saying why the story cannot be edited; "" hides it."""
        self.read_only_note.setText(reason)
        self.read_only_note.setVisible(bool(reason) and self.editor_shown)

    @property
    def editor_shown(self) -> bool:
        return self._parts is not None and self._stack.currentWidget() is self._parts.editor_scroll
