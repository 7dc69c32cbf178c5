"""The review mode's page: the story large as it will be published, and beside it what
changed (any two versions compared word by word) over the comments on its passages; the
sign-off (Approve, Return to Author) and the way back to the editor at the top.

Widgets only: `review_mode.py` fills them from the review service and makes the moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editorial.ui.preview.preview import LockedTextBrowser, empty_document, preview_document
from editorial.ui.review.comments_panel import CommentsPanel
from editorial.ui.shell.domain_text import shown_argument, translated
from editorial.ui.shell.theme import current_theme, page_css

if TYPE_CHECKING:  # the window paints before the services (and SQLAlchemy) are imported
    from editorial.services.review import Comparison, VersionInfo

PARAGRAPH_SEPARATOR = "\u2029"  # what a QTextCursor selection has between blocks
# The diff beside the story is read closely but in a narrower pane: a size smaller.
DIFF_CSS = "\np.diff-text, p.diff-none { font-size: 10.5pt; line-height: 140%; }\n"


class ReviewPreview(LockedTextBrowser):
    """The story as published; the passages comments are anchored to are highlighted.
    `passage_selected(text)`: the reader selected (or cleared) a passage."""

    passage_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPreview")
        self.setAccessibleName(self.tr("The story under review"))
        self.highlighted_passages: list[str] = []  # the passages found and highlighted
        self.selectionChanged.connect(self._selection_changed)

    def selected_passage(self) -> str:
        return self.textCursor().selectedText().replace(PARAGRAPH_SEPARATOR, "\n").strip()

    def highlight(self, quotes: list[str]) -> None:
        selections, self.highlighted_passages = [], []
        for quote in quotes:
            cursor = self._find(quote)
            if cursor is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            char_format = QTextCharFormat()
            # an anchored passage, under the quieter highlight of a marker
            char_format.setBackground(current_theme().colour("passage-bg"))
            char_format.setForeground(current_theme().colour("passage-text"))
            selection.format = char_format
            selections.append(selection)
            self.highlighted_passages.append(quote)
        self.setExtraSelections(selections)

    def show_passage(self, quote: str) -> bool:
        cursor = self._find(quote)
        if cursor is None:
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _find(self, quote: str) -> QTextCursor | None:
        # A passage over several paragraphs is found by its first one.
        first = next((line.strip() for line in quote.splitlines() if line.strip()), "")
        if not first:
            return None
        cursor = self.document().find(first)
        return None if cursor.isNull() else cursor

    def _selection_changed(self) -> None:
        self.passage_selected.emit(self.selected_passage())


class ChangesPane(QWidget):
    """What changed: two versions chosen (`compare_requested(old, new)`), the reason
    the first comparison is the one it is, and the word diff."""

    compare_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewChanges")
        self.heading = QLabel(self.tr("Changes"), self)
        self.heading.setObjectName("reviewSectionHeading")
        self.older = QComboBox(self)
        self.older.setObjectName("reviewOlderVersion")
        self.older.setAccessibleName(self.tr("Version to compare from"))
        self.older.setToolTip(self.tr("The version to compare from"))
        self.newer = QComboBox(self)
        self.newer.setObjectName("reviewNewerVersion")
        self.newer.setAccessibleName(self.tr("Version to compare with"))
        self.newer.setToolTip(self.tr("The version to compare with"))
        self.reason = QLabel(self)
        self.reason.setObjectName("reviewChangesReason")
        self.reason.setWordWrap(True)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("reviewDiff")
        self.diff.setOpenLinks(False)
        self.diff.setAccessibleName(self.tr("Changes"))
        self.diff.document().setDocumentMargin(14)
        self.diff_html = ""
        self._quiet = False
        # One row each: a version's label (who, how, when) needs the pane's width.
        versions = QGridLayout()
        versions.setColumnStretch(1, 1)
        versions.addWidget(QLabel(self.tr("From"), self), 0, 0)
        versions.addWidget(self.older, 0, 1)
        versions.addWidget(QLabel(self.tr("To"), self), 1, 0)
        versions.addWidget(self.newer, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(versions)
        layout.addWidget(self.reason)
        layout.addWidget(self.diff, 1)
        self.older.currentIndexChanged.connect(self._chosen)
        self.newer.currentIndexChanged.connect(self._chosen)

    def set_versions(self, versions: tuple[VersionInfo, ...], comparison: Comparison) -> None:
        self._quiet = True
        try:
            for combo, chosen in ((self.older, comparison.old_version),
                                  (self.newer, comparison.new_version)):  # fmt: skip
                combo.clear()
                for info in reversed(versions):  # newest first, as the history reads
                    label = translated(info.said)
                    if info is versions[-1]:
                        shown = self.tr("{version} (current)").format(version=label)
                    else:
                        shown = label
                    combo.addItem(shown, info.version)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            self._quiet = False

    def show_comparison(self, comparison: Comparison, reason: str = "") -> None:
        self.diff_html = comparison.html
        versions = self.tr("v{old} → v{new}").format(
            old=comparison.old_version, new=comparison.new_version
        )
        self.reason.setText(shown_argument(reason) if reason else versions)
        self.diff.setHtml(preview_document(comparison.html, page_css() + DIFF_CSS))

    def show_message(self, message: str) -> None:
        self.diff_html = ""
        self.reason.setText("")
        self.diff.setHtml(empty_document(page_css(), message))

    def chosen_versions(self) -> tuple[int, int]:
        return int(self.older.currentData() or 0), int(self.newer.currentData() or 0)

    def _chosen(self) -> None:
        if not self._quiet and self.older.count() and self.newer.count():
            self.compare_requested.emit(*self.chosen_versions())


class ReviewView(QWidget):
    """The page. `leave_requested`: back to the editor (the button, or Escape)."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.title = QLabel(self)
        self.title.setObjectName("reviewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.approve = QPushButton(self.tr("Approve"), self)
        self.approve.setObjectName("reviewApprove")
        self.approve.setToolTip(
            self.tr("Sign the story off for publication (recorded with your name)")
        )
        self.return_story = QPushButton(self.tr("Return to Author…"), self)
        self.return_story.setObjectName("reviewReturn")
        self.return_story.setToolTip(self.tr("Send the story back with a note saying why"))
        self.back = QPushButton(self.tr("Back to Editor"), self)
        self.back.setObjectName("reviewBack")
        self.back.setToolTip(self.tr("Leave the review (Esc)"))
        self.preview = ReviewPreview(self)
        self.changes = ChangesPane(self)
        self.comments = CommentsPanel(self)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        top.addSpacing(16)
        top.addWidget(self.return_story)
        top.addSpacing(6)
        top.addWidget(self.approve)
        top.addSpacing(16)
        top.addWidget(self.back)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("reviewSideSplitter")
        self.side.addWidget(self.changes)
        self.side.addWidget(self.comments)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(self.preview)
        side_box = QWidget(self)
        side_layout = QVBoxLayout(side_box)
        side_layout.setContentsMargins(8, 0, 8, 8)
        side_layout.addWidget(self.side)
        self.splitter.addWidget(side_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.back.clicked.connect(self.leave_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.leave_requested)
        self.preview.passage_selected.connect(self.comments.set_selected_passage)
        self.comments.comment_chosen.connect(
            lambda placed: self.preview.show_passage(placed.comment.anchor.quote)
        )

    def show_heading(self, headline: str, state: str) -> None:
        self.title.setText(headline.strip() or self.tr("Untitled story"))
        self.state.setText(state)

    def show_story_html(self, fragment: str) -> None:
        self.preview.setHtml(preview_document(fragment, page_css()))

    def show_message(self, message: str) -> None:
        self.show_heading("", "")
        self.preview.setHtml(empty_document(page_css(), message))
        self.changes.show_message("")
        self.comments.show_comments(())
