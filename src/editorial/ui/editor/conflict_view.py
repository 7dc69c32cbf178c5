"""Both texts of a story that was changed elsewhere while it was edited here, side by
side and field by field: theirs (as stored now) on the left, mine (as typed here) on the
right, the words only one side has marked. The editor keeps theirs, keeps mine, or
merges (edits the merged text of each field); the text not chosen is kept as a revision.
Nothing is discarded, so the dialog cannot be dismissed without a choice other than
"Decide Later", which leaves the typed text in the editor, unsaved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.conflict_sides import ONLY_MINE, ONLY_THEIRS, SideBySide, merged, side_by_side
from editorial.domain.story import Story
from editorial.services.conflicts import Choice, Conflict
from editorial.ui.shell.theme import current_theme


def side_style() -> str:
    """Theirs as the diff's removals, mine as its additions, in the window's theme."""
    theme = current_theme()
    return (
        f".{ONLY_THEIRS} {{ background-color: {theme.hex('del-bg')};"
        f" color: {theme.hex('del-text')}; }}"
        f".{ONLY_MINE} {{ background-color: {theme.hex('ins-bg')};"
        f" color: {theme.hex('ins-text')}; }}"
    )


MAX_SIDE_HEIGHT = 180


class SideText(QTextBrowser):
    """One side of one field: read-only, as tall as its text (up to a limit)."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("(empty)"))
        self.document().setDefaultStyleSheet(side_style())
        self.setHtml(html)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        wanted = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(min(max(wanted, 28), MAX_SIDE_HEIGHT))


