"""The open story's history: every version the library keeps of it, newest first, with
who made it, when, by what (a save, a move of the desk, a restore) and its note; the
current one in bold. Select two and Compare shows the word diff between them (one: it and
the current text); Restore makes the selected version's text the story's next version.

A table model over the `StoryVersion` list the revision service gives, and the panel that
shows it beside the checks; the controller (`StoryVersions`) answers its requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.initials import initials_of
from editorial.domain.revision import StoryVersion
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.domain.version_words import kept_note
from editorial.domain.workflow import HistoryEntry
from editorial.ui.shell.domain_text import local_moment, translated
from editorial.ui.shell.domain_titles import status_title

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Action"),
    QT_TRANSLATE_NOOP("HistoryModel", "Note"),
    QT_TRANSLATE_NOOP("HistoryModel", "Ver."),
)
NO_HISTORY = QT_TRANSLATE_NOOP("HistoryPanel", "Nothing kept yet for this story.")
# "Who" where the library names no one: a story imported from a file, a version written
# before the library recorded who saved.
NO_ONE = "—"
Index = QModelIndex | QPersistentModelIndex


def when_text(entry: HistoryEntry | StoryVersion, today: dt.date | None = None) -> str:
    """The time alone for today's moves (a desk's day), the date too for older ones, in
    the translation's locale (`01 Dec 14:05`, `1 дек. 14:05`)."""
    if entry.at is None:
        return ""
    at = entry.at.astimezone()
    if at.date() == (today or dt.datetime.now().astimezone().date()):
        return at.strftime("%H:%M")
    pattern = QCoreApplication.translate(
        "HistoryModel", "dd MMM HH:mm", "a version's day and time, as a QLocale date pattern"
    )
    return local_moment(at, pattern)


def action_text(version: StoryVersion) -> str:
    """What made the version ("Submit", "Edit"), in the window's language."""
    return QCoreApplication.translate("HistoryModel", version.title)


def note_text(version: StoryVersion) -> str:
    """The version's note: a person's as written, one the library wrote translated."""
    return translated(kept_note(version.note)) if version.note else ""


def version_label(version: StoryVersion) -> str:
    """A version named for a dialog: "version 5 (Submit, Carla Desk, 10:02)"."""
    parts = (action_text(version), version.by, when_text(version))
    made = ", ".join(part for part in parts if part)
    if version.current:
        text = QCoreApplication.translate(
            "HistoryPanel", "version {version} ({made}), the current text"
        )
    else:
        text = QCoreApplication.translate("HistoryPanel", "version {version} ({made})")
    return text.format(version=version.version, made=made)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[StoryVersion] = []
        # "Who" by initials (the column is narrow); the tooltip names them in full.
        self.initials: Callable[[str], str] = initials_of

    def set_initials(self, initials: Callable[[str], str]) -> None:
        self.initials = initials
        if self.versions:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.versions) - 1, 1))

    def set_versions(self, versions: list[StoryVersion]) -> None:
        self.beginResetModel()
        self.versions = list(reversed(versions))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        version = self.versions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                when_text(version),
                (self.initials(version.by) or version.by) if version.by.strip() else NO_ONE,
                action_text(version),
                note_text(version),
                str(version.version),
            )[index.column()]
        if role == Qt.ItemDataRole.FontRole and version.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = version.at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if version.at else ""
            if version.current:
                text = self.tr("Version {version} (the current text): {action} {time}, {state}")
            else:
                text = self.tr("Version {version}: {action} {time}, {state}")
            if version.by:
                text = (
                    self.tr(
                        "Version {version} (the current text): {action} by {who} {time}, {state}"
                    )
                    if version.current
                    else self.tr("Version {version}: {action} by {who} {time}, {state}")
                )
            line = text.format(
                version=version.version, action=action_text(version), who=version.by,
                time=stamp, state=status_title(version.status).lower(),
            )  # fmt: skip
            return f"{line}\n{note_text(version)}" if version.note else line
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None


class HistoryPanel(QWidget):
    """`compare_requested(older, newer)` and `restore_requested(version)` carry
    `StoryVersion`s; `shown` is emitted when the tab comes into view."""

    compare_requested = Signal(object, object)
    restore_requested = Signal(object)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("Versions of the story"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A note wraps to the width its column has now, which changes with the window.
        header.sectionResized.connect(lambda *_: self._fit_rows_soon())
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.compare_button.setToolTip(
            self.tr(
                "Show what changed between the two selected versions (one selected: between it "
                "and the current text)"
            )
        )
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(
            self.tr(
                "Make the selected version's text the story's next version (the current text "
                "is kept as a version too)"
            )
        )
        self.compare_button.clicked.connect(self._compare)
        self.restore_button.clicked.connect(self._restore)
        self.view.doubleClicked.connect(lambda _index: self._compare())
        buttons = QHBoxLayout()
        for button in (self.compare_button, self.restore_button):
            # Sharing the row, and narrowing with it: the side column stays as narrow as
            # the editor wants it.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.restorable = False  # the open story's text may be changed
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.show_versions(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows_soon()

    def _fit_rows_soon(self) -> None:
        # Once the columns have their new widths (set after this event).
        QTimer.singleShot(0, self.view.resizeRowsToContents)

    def show_versions(self, versions: list[StoryVersion] | None) -> None:
        """None: no story open. The selection is kept by version where it still is."""
        kept = {v.version for v in self.selected()}
        self.model.set_versions(versions or [])
        self.view.resizeRowsToContents()
        if versions is None:
            self.message.setText(self.tr("No story open."))
        elif not versions:
            self.message.setText(self.tr(NO_HISTORY))
        self.message.setVisible(not versions)
        for row, version in enumerate(self.model.versions):
            if version.version in kept:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows,
                )
        self._enable()

    def set_restorable(self, restorable: bool) -> None:
        self.restorable = restorable
        self._enable()

    def selected(self) -> list[StoryVersion]:
        """The selected versions, oldest first."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.versions[row] for row in reversed(rows)]

    def select_versions(self, *numbers: int) -> None:
        self.view.clearSelection()
        model = self.view.selectionModel()
        for row, version in enumerate(self.model.versions):
            if version.version in numbers:
                model.select(
                    self.model.index(row, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows,
                )

    def _pair(self) -> tuple[StoryVersion, StoryVersion] | None:
        selected = self.selected()
        if len(selected) == 1 and not selected[0].current and self.model.versions:
            return selected[0], self.model.versions[0]  # with the current text
        if len(selected) == 2:
            return selected[0], selected[1]
        return None

    def _enable(self) -> None:
        selected = self.selected()
        self.compare_button.setEnabled(self._pair() is not None)
        self.restore_button.setEnabled(
            self.restorable and len(selected) == 1 and not selected[0].current
        )

    def _compare(self) -> None:
        pair = self._pair()
        if pair is not None:
            self.compare_requested.emit(*pair)

    def _restore(self) -> None:
        selected = self.selected()
        if self.restore_button.isEnabled() and len(selected) == 1:
            self.restore_requested.emit(selected[0])
