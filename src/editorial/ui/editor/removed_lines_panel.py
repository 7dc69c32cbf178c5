"""Beside the story after a paste: "Removed from the page", every line the reader of web
copy left out (menus, sharing bars, the site's name), each with its reason and a button
that puts it back into the body. Collapsible; hidden when nothing was removed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.removed_copy import RemovedLine

_SHOWN_CHARS = 160


class RemovedLineRow(QWidget):
    """One removed line: its text (the reason beneath, smaller) and "Put back"."""

    def __init__(self, line: RemovedLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shown = line.text if len(line.text) <= _SHOWN_CHARS else line.text[:_SHOWN_CHARS] + "…"
        self.text = QLabel(shown, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setToolTip(line.text)
        # The reasons are the formats' constants, marked for translation in context RemovedCopy.
        self.reason = QLabel(QCoreApplication.translate("RemovedCopy", line.reason), self)
        self.reason.setObjectName("removedReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        font = self.reason.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.reason.setFont(font)
        self.put_back = QToolButton(self)
        self.put_back.setText(self.tr("Put back"))
        self.put_back.setToolTip(
            self.tr("Put this line back into the body where it stood (Ctrl+Z undoes)")
        )
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.reason)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addLayout(words, 1)
        row.addWidget(self.put_back, 0, Qt.AlignmentFlag.AlignTop)


class RemovedLinesPanel(QFrame):
    """The list; `restore_requested(index)` when a line's "Put back" is clicked."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedLinesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._expanded)
        self.list = QListWidget(self)
        self.list.setObjectName("removedLines")
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Removed from the page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(220)
        self.setMaximumWidth(360)
        self._rows: list[QListWidgetItem] = []
        self._expanded(True)
        self.hide()

    def show_lines(self, lines: Sequence[RemovedLine]) -> None:
        """List `lines` (all not yet put back) and show the panel open; none hides it."""
        self.list.clear()
        self._rows = []
        for index, line in enumerate(lines):
            item = QListWidgetItem(self.list)
            row = RemovedLineRow(line, self.list)
            row.put_back.clicked.connect(lambda _=False, i=index: self.restore_requested.emit(i))
            item.setSizeHint(row.sizeHint())
            self.list.setItemWidget(item, row)
            self._rows.append(item)
        self.toggle.setChecked(True)
        self._update_title()
        self.setVisible(bool(lines))

    def clear(self) -> None:
        self.show_lines(())

    def set_put_back(self, index: int, put_back: bool) -> None:
        """Hide a line that is back in the body; show it again when that is undone."""
        if 0 <= index < len(self._rows):
            self._rows[index].setHidden(put_back)
            self._update_title()

    def shown_count(self) -> int:
        return sum(1 for item in self._rows if not item.isHidden())

    def row(self, index: int) -> RemovedLineRow:
        widget = self.list.itemWidget(self._rows[index])
        assert isinstance(widget, RemovedLineRow)
        return widget

    def _update_title(self) -> None:
        self.toggle.setText(
            self.tr("Removed from the page ({count})").format(count=self.shown_count())
        )

    def _expanded(self, expanded: bool) -> None:
        self.list.setVisible(expanded)
        arrow = Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow)
