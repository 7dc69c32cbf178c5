"""The story list kept true: it reads the listing page by page as the view scrolls, it
subscribes to the change bus and updates the rows a change concerns, it notices changes
made by other processes, and it switches between the library and the trash.

A story the change brings in hand (a save, a new story) is placed in its row at once,
by bisection (`StoryListModel.upsert`); ids with no story in hand (an import, a move)
are read back as summaries and placed the same way. Only a change of more stories than
`READ_BACK_LIMIT` reads the rows shown again.

Changes made by other processes come from the window's one poller, the library watcher
(`ui/shell/library_watcher.py`), on the same bus; stories added or purged elsewhere that
the bus cannot name (an import keeps its source's old times) come as `refresh_rows`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges
from editorial.domain.story import StorySummary
from editorial.ui.library.story_list_model import PAGE_SIZE, untitled

if TYPE_CHECKING:
    from collections.abc import Set

    from editorial.services.editing import EditingService
    from editorial.ui.library.story_list import StoryListPanel
    from editorial.ui.library.story_list_model import StoryListModel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner

READ_BACK_LIMIT = 500  # more changed ids than this: read the rows shown again instead


class StoryListSync(QObject):
    """`open_story` tells which story is open (its row stays selected)."""

    def __init__(
        self,
        runner: TaskRunner,
        editing: EditingService,
        bus: ChangeBus,
        model: StoryListModel,
        panel: StoryListPanel,
        open_story: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._editing = editing
        self.model = model
        self.panel = panel
        self.view = panel.view
        self._open_story = open_story
        self.listings = 0  # how often the library was asked for a listing (tests, bench)
        model.fetch_page = self._fetch_page
        bus.changed.connect(self.changes_published)

    @property
    def trashed(self) -> bool:
        return self.model.trashed

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        stories = changes.stories
        if not stories.list_changed:
            return
        model = self.model
        to_read = self._in_trash(changes) if model.trashed else self._in_library(changes)
        if to_read:
            self._read_back(to_read)
        self.view.select_story(self._open_story())

    def _in_library(self, changes: DeskChanges) -> Set[int]:
        """Rows to update in the library's listing; the ids to read again."""
        stories, model = changes.stories, self.model
        for story_id in stories.removed:
            model.remove(story_id)
        touched = stories.created | stories.updated
        for story in changes.stories_in_hand:
            if story.id in touched:
                model.upsert(story.summary())
                touched = touched - {story.id}
        return touched - stories.removed

    def _in_trash(self, changes: DeskChanges) -> Set[int]:
        """In the trash a restored story is one to take out, a trashed one to bring in."""
        stories, model = changes.stories, self.model
        for story_id in stories.created:
            model.remove(story_id)
        return stories.removed | stories.updated

    def _read_back(self, story_ids: Set[int]) -> None:
        """Read these stories' summaries and place each (gone ones leave the list)."""
        if len(story_ids) > READ_BACK_LIMIT:
            self.refresh_rows()
            return
        editing, wanted = self._editing, frozenset(story_ids)
        self._runner.database(
            lambda: editing.summaries_of(wanted),
            lambda found: self._place(wanted, found),
            label="list",
            receiver=self,
        )

    def _place(self, wanted: frozenset[int], found: list[StorySummary]) -> None:
        for story_id in wanted - {summary.id for summary in found}:
            self.model.remove(story_id)
        for summary in found:
            self.model.upsert(summary)
        self.view.select_story(self._open_story())

    def refresh_rows(self, more: int = 0) -> None:
        """Read as many rows as are loaded (and `more`: stories added) again and bring
        the list to them."""
        editing, trashed = self._editing, self.model.trashed
        limit = max(PAGE_SIZE, self.model.rowCount() + min(max(more, 0), READ_BACK_LIMIT))
        self.listings += 1

        def listed(summaries: list[StorySummary]) -> None:
            if self.model.trashed == trashed:
                self.model.update(summaries, complete=len(summaries) < limit)
                self.view.select_story(self._open_story())

        self._runner.database(
            lambda: editing.list_page(trashed=trashed, limit=limit), listed, label="list",
            receiver=self,
        )  # fmt: skip

    def show_listing(self, trashed: bool, then: Callable[[], None] | None = None) -> None:
        """List the trash (or the library) afresh from its first page, then call `then`."""
        editing = self._editing
        self.listings += 1

        def listed(summaries: list[StorySummary]) -> None:
            self.panel.show_trash(trashed)
            self.show_first_page(summaries)
            if then is not None:
                then()

        self._runner.database(
            lambda: editing.list_page(trashed=trashed, limit=PAGE_SIZE), listed, label="list",
            receiver=self,
        )  # fmt: skip

    def show_first_page(self, summaries: list[StorySummary]) -> None:
        self.model.reset(summaries, complete=len(summaries) < PAGE_SIZE)

    def _fetch_page(self, after: StorySummary | None) -> None:
        editing, trashed, model = self._editing, self.model.trashed, self.model

        def fetched(page: list[StorySummary]) -> None:
            if model.trashed == trashed:
                model.add_page(after, page, full=len(page) == PAGE_SIZE)
            else:
                model.fetch_failed()

        self._runner.database(
            lambda: editing.list_page(trashed=trashed, after=after, limit=PAGE_SIZE),
            fetched,
            lambda _error: model.fetch_failed(),
            label="list page",
            receiver=self,
        )

    def headline_of(self, story_id: int) -> str:
        row = self.model.row_of(story_id)
        summary = self.model.summary_at(row) if row is not None else None
        return (summary.headline.strip() if summary is not None else "") or untitled()
