"""The desk view kept true: read again when this window changes the library (the change
bus), and, for changes made elsewhere (another window, the CLI, another machine on a
shared library), when a cheap mark of the library's state (`ReviewService.change_mark`:
a few counts and maxima) differs from the last one seen. The mark is asked every
POLL_MS on the database lane, only while the view is on screen; the view is read afresh
whenever it comes on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.changes import DeskChanges
from editorial.domain.review import ChangeMark, DeskEntry
from editorial.domain.story import Status
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.tasks import Task

if TYPE_CHECKING:
    from editorial.services.review import ReviewService
    from editorial.ui.desk.desk_view import DeskView
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner

POLL_MS = 2000
SETTLE_MS = 150  # a burst of changes (an import, typing's autosaves) is read once


class DeskBoard(QObject):
    """`refreshed`: the view shows the library as just read (tests wait for it)."""

    refreshed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        review: ReviewService,
        bus: ChangeBus,
        view: DeskView,
        review_story: Callable[[int], None],
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._review = review
        self.view = view
        self.mark: ChangeMark | None = None
        self.polls = 0  # how often the mark was asked for (tests)
        self._reading = False
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        bus.changed.connect(self._changes_published)
        view.shown.connect(self.refresh)
        view.story_activated.connect(review_story)
        self._poll.start()
        if view.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the board (and the mark it answers to) on the database lane."""
        if self._runner.is_closed:
            return
        review = self._review

        def work() -> tuple[ChangeMark, list[DeskEntry], dict[Status, int]]:
            return review.change_mark(), review.board(), review.board_totals()

        self._reading = True
        self._runner.database(work, self._read, self._failed, label="desk", receiver=self)

    def poll(self) -> None:
        """Ask for the mark; read the board again when it changed."""
        if self._runner.is_closed or not self.view.isVisible() or self._reading:
            return
        self.polls += 1
        review = self._review
        # A failed poll (a busy library) is said under the view, not in a banner every
        # couple of seconds; the next poll tries again.
        task = Task(review.change_mark, self._polled, self._poll_failed, key="desk-poll",
                    label="desk poll", receiver=self)  # fmt: skip
        self._runner.submit(self._runner.database_lane, task)

    def _polled(self, mark: ChangeMark) -> None:
        if mark != self.mark and not self._reading:
            self.refresh()

    def _read(self, result: tuple[ChangeMark, list[DeskEntry], dict[Status, int]]) -> None:
        self._reading = False
        self.mark, entries, totals = result
        now = dt.datetime.now().astimezone()
        updated = self.tr("Updated {time}").format(time=f"{now:%H:%M:%S}")
        self.view.show_entries(entries, updated, totals)
        self.refreshed.emit()

    def _poll_failed(self, error: Exception) -> None:
        self.view.updated.setText(self.tr("Not updated: {error}").format(error=error_text(error)))

    def _failed(self, error: Exception) -> None:
        self._reading = False
        self.view.updated.setText(self.tr("Not updated: {error}").format(error=error_text(error)))

    def _changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if changes.stories.list_changed and self.view.isVisible():
            self._settle.start()
