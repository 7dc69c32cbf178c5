"""What the editor does with whole stories: open, start, close, trash, restore, and which
listing the list shows. Every step that leaves the open story first flushes its unsaved
text into the library, and goes no further if that fails.

Each use case's result (`StoryChanges`) is published on the change bus; the story list
(`StoryListSync`) and whoever else cares refresh from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import Story
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from editorial.services.editing import EditingService, Saved
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.story_list_sync import StoryListSync
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner

NOTICE_MS = 5000


class StoryDesk(QObject):
    """`show_trash`: the View ▸ Show Spiked action, kept in step with the listing shown."""

    def __init__(
        self,
        *,
        runner: TaskRunner,
        editing: EditingService,
        bus: ChangeBus,
        session: StorySession,
        editor: StoryEditor,
        panes: StoryPanes,
        stories: StoryListSync,
        notices: Notices,
        show_trash: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._editing = editing
        self._bus = bus
        self._session = session
        self._editor = editor
        self._panes = panes
        self._stories = stories
        self._notices = notices
        self._show_trash = show_trash
        self._wanted: int | None = None  # the story last asked for, shown when it arrives
        self._before_trash: int | None = None  # the story open when the trash was shown

    # Opening and closing

    def open_story(self, story_id: int) -> None:
        if story_id == self._session.story_id:
            return
        editing = self._editing
        self._wanted = story_id

        def load(saved: bool) -> None:
            if not saved:
                self._keep_current()
                return
            if self._wanted != story_id:
                return
            self._runner.database(
                lambda: editing.get(story_id), self._loaded, self._load_failed, label="open"
            )

        self._session.flush(load)

    def _loaded(self, story: Story) -> None:
        if story.id == self._wanted:
            self._panes.show_story(story)

    def _load_failed(self, error: Exception) -> None:
        self._notices.error(error_text(error))
        self._keep_current()
        if self._wanted is None:  # none open before: not "Opening the story…" for ever
            self._panes.show_story(None)

    def _keep_current(self) -> None:
        self._wanted = self._session.story_id
        self._stories.view.select_story(self._wanted)

    def _show_none(self) -> None:
        self._wanted = None
        self._panes.show_story(None)

    def close_story(self) -> None:
        self._session.flush(lambda saved: self._show_none() if saved else None)

    def new_story(self) -> None:
        editing = self._editing

        def create(saved: bool) -> None:
            if saved:
                self._runner.database(lambda: editing.create(""), self._created, label="new story")
            else:
                self._keep_current()

        self._session.flush(create)

    def _created(self, saved: Saved) -> None:
        story = saved.story
        if self._stories.trashed:
            # A new story belongs to the library: leave the trash to show it.
            self._show_listing(False, then=lambda: self._created(saved))
            return
        self._publish(DeskChanges.of_stories(saved.changes, story))
        self._wanted = story.id
        self._panes.show_story(story)
        self._editor.focus_headline()

    # Trash

    def trash_selected(self) -> None:
        editing = self._editing
        story_id = self._stories.view.selected_id() or self._session.story_id
        if story_id is None or self._stories.trashed:
            return
        is_open = story_id == self._session.story_id
        row = self._stories.model.row_of(story_id)

        def trash(saved: bool) -> None:
            if not saved:
                return
            self._runner.database(
                lambda: editing.trash(story_id),
                lambda changes: self._trashed(changes, story_id, is_open, row),
                self._refused,
                label="trash",
            )

        if is_open:
            self._session.flush(trash)
        else:
            trash(True)

    def _trashed(
        self, changes: StoryChanges, story_id: int, was_open: bool, row: int | None
    ) -> None:
        headline = self._stories.headline_of(story_id)
        self._publish(DeskChanges.of_stories(changes))
        self._notices.say(
            self.tr("“{headline}” spiked (View ▸ Show Spiked to restore it)").format(
                headline=headline
            ),
            NOTICE_MS,
        )
        if was_open:
            model = self._stories.model
            follower = model.summary_at(min(row or 0, model.rowCount() - 1))
            if follower is not None:
                self.open_story(follower.id)
            else:
                self._show_none()

    def restore_selected(self) -> None:
        """Restore the spiked story shown (the one the Restore action was enabled for)."""
        editing = self._editing
        story_id = self._session.story_id or self._stories.view.selected_id()
        if story_id is None or not self._stories.trashed:
            return
        self._runner.database(
            lambda: editing.restore(story_id),
            lambda changes: self._restored(changes, story_id),
            self._refused,
            label="restore",
        )

    def _refused(self, error: Exception) -> None:
        """A spike or restore the workflow refused (the role, whose story, its state)."""
        self._notices.error(error_text(error))

    def _restored(self, changes: StoryChanges, story_id: int) -> None:
        headline = self._stories.headline_of(story_id)
        self._publish(DeskChanges.of_stories(changes))
        if self._session.story_id == story_id:
            self._show_none()
        self._notices.say(self.tr("“{headline}” restored").format(headline=headline), NOTICE_MS)

    def show_trash(self, trashed: bool) -> None:
        """Show the trash (or the library again). The open story is saved and closed,
        and opened again on the way back."""
        if self._stories.trashed == trashed:
            return

        def switch(saved: bool) -> None:
            if not saved:
                self._set_trash_checked(not trashed)
                return
            if trashed:
                self._before_trash = self._session.story_id
            self._show_none()
            self._show_listing(trashed, then=None if trashed else self._reopen_after_trash)

        self._session.flush(switch)

    def _reopen_after_trash(self) -> None:
        model = self._stories.model
        story_id, self._before_trash = self._before_trash, None
        if story_id is None or model.row_of(story_id) is None:
            first = model.summary_at(0)
            story_id = first.id if first is not None else None
        if story_id is not None:
            self.open_story(story_id)

    def _set_trash_checked(self, trashed: bool) -> None:
        action = self._show_trash
        blocked = action.blockSignals(True)
        action.setChecked(trashed)
        action.blockSignals(blocked)

    def _show_listing(self, trashed: bool, then: Callable[[], None] | None = None) -> None:
        def listed() -> None:
            self._set_trash_checked(trashed)
            if then is not None:
                then()

        self._stories.show_listing(trashed, listed)

    # Saves

    def save_failed(self, story: Story, error: Exception) -> None:
        """A save that failed for a reason other than a conflict (those go to
        `ConflictController`): the text stays in the editor, the save is tried again."""
        self._notices.warning(
            self.tr(
                "The story could not be saved: {error}\nEditorial will try again as you "
                "type; your text is still in the editor."
            ).format(error=error_text(error))
        )

    def _publish(self, changes: DeskChanges) -> None:
        self._bus.publish(changes, self)
