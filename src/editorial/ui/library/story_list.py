"""The list of stories at the left of the window, and its trash.

Each row shows the headline, and under it, in a quieter tone, the slug, the status and
when the story last changed. The delegate draws both lines so the pane stays readable at
the narrow width a list gets beside the editor.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.story_summary import StorySummary
from editorial.ui.library.elision import elided
from editorial.ui.library.story_list_model import StoryListModel, StoryRole
from editorial.ui.shell.domain_text import short_day
from editorial.ui.shell.domain_titles import status_title
from editorial.ui.shell.qt_ints import (
    ALIGN_CENTER,
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


# drawText's line width when it does not wrap: wide enough for any line.
UNWRAPPED = 0x01000000
LEFT_TO_RIGHT_MARK = "\N{LEFT-TO-RIGHT MARK}"


def draw_text(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
    """One line of a row, at the left of `rect` and centred in its height, in `colour`:
    pixel for pixel as `QStyle.drawItemText(painter, rect, AlignLeft |
    AlignVCenter, palette, True, text, role)` draws it (tests/ui/test_qt_ints.py compares
    them), which sets that pen and calls `drawText`, laying the text out as this does.
    Written out because the list's first paint does without QStyle, whose enums
    PySide6 makes the first time Python touches any style (some 20 M instructions), and
    without `painter.setPen`, weighed against a Qt.PenStyle overload, which makes all of
    Qt's enums (see qt_ints.py): the colour comes with the text's format instead."""
    font = painter.font()
    # Left to right, as the window lays its rows out: a right-to-left headline (Arabic,
    # Hebrew) keeps its place at the left. The mark says it without a Qt.LayoutDirection;
    # it draws nothing and moves nothing.
    text = LEFT_TO_RIGHT_MARK + text
    layout = QTextLayout(text, font, painter.device())
    coloured = QTextLayout.FormatRange()
    coloured.start = 0
    coloured.length = len(text.encode("utf-16-le")) // 2  # in UTF-16 units, as Qt counts
    coloured.format = _text_format(colour)
    layout.setFormats([coloured])
    layout.setTextOption(_unwrapped_option())
    layout.setCacheEnabled(True)
    # drawText's steps (qt_format_text in qpainter.cpp): lines on whole pixels, one
    # under the other, the block centred in the height and clipped to it when it spills.
    leading = QFontMetricsF(font).leading()
    height = -leading
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(UNWRAPPED)
        height = math.ceil(height + leading)
        line.setPosition(QPointF(0, height))
        height += line.ascent() + line.descent()
        if height >= rect.height():
            break
    layout.endLayout()
    lines = [layout.lineAt(n) for n in range(layout.lineCount())]
    width = max((line.naturalTextWidth() for line in lines), default=0.0)
    top = rect.y() + (rect.height() - height) / 2
    spills = not QRectF(rect).contains(QRectF(rect.x(), top, width, height))
    if spills:
        from PySide6.QtGui import QRegion  # rarely needed: its class made only then

        painter.save()
        clip = QRegion(rect)
        if painter.hasClipping():
            clip = clip.intersected(painter.clipRegion())
        painter.setClipRegion(clip)
    for line in lines:
        line.draw(painter, QPointF(rect.x(), top))
    if spills:
        painter.restore()


_formats: dict[tuple[int, int, int, int], QTextCharFormat] = {}
_options: list[QTextOption] = []


def _text_format(colour: QColor) -> QTextCharFormat:
    """Text in `colour` (one format a colour: the rows have three or four)."""
    key = (colour.red(), colour.green(), colour.blue(), colour.alpha())
    if key not in _formats:
        solid = QPalette()  # its brush of `colour`: QBrush(colour) weighs Qt.BrushStyle too
        solid.setColor(QPalette.ColorRole.Text, colour)
        _formats[key] = QTextCharFormat()
        _formats[key].setForeground(solid.brush(QPalette.ColorRole.Text))
    return _formats[key]


def _unwrapped_option() -> QTextOption:
    """drawText's layout option for a line that does not wrap."""
    if not _options:
        option = QTextOption()
        option.setFlags(option.flags() | QTextOption.Flag.IncludeTrailingSpaces)
        _options.append(option)
    return _options[0]


class StoryRowDelegate(QStyledItemDelegate):
    """Two lines per story: the headline, then slug · status · time. The row's panel
    (its selection, hover and focus as the style draws them) is Qt's own, drawn by the
    base class with the view's option as it comes, text-less; the lines are drawn here."""

    # Each row painted: what tells the window its first frame is on screen (see
    # MainWindow.painted).
    row_painted = Signal()
    _panel_only = False  # while the base class paints a story row's panel

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Left as the view made it while the panel is painted: no text, no icon, as the
        # style's PE_PanelItemViewItem is drawn for a row (reading or setting the
        # option's state would make QStyle's enums: see draw_text).
        if not self._panel_only:
            super().initStyleOption(option, index)

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
        view = self.parent()
        if not isinstance(summary, StorySummary) or not isinstance(view, QAbstractItemView):
            super().paint(painter, option, index)
            self.row_painted.emit()
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        # As the view marks the row selected in the option's state (QListView.paintEvent).
        selected = view.selectionModel().isSelected(index)
        self._panel_only = True
        try:
            super().paint(painter, option, index)
        finally:
            self._panel_only = False
        painter.save()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)

        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(headline_font)
        painter.setFont(headline_font)
        headline = elided(headline_font, str(index.data(DISPLAY_ROLE)), inner.width())
        first = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        draw_text(painter, first, headline, palette.color(text_role))

        details_font = QFont(option.font)
        details_font.setPointSizeF(max(7.0, details_font.pointSizeF() * 0.9))
        painter.setFont(details_font)
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        second = QRect(inner.left(), first.bottom() + PADDING // 2, inner.width(), metrics.height())
        details = elided(details_font, details_line(summary), inner.width())
        draw_text(painter, second, details, muted)
        painter.restore()
        self.row_painted.emit()


class StoryListView(QListView):
    """The list itself. `story_activated` carries the id of the story chosen."""

    story_activated = Signal(int)

    def __init__(self, model: StoryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyList")
        self.setModel(model)
        self.row_delegate = StoryRowDelegate(self)
        self.setItemDelegate(self.row_delegate)
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
        # Its text set apart: QPushButton(text, parent) is weighed against the
        # QPushButton(QIcon, text, parent) overload, which makes QIcon's class (see
        # `titled_action`).
        self.restore_button = QPushButton(self)
        self.restore_button.setText(self.tr("Restore"))
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
