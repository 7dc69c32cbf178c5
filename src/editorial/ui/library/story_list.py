"""The list of stories at the left of the window, and its trash.

Each row shows the headline, and under it, in a quieter tone, the slug, the status and
when the story last changed. The delegate draws both lines so the pane stays readable at
the narrow width a list gets beside the editor.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.story import StorySummary
from editorial.ui.library.elision import elided
from editorial.ui.library.story_list_model import StoryListModel, StoryRole
from editorial.ui.shell.domain_text import short_day
from editorial.ui.shell.domain_titles import status_title
from editorial.ui.shell.qt_ints import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_VCENTER,
    DISPLAY_ROLE,
    SCROLL_BAR_ALWAYS_OFF,
)

PADDING = 6


def format_updated(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """`18:04` today, `18 Nov 18:04` this year, `18 Nov 2008` before, in local time; the
    same on a desktop in any locale, in the window's language (`18 нояб. 18:04`)."""
    local = when.astimezone()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    if local.date() == now.date():
        return f"{local:%H:%M}"
    if local.year == now.year:
        return f"{short_day(local.date(), year=False)} {local:%H:%M}"
    return short_day(local.date())


def details_line(summary: StorySummary) -> str:
    # Status and time first: a long slug is the part to elide.
    parts = [
        status_title(summary.status),
        format_updated(summary.trashed_at or summary.updated_at),
    ]
    if summary.slug:
        parts.append(summary.slug)
    return "  ·  ".join(parts)


def draw_text(painter: QPainter, style: QStyle, rect: QRect, text: str, colour: QColor) -> None:
    """One line of a row, at the left of `rect` and centred in its height, in `colour`:
    drawn by the style with a palette of that colour, as `painter.setPen(colour)` and
    `drawText` would draw it, because setPen is weighed against a Qt.PenStyle, which
    makes all of Qt's enums (the list's first paint does without them: see qt_ints.py)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    style.drawItemText(
        painter, rect, ALIGN_LEFT | ALIGN_VCENTER, palette, True, text, QPalette.ColorRole.Text
    )


class StoryRowDelegate(QStyledItemDelegate):
    """Two lines per story: the headline, then slug · status · time."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(StoryRole.SUMMARY)
        if not isinstance(summary, StorySummary):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            style.drawPrimitive(panel, option, painter, widget)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        text_style = style or QApplication.style()

        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(headline_font)
        painter.setFont(headline_font)
        headline = elided(headline_font, str(index.data(DISPLAY_ROLE)), inner.width())
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        draw_text(painter, text_style, first, headline, palette.color(text_role))

        details_font = QFont(option.font)
        details_font.setPointSizeF(max(7.0, details_font.pointSizeF() * 0.9))
        painter.setFont(details_font)
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        second = QRect(inner.left(), first.bottom() + PADDING // 2, inner.width(), metrics.height())
        details = elided(details_font, details_line(summary), inner.width())
        draw_text(painter, text_style, second, details, muted)
        painter.restore()


class StoryListView(QListView):
    """The list itself. `story_activated` carries the id of the story chosen."""

    story_activated = Signal(int)

    def __init__(self, model: StoryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyList")
        self.setModel(model)
        self.setItemDelegate(StoryRowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # see qt_ints.py
        self.setAccessibleName(self.tr("Stories"))
        self._quiet = False  # selecting for the window, not for the editor
        self.selectionModel().currentChanged.connect(self._current_changed)

    def story_model(self) -> StoryListModel:
        model = self.model()
        assert isinstance(model, StoryListModel)
        return model

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        story_id = index.data(StoryRole.ID)
        return story_id if isinstance(story_id, int) else None

    def select_story(self, story_id: int | None) -> None:
        """Select a story without announcing it (the window already shows it)."""
        self._quiet = True
        try:
            index = self.story_model().index_of(story_id) if story_id is not None else None
            if index is not None and index.isValid():
                self.setCurrentIndex(index)
                self.scrollTo(index)
            else:
                self.selectionModel().clear()
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        story_id = current.data(StoryRole.ID) if current.isValid() else None
        if isinstance(story_id, int):
            self.story_activated.emit(story_id)


class StoryListPanel(QWidget):
    """The list with its heading; in the trash, a Restore button and a hint. The button
    is enabled as the Desk menu's Restore is (`set_restore_enabled`): by the workflow's
    rule for the story shown, never merely because a row is selected."""

    restore_requested = Signal()

    def __init__(self, model: StoryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyListPanel")
        self.model = model
        self.view = StoryListView(model, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected story back in the library"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.setEnabled(False)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setProperty("alignment", ALIGN_CENTER)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 6, 4)
        top.addWidget(self.heading, 1)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint, 1)
        self._loading: str | None = None
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refresh_hint)
        self.show_trash(False)

    def add_list_action(self, action: QAction) -> None:
        """An action whose shortcut works only while the list has focus (Delete)."""
        from PySide6.QtCore import Qt  # added after the first frame (see qt_ints.py)

        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(action)

    def show_trash(self, trashed: bool) -> None:
        self.model.trashed = trashed
        self.heading.setText(self.tr("Spiked") if trashed else self.tr("Stories"))
        self.restore_button.setVisible(trashed)
        self._refresh_hint()

    def set_restore_enabled(self, enabled: bool) -> None:
        self.restore_button.setEnabled(enabled)

    def set_loading(self, message: str | None) -> None:
        """A message instead of the list while there is no listing to show."""
        self._loading = message
        self._refresh_hint()

    def _refresh_hint(self) -> None:
        empty = self.model.rowCount() == 0 or self._loading is not None
        if self._loading is not None:
            text = self._loading
        elif self.model.trashed:
            text = self.tr("Nothing is spiked.")
        else:
            text = self.tr("No stories yet. Press Ctrl+N to start one.")
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(empty)
        self.view.setVisible(not empty)
