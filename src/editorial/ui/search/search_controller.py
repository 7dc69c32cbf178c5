"""The search as you type: each edit of the field (after a short pause) runs the search
on the database lane; a newer search replaces one still waiting, and an answer to an
older one than the field now asks is dropped. A malformed query is said under the field.
Results are read again when the library's stories change (the change bus).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from editorial.domain.changes import DeskChanges
from editorial.domain.search_results import SavedSearch, SearchHit
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.tasks import Task

if TYPE_CHECKING:
    from editorial.services.search import SearchService
    from editorial.ui.search.search_panel import SearchPanel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner

PAUSE_MS = 120  # typing faster than this is one search
SETTLE_MS = 300  # a burst of saves and imports reads the results once


class SearchController(QObject):
    """`answered` when results (or a message) for the field's current text are shown.
    Errors (a malformed query, a busy library) are said under the field: the search is
    asked again at the next keystroke."""

    answered = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        search: SearchService,
        panel: SearchPanel,
        bus: ChangeBus,
        open_story: Callable[[int], None],
        host: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._search = search
        self._panel = panel
        self._host = host
        self._asked = 0  # the number of the newest search asked for
        self.searches = 0  # searches run (tests)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.run)
        panel.query_changed.connect(lambda _text: self._pause.start())
        panel.order_changed.connect(self.run)
        panel.saved_chosen.connect(lambda _query: self.run())
        panel.story_chosen.connect(open_story)
        panel.save_requested.connect(self.ask_to_save)
        panel.remove_saved_requested.connect(self.remove_saved)
        bus.changed.connect(self._changes_published)
        self.load_saved()

    def run(self) -> None:
        """Search for the field's text now (on the database lane)."""
        self._pause.stop()
        text = self._panel.field.text()
        self._asked += 1
        if not text.strip():
            self._panel.clear_results()
            self.answered.emit()
            return
        if self._runner.is_closed:
            return
        asked, search, order = self._asked, self._search, self._panel.current_order
        self.searches += 1

        def work() -> list[SearchHit]:
            return search.search(text, order=order, typing=True)

        task = Task(work, lambda hits: self._answered(asked, hits),
                    lambda error: self._failed(asked, error), key="search", label="search",
                    receiver=self)  # fmt: skip
        self._runner.submit(self._runner.database_lane, task)

    def _answered(self, asked: int, hits: list[SearchHit]) -> None:
        if asked != self._asked:
            return  # the field has asked something newer since
        self._panel.show_hits(hits)
        self.answered.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        self._panel.clear_results(error_text(error))
        self.answered.emit()

    def _changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if changes.stories.list_changed and self._panel.field.text().strip():
            QTimer.singleShot(SETTLE_MS, self, self._rerun_if_idle)

    def _rerun_if_idle(self) -> None:
        if not self._pause.isActive():
            self.run()

    # Saved searches

    def load_saved(self) -> None:
        if self._runner.is_closed:
            return
        self._runner.database(self._search.saved, self._panel.show_saved, self._saved_failed,
                              label="saved searches", receiver=self)  # fmt: skip

    def ask_to_save(self, text: str) -> None:
        if not text.strip():
            self._panel.show_message(self.tr("Type a search to save first."))
            return
        name, chosen = QInputDialog.getText(
            self._host, self.tr("Save Search"), self.tr("Name:"), text=text
        )
        if chosen:
            self.save(name, text)

    def save(self, name: str, text: str) -> None:
        search = self._search

        def work() -> list[SavedSearch]:
            search.save(name, text)
            return search.saved()

        self._runner.database(work, self._panel.show_saved, self._saved_failed,
                              label="save search", receiver=self)  # fmt: skip

    def remove_saved(self, search_id: int) -> None:
        search = self._search

        def work() -> list[SavedSearch]:
            search.remove_saved(search_id)
            return search.saved()

        self._runner.database(work, self._panel.show_saved, self._saved_failed,
                              label="remove saved search", receiver=self)  # fmt: skip

    def _saved_failed(self, error: Exception) -> None:
        self._panel.show_message(error_text(error))
