"""The story list kept true: it subscribes to the change bus and updates the rows a change
concerns, and it switches between the library and the trash.

A story the change brings in hand (a save, a new story) updates its row in place; a
trashed or restored one leaves the listing it no longer belongs to; only ids with no
story in hand (an import, another process) make it ask the library again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges
from editorial.domain.story import StorySummary
from editorial.ui.library.story_list_model import UNTITLED

if TYPE_CHECKING:
    from collections.abc import Set

    from editorial.services.editing import EditingService
    from editorial.ui.library.story_list import StoryListPanel
    from editorial.ui.library.story_list_model import StoryListModel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner


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
            self.show_listing(model.trashed)
        self.view.select_story(self._open_story())

    def _in_library(self, changes: DeskChanges) -> Set[int]:
        """Rows to update in the library's listing; the ids to read again."""
        stories, model = changes.stories, self.model
        for story_id in stories.removed:
            model.remove(story_id)
        touched = stories.created | stories.updated
        for story in changes.stories_in_hand:
            if story.id in touched and story.trashed_at is None:
                model.upsert(story.summary())
                touched = touched - {story.id}
        return touched - stories.removed

    def _in_trash(self, changes: DeskChanges) -> Set[int]:
        """In the trash a restored story is one to take out, a trashed one to bring in."""
        stories, model = changes.stories, self.model
        for story_id in stories.created:
            model.remove(story_id)
        listed = {i for i in stories.updated if model.row_of(i) is not None}
        return stories.removed | listed

    def show_listing(self, trashed: bool, then: Callable[[], None] | None = None) -> None:
        """List the trash (or the library) afresh, then call `then`."""
        editing = self._editing
        self.listings += 1

        def listed(summaries: list[StorySummary]) -> None:
            self.panel.show_trash(trashed)
            self.model.update(summaries)
            if then is not None:
                then()

        self._runner.database(
            lambda: editing.list_stories(trashed=trashed), listed, label="list", receiver=self
        )

    def headline_of(self, story_id: int) -> str:
        row = self.model.row_of(story_id)
        summary = self.model.summary_at(row) if row is not None else None
        return (summary.headline.strip() if summary is not None else "") or UNTITLED
