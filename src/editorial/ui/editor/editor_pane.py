"""The middle of the window: the story editor with its find bar, or, when no story is
open, a short note on what to do instead of a form full of empty fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from editorial.ui.editor.find_bar import FindBar
from editorial.ui.editor.lock_banner import LockBanner
from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
from editorial.ui.editor.story_editor import StoryEditor

NO_STORY = "No story open\n\nChoose a story from the list, or press Ctrl+N to start a new one."


class EditorPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPane")
        self.editor = StoryEditor(self)
        self.find_bar = FindBar(self.editor.search_targets, self)
        self.empty = QLabel(NO_STORY, self)
        self.empty.setObjectName("emptyEditor")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # One line over the fields saying why they cannot be changed (approved, spiked…).
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        # Who else is editing the story, with Take Over (`story_lock_keeper.py` drives it).
        self.lock_banner = LockBanner(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.editor)
        # Beside the story after a paste: the lines the reader left out of it.
        self.removed_panel = RemovedLinesPanel(self)
        story_row = QHBoxLayout()
        story_row.setSpacing(0)
        story_row.addWidget(self._stack, 1)
        story_row.addWidget(self.removed_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.read_only_note)
        layout.addLayout(story_row, 1)
        layout.addWidget(self.find_bar)
        self.show_editor(False)

    def show_editor(self, shown: bool, message: str = NO_STORY) -> None:
        """The editor, or the note saying why there is none."""
        self.empty.setText(message)
        self._stack.setCurrentWidget(self.editor if shown else self.empty)
        if not shown:
            self.removed_panel.clear()
        self.read_only_note.setVisible(shown and bool(self.read_only_note.text()))
        if not shown and self.find_bar.isVisible():
            self.find_bar.close_bar()

    def show_read_only(self, reason: str) -> None:
        """The line saying why the story cannot be edited; "" hides it."""
        self.read_only_note.setText(reason)
        self.read_only_note.setVisible(bool(reason) and self.editor_shown)

    @property
    def editor_shown(self) -> bool:
        return self._stack.currentWidget() is self.editor
