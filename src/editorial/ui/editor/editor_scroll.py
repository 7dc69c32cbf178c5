"""The editor's fields in a pane that scrolls up and down when the window is too low for
them. Built with the editor, after the window's first frame (`editor_pane.py`): its
event handlers are handed QEvent's kinds, whose classes PySide6 makes (QEvent's with
its 179 types, some 14 M instructions) the first time one reaches Python."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class EditorScroll(QScrollArea):
    """The fields scroll up and down when the window is too low for them all (a small
    screen, 200% scaling); across, the pane asks for the fields' own minimum width (a
    scroll bar appears only if the window cannot give it)."""

    MIN_HEIGHT = 160

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorScroll")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not their frame
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the fields' minimum width changed: so does the pane's
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        editor = self.widget()
        if editor is None:
            return QSize(0, self.MIN_HEIGHT)
        hint = editor.minimumSizeHint()
        # Room for the vertical scroll bar only while it is shown: too low a window.
        bar = self.verticalScrollBar().sizeHint().width() if self._needs_bar() else 0
        return QSize(hint.width() + bar, self.MIN_HEIGHT)

    def _needs_bar(self) -> bool:
        editor = self.widget()
        if editor is None or not self.isVisible():
            return False
        return editor.minimumSizeHint().height() > self.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed_before = event.oldSize().height() < self._minimum_editor_height()
        super().resizeEvent(event)
        if needed_before != self._needs_bar():
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.updateGeometry()  # shown again, perhaps lower than the fields: ask anew

    def _minimum_editor_height(self) -> int:
        editor = self.widget()
        return editor.minimumSizeHint().height() if editor is not None else 0
