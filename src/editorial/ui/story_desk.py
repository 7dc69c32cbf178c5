"""What the editor does with whole stories: open, start, close, trash, restore, and which
listing the list shows. Every step that leaves the open story first flushes its unsaved
text into the library, and goes no further if that fails.

The list is refreshed from what each use case says it changed (`StoryChanges`): a saved
or created story is updated in place from the story in hand, a trashed or restored one
is taken out of the listing, and only a change of listing asks the library again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import StoryChanges
from editorial.domain.story import Story, StorySummary
from editorial.ui.message_banner import Severity
from editorial.ui.models.story_list_model import UNTITLED

if TYPE_CHECKING:
    from editorial.services.editing import EditingService, Saved
    from editorial.ui.desk_window import DeskWindow

NOTICE_MS = 5000


class StoryDesk(QObject):
    def __init__(self, window: DeskWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._wanted: int | None = None  # the story last asked for, shown when it arrives
        self._before_trash: int | None = None  # the story open when the trash was shown

    @property
    def _editing(self) -> EditingService | None:
        return self.window.editing

    # Opening and closing

    def open_story(self, story_id: int) -> None:
        if story_id == self.window.session.story_id or self._editing is None:
            return
        editing = self._editing
        self._wanted = story_id

        def load(saved: bool) -> None:
            if not saved:
                self._keep_current()
                return
            if self._wanted != story_id:
                return
            self.window.runner.database(
                lambda: editing.get(story_id), self._loaded, self._load_failed, label="open"
            )

        self.window.session.flush(load)

    def _loaded(self, story: Story) -> None:
        if story.id == self._wanted:
            self.window.show_story(story)

    def _load_failed(self, error: Exception) -> None:
        self.window.show_error(str(error))
        self._keep_current()

    def _keep_current(self) -> None:
        self._wanted = self.window.session.story_id
        self.window.list_panel.view.select_story(self._wanted)

    def close_story(self) -> None:
        def close(saved: bool) -> None:
            if saved:
                self._wanted = None
                self.window.show_story(None)

        self.window.session.flush(close)

    def new_story(self) -> None:
        editing = self._editing
        if editing is None:
            return

        def create(saved: bool) -> None:
            if saved:
                self.window.runner.database(
                    lambda: editing.create(""), self._created, label="new story"
                )
            else:
                self._keep_current()

        self.window.session.flush(create)

    def _created(self, saved: Saved) -> None:
        story = saved.story
        if self.window.commands.show_trash.isChecked():
            # A new story belongs to the library: leave the trash to show it.
            self._show_listing(False, then=lambda: self._created(saved))
            return
        self.apply_changes(saved.changes, story)
        self._wanted = story.id
        self.window.show_story(story)
        self.window.editor.focus_headline()

    # Trash

    def trash_selected(self) -> None:
        editing = self._editing
        story_id = self.window.list_panel.view.selected_id() or self.window.session.story_id
        if editing is None or story_id is None or self.window.model.trashed:
            return
        is_open = story_id == self.window.session.story_id
        row = self.window.model.row_of(story_id)

        def trash(saved: bool) -> None:
            if not saved:
                return
            self.window.runner.database(
                lambda: editing.trash(story_id),
                lambda changes: self._trashed(changes, story_id, is_open, row),
                label="trash",
            )

        if is_open:
            self.window.session.flush(trash)
        else:
            trash(True)

    def _trashed(
        self, changes: StoryChanges, story_id: int, was_open: bool, row: int | None
    ) -> None:
        headline = self._headline_of(story_id)
        self.apply_changes(changes)
        self.window.statusBar().showMessage(
            f"“{headline}” moved to the trash (View ▸ Show Trash to restore it)", NOTICE_MS
        )
        if was_open:
            follower = self.window.model.summary_at(min(row or 0, self.window.model.rowCount() - 1))
            if follower is not None:
                self.open_story(follower.id)
            else:
                self._wanted = None
                self.window.show_story(None)

    def restore_selected(self) -> None:
        editing = self._editing
        story_id = self.window.list_panel.view.selected_id() or self.window.session.story_id
        if editing is None or story_id is None or not self.window.model.trashed:
            return
        self.window.runner.database(
            lambda: editing.restore(story_id),
            lambda changes: self._restored(changes, story_id),
            label="restore",
        )

    def _restored(self, changes: StoryChanges, story_id: int) -> None:
        headline = self._headline_of(story_id)
        # In the trash listing a restored story is one to take out of the list.
        self.apply_changes(StoryChanges(removed=changes.created | changes.removed))
        if self.window.session.story_id == story_id:
            self._wanted = None
            self.window.show_story(None)
        self.window.statusBar().showMessage(f"“{headline}” restored", NOTICE_MS)

    def show_trash(self, trashed: bool) -> None:
        """Show the trash (or the library again). The open story is saved and closed,
        and opened again on the way back."""
        if self.window.model.trashed == trashed:
            return

        def switch(saved: bool) -> None:
            if not saved:
                self._set_trash_checked(not trashed)
                return
            if trashed:
                self._before_trash = self.window.session.story_id
            self._wanted = None
            self.window.show_story(None)
            self._show_listing(trashed, then=None if trashed else self._reopen_after_trash)

        self.window.session.flush(switch)

    def _reopen_after_trash(self) -> None:
        model = self.window.model
        story_id, self._before_trash = self._before_trash, None
        if story_id is None or model.row_of(story_id) is None:
            first = model.summary_at(0)
            story_id = first.id if first is not None else None
        if story_id is not None:
            self.open_story(story_id)

    def _set_trash_checked(self, trashed: bool) -> None:
        action = self.window.commands.show_trash
        blocked = action.blockSignals(True)
        action.setChecked(trashed)
        action.blockSignals(blocked)

    def _show_listing(self, trashed: bool, then: Callable[[], None] | None = None) -> None:
        editing = self._editing
        if editing is None:
            return

        def listed(summaries: list[StorySummary]) -> None:
            self.window.list_panel.show_trash(trashed)
            self.window.model.update(summaries)
            self._set_trash_checked(trashed)
            if then is not None:
                then()

        self.window.runner.database(
            lambda: editing.list_stories(trashed=trashed), listed, label="list"
        )

    # Keeping the list true

    def story_saved(self, story: Story, changes: StoryChanges) -> None:
        self.apply_changes(changes, story)

    def save_failed(self, story: Story, error: Exception) -> None:
        from editorial.domain.errors import VersionConflict

        if isinstance(error, VersionConflict):
            self.window.show_error(
                f"{error}\n\nYour text is still in the editor and has not been saved. "
                "Keep it as a new story, then compare the two.",
                [("Keep My Text as a New Story", lambda: self.save_copy(story))],
            )
        else:
            self.window.banner.show_message(
                f"The story could not be saved: {error}\nEditorial will try again as you "
                "type; your text is still in the editor.",
                Severity.WARNING,
            )

    def save_copy(self, story: Story) -> None:
        """Keep the editor's text as a new story after a conflict."""
        editing = self._editing
        if editing is None:
            return
        mine = self.window.editor.story() or story

        def copy() -> Saved:
            return editing.save_as_copy(mine)

        def copied(saved: Saved) -> None:
            self.window.banner.clear()
            # The conflicting story's row showed the text typed into it: list it afresh.
            changes = StoryChanges(
                created=frozenset({saved.story.id or 0}), updated=frozenset({story.id or 0})
            )
            self.apply_changes(changes, saved.story)
            self._wanted = saved.story.id
            self.window.show_story(saved.story)

        self.window.runner.database(copy, copied, label="save copy")

    def apply_changes(self, changes: StoryChanges, story: Story | None = None) -> None:
        if not changes.list_changed:
            return
        model = self.window.model
        for story_id in changes.removed:
            model.remove(story_id)
        touched = changes.created | changes.updated
        if story is not None and story.id in touched:
            model.upsert(story.summary())
            touched = touched - {story.id}
        if touched:
            self._show_listing(model.trashed)
        self.window.list_panel.view.select_story(self.window.session.story_id)

    def _headline_of(self, story_id: int) -> str:
        row = self.window.model.row_of(story_id)
        summary = self.window.model.summary_at(row) if row is not None else None
        return (summary.headline.strip() if summary is not None else "") or UNTITLED