class ConflictView(QDialog):
    """`chosen(Choice, Story)`: the editor chose; the story carries the chosen text."""

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictView")
        self.setWindowTitle(self.tr("Changed elsewhere: choose what to keep"))
        self.setModal(True)
        self.conflict: Conflict | None = None
        self.fields: tuple[SideBySide, ...] = ()
        self.merge_texts: dict[str, QPlainTextEdit] = {}
        self.merge_sources: dict[str, QComboBox] = {}
        self._merge_rows: list[QWidget] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(self._explanation(), self)
        self.explanation.setWordWrap(True)
        self.theirs_title = QLabel(self)
        self.mine_title = QLabel(self)
        self.theirs_title.setObjectName("conflictTheirsTitle")
        self.mine_title.setObjectName("conflictMineTitle")
        for title in (self.theirs_title, self.mine_title):
            title.setWordWrap(True)
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self._grid.setHorizontalSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)

        self.keep_theirs = QPushButton(self.tr("Keep Theirs"), self)
        self.keep_mine = QPushButton(self.tr("Keep Mine"), self)
        self.merge = QPushButton(self.tr("Merge…"), self)
        self.merge.setCheckable(True)
        self.keep_merged = QPushButton(self.tr("Keep Merged"), self)
        self.decide_later = QPushButton(self.tr("Decide Later"), self)
        self.keep_mine.setDefault(True)
        self.keep_theirs.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(Choice.MINE))
        self.keep_merged.clicked.connect(lambda: self._choose(Choice.MERGED))
        self.merge.toggled.connect(self.show_merge)
        self.decide_later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_later)
        buttons.addStretch(1)
        for button in (self.merge, self.keep_merged, self.keep_theirs, self.keep_mine):
            buttons.addWidget(button)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self.theirs_title, 1)
        columns.addWidget(self.mine_title, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addLayout(columns)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(980, 640)

    def show_conflict(self, conflict: Conflict, note: str = "") -> None:
        """Show these two texts (again, when the story changed once more: `note` says so)."""
        self.conflict = conflict
        theirs, mine = conflict.theirs, conflict.mine
        headline = theirs.headline.strip() or mine.headline.strip() or self.tr("Untitled")
        self.heading.setText(
            self.tr("“{headline}” was changed elsewhere").format(headline=headline)
        )
        explanation = self._explanation()
        self.explanation.setText(f"{note}\n{explanation}" if note else explanation)
        if theirs.updated_at:
            self.theirs_title.setText(
                self.tr("Theirs: as stored now (version {version}, saved {time})").format(
                    version=theirs.version, time=f"{theirs.updated_at.astimezone():%H:%M}"
                )
            )
        else:
            self.theirs_title.setText(
                self.tr("Theirs: as stored now (version {version})").format(version=theirs.version)
            )
        self.mine_title.setText(
            self.tr("Mine: as typed here (over version {version})").format(version=mine.version)
        )
        self.fields = side_by_side(theirs, mine)
        self._fill()
        self.merge.setChecked(False)
        self.show_merge(False)

    def _fill(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.merge_texts, self.merge_sources, self._merge_rows = {}, {}, []
        row = 0
        for field in self.fields:
            title = QLabel(field.title, self._body)
            title.setStyleSheet("font-weight: bold; padding-top: 8px;")
            self._grid.addWidget(title, row, 0, 1, 2)
            self._grid.addWidget(SideText(field.theirs_html, self._body), row + 1, 0)
            self._grid.addWidget(SideText(field.mine_html, self._body), row + 1, 1)
            self._grid.addWidget(self._merge_row(field), row + 2, 0, 1, 2)
            row += 3
        if not self.fields:
            same = QLabel(
                self.tr("Both texts are the same: keeping either loses nothing."), self._body
            )
            self._grid.addWidget(same, 0, 0, 1, 2)
            row = 1
        self._grid.setRowStretch(row, 1)

    def _merge_row(self, field: SideBySide) -> QWidget:
        box = QWidget(self._body)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Merged:"), box), 0, Qt.AlignmentFlag.AlignTop)
        if field.editable:
            edit = QPlainTextEdit(field.mine, box)
            edit.setObjectName(f"merged_{field.name}")
            edit.setFixedHeight(min(MAX_SIDE_HEIGHT, 36 + 18 * field.mine.count("\n")))
            self.merge_texts[field.name] = edit
            layout.addWidget(edit, 1)
        else:
            source = QComboBox(box)
            none = self.tr("(none)")
            source.addItem(
                self.tr("Mine: {text}").format(text=field.mine or none), Choice.MINE
            )
            source.addItem(
                self.tr("Theirs: {text}").format(text=field.theirs or none), Choice.THEIRS
            )
            self.merge_sources[field.name] = source
            layout.addWidget(source, 1)
        self._merge_rows.append(box)
        return box

    def show_merge(self, shown: bool) -> None:
        for box in self._merge_rows:
            box.setVisible(shown)
        self.keep_merged.setVisible(shown)
        self.keep_theirs.setVisible(not shown)
        self.keep_mine.setVisible(not shown)
        self.merge.setText(self.tr("Back to Choosing") if shown else self.tr("Merge…"))
        (self.keep_merged if shown else self.keep_mine).setDefault(True)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # place the buttons now, not at the next event
        if shown and self.merge_texts:
            next(iter(self.merge_texts.values())).setFocus()

    def _explanation(self) -> str:
        return self.tr(
            "Someone else saved this story while you were editing it, so your text has not "
            "been saved. Keep theirs, keep yours, or merge the two. The text you do not keep "
            "is kept as a revision: nothing is lost. Words only theirs has are marked red, "
            "words only yours has green."
        )

    def merged_story(self) -> Story:
        assert self.conflict is not None
        texts = {name: edit.toPlainText() for name, edit in self.merge_texts.items()}
        from_theirs = [name for name, box in self.merge_sources.items()
                       if box.currentData() is Choice.THEIRS]  # fmt: skip
        return merged(self.conflict.theirs, self.conflict.mine, texts, from_theirs)

    def _choose(self, choice: Choice) -> None:
        if self.conflict is None:
            return
        if choice is Choice.THEIRS:
            story = self.conflict.theirs
        elif choice is Choice.MINE:
            story = self.conflict.mine
        else:
            story = self.merged_story()
        self.chosen.emit(choice, story)

    def set_busy(self, busy: bool) -> None:
        """While the choice is being kept: no second choice."""
        for button in (self.keep_theirs, self.keep_mine, self.keep_merged, self.merge):
            button.setEnabled(not busy)
