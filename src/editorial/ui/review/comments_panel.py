"""The review's comments, beside the story: each with who made it and when, the passage it
is about and what it says; a comment whose passage has since changed is marked detached.
Below the list, the box to comment on the passage selected in the story."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.review import PlacedComment
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.library.history_panel import Index
from editorial.ui.shell.domain_text import short_day
from editorial.ui.shell.theme import current_theme

PADDING = 8
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
NO_COMMENTS = QT_TRANSLATE_NOOP(
    "CommentsPanel", "No comments yet. Select a passage in the story to comment on it."
)


def comment_heading(placed: PlacedComment) -> str:
    at = placed.comment.at.astimezone()
    when = f"{short_day(at.date(), year=False)} {at:%H:%M}"
    who = placed.comment.by or QCoreApplication.translate("CommentsPanel", "Someone")
    return f"{who} · {when}"


class CommentsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comments: tuple[PlacedComment, ...] = ()

    def set_comments(self, comments: tuple[PlacedComment, ...]) -> None:
        self.beginResetModel()
        self.comments = comments
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.comments):
            return None
        placed = self.comments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return placed.comment.text
        if role == COMMENT_ROLE:
            return placed
        if role == Qt.ItemDataRole.ToolTipRole:
            quoted = self.tr("“{passage}”").format(passage=placed.comment.anchor.quote)
            if placed.detached:
                state = self.tr("Detached: the passage has since changed.")
                return f"{state}\n{quoted}\n{placed.comment.text}"
            return f"{quoted}\n{placed.comment.text}"
        return None


class CommentDelegate(QStyledItemDelegate):
    """Three parts: who and when (and DETACHED), the quoted passage beside a bar in the
    highlight's colour, then the comment, wrapped."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        quote = QFont(option.font)
        quote.setItalic(True)
        return small, quote, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = widget.width() - 24 if widget is not None else option.rect.width()
        return max(120, width - 2 * PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        placed = index.data(COMMENT_ROLE)
        if not isinstance(placed, PlacedComment):
            return super().sizeHint(option, index)
        small, quote, body = self._fonts(option)
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        text_height = (
            QFontMetrics(body)
            .boundingRect(QRect(0, 0, width, 10_000), flags, placed.comment.text)
            .height()
        )
        height = QFontMetrics(small).height() + QFontMetrics(quote).height() + text_height
        return QSize(width, height + PADDING * 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        placed = index.data(COMMENT_ROLE)
        if not isinstance(placed, PlacedComment):
            super().paint(painter, option, index)
            return
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(role)
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        small, quote_font, body = self._fonts(option)
        painter.save()
        inner = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        top = inner.top()

        painter.setFont(small)
        line = QFontMetrics(small).height()
        painter.setPen(muted)
        painter.drawText(QRect(inner.left(), top, inner.width(), line), 0, comment_heading(placed))
        if placed.detached:
            painter.setPen(text_colour if selected else current_theme().colour("detached"))
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                QRect(inner.left(), top, inner.width(), line),
                int(Qt.AlignmentFlag.AlignRight),
                self.tr("DETACHED"),
            )
        top += line + PADDING // 2

        painter.setFont(quote_font)
        line = QFontMetrics(quote_font).height()
        bar = current_theme().colour("quote-bar") if not placed.detached else muted
        painter.fillRect(QRect(inner.left(), top, 3, line), bar)
        quoted = " ".join(placed.comment.anchor.quote.split())
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.left() + 9, top, inner.width() - 9, line),
            0,
            QFontMetrics(quote_font).elidedText(
                f"“{quoted}”", Qt.TextElideMode.ElideRight, inner.width() - 9
            ),
        )
        top += line + PADDING // 2

        painter.setFont(body)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(inner.left(), top, inner.width(), inner.bottom() - top),
            int(Qt.TextFlag.TextWordWrap),
            placed.comment.text,
        )
        painter.restore()


class CommentsPanel(QWidget):
    """`add_requested(quote, text)`: comment on the selected passage;
    `comment_chosen(PlacedComment)`: show its passage; `remove_requested(comment id)`."""

    add_requested = Signal(str, str)
    comment_chosen = Signal(object)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewComments")
        self.model = CommentsModel(self)
        self.heading = QLabel(self.tr("Comments"), self)
        self.heading.setObjectName("reviewSectionHeading")
        self.view = QListView(self)
        self.view.setObjectName("reviewCommentList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CommentDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setAccessibleName(self.tr("Comments"))
        self.empty = QLabel(self.tr(NO_COMMENTS), self)
        self.empty.setObjectName("reviewNoComments")
        self.empty.setWordWrap(True)
        self.passage = QLabel(self)
        self.passage.setObjectName("reviewSelectedPassage")
        self.passage.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reviewCommentText")
        self.text.setAccessibleName(self.tr("Comment"))
        self.text.setPlaceholderText(self.tr("Comment on the selected passage…"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(48)  # two lines: a comment is short; it grows by scrolling
        self.add = QPushButton(self.tr("Add Comment"), self)
        self.add.setObjectName("addReviewComment")
        self.add.setToolTip(self.tr("Comment on the passage selected in the story (Ctrl+Return)"))
        self.add.setShortcut("Ctrl+Return")
        self.remove = QPushButton(self.tr("Delete"), self)
        self.remove.setObjectName("removeReviewComment")
        self.remove.setToolTip(self.tr("Delete the chosen comment"))
        self._quote = ""

        buttons = QHBoxLayout()
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.passage)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.text.textChanged.connect(self._enable)
        self.view.selectionModel().currentChanged.connect(self._chosen)
        self.set_selected_passage("")
        self.show_comments(())

    def show_comments(self, comments: tuple[PlacedComment, ...]) -> None:
        self.model.set_comments(comments)
        detached = sum(1 for c in comments if c.detached)
        if detached:
            heading = self.tr("Comments ({count}, {detached} detached)")
        elif comments:
            heading = self.tr("Comments ({count})")
        else:
            heading = self.tr("Comments")
        self.heading.setText(heading.format(count=len(comments), detached=detached))
        self.empty.setVisible(not comments)
        self._enable()

    def set_selected_passage(self, quote: str) -> None:
        self._quote = quote.strip()
        shown = " ".join(self._quote.split())
        if len(shown) > 90:
            shown = shown[:89] + "…"
        if shown:
            self.passage.setText(self.tr("On: “{passage}”").format(passage=shown))
        else:
            self.passage.setText(self.tr("Select a passage in the story."))
        self._enable()

    def clear_text(self) -> None:
        self.text.clear()

    def chosen(self) -> PlacedComment | None:
        placed = self.view.currentIndex().data(COMMENT_ROLE)
        return placed if isinstance(placed, PlacedComment) else None

    def _enable(self) -> None:
        self.add.setEnabled(bool(self._quote and self.text.toPlainText().strip()))
        self.remove.setEnabled(self.chosen() is not None)

    def _add(self) -> None:
        if self.add.isEnabled():
            self.add_requested.emit(self._quote, self.text.toPlainText().strip())

    def _remove(self) -> None:
        placed = self.chosen()
        if placed is not None:
            self.remove_requested.emit(placed.comment.id)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable()
        placed = current.data(COMMENT_ROLE)
        if isinstance(placed, PlacedComment):
            self.comment_chosen.emit(placed)
