"""The open story on screen: the editor, its save session, the preview, the checks, the
status bar, the window title and the story actions, kept in step.

It subscribes to the change bus for what makes the same story look different: a house
style or headline limit changed in the preferences, house style files read again. Those
re-draw the dateline, the preview and the status bar (the checks listen for themselves).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editorial.domain.changes import DeskChanges
from editorial.domain.story import Story
from editorial.domain.workflow import is_read_only, read_only_message
from editorial.ui.editor.editor_pane import NO_STORY
from editorial.ui.library.story_list_model import untitled
from editorial.ui.shell.domain_text import error_text, translated

if TYPE_CHECKING:
    from editorial.services.preferences import PreferencesService
    from editorial.ui.checks.checks_controller import ChecksController
    from editorial.ui.editor.editor_pane import EditorPane
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.story_list import StoryListView
    from editorial.ui.library.story_list_model import StoryListModel
    from editorial.ui.preview.preview import PreviewPane
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.status_bar import StoryStatusBar
    from editorial.ui.shell.window_actions import WindowActions

APP_TITLE = "Editorial"


def window_title(story: Story | None) -> str:
    if story is None:
        return APP_TITLE
    return f"{APP_TITLE} — {story.headline.strip() or untitled()}"


class StoryPanes(QObject):
    """`story_shown(story or None)`: a story was put on screen (the workflow's actions
    and the history follow it)."""

    story_shown = Signal(object)

    def __init__(
        self,
        *,
        pane: EditorPane,
        session: StorySession,
        preview: PreviewPane,
        checks: ChecksController,
        status: StoryStatusBar,
        actions: WindowActions,
        model: StoryListModel,
        view: StoryListView,
        set_title: Callable[[str], None],
        preferences: PreferencesService,
        bus: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.editor = pane.editor
        self.session = session
        self.preview = preview
        self.checks = checks
        self.status = status
        self._actions = actions
        self._model = model
        self._view = view
        self._set_title = set_title
        self._preferences = preferences
        status.headline_limit = preferences.current().headline_limit
        self.editor.story_edited.connect(self._story_edited)
        session.state_changed.connect(self._show_save_state)
        bus.changed.connect(self.changes_published)

    def show_story(self, story: Story | None) -> None:
        """Put a story in the editor, the preview, the status bar and the title."""
        in_trash = story is not None and story.is_trashed
        # What went (or is about to go) out changes only through the workflow's moves.
        read_only = story is not None and (in_trash or is_read_only(story.status))
        self.editor.set_story(story)
        self.editor.set_read_only(read_only)
        self.pane.show_read_only(
            translated(read_only_message(story.status)) if read_only and story else ""
        )
        self.session.open(story, read_only=read_only)
        self.preview.show_story(story, at_once=True)
        self.checks.show_story(story)
        self.status.show_story(story, at_once=True)
        self._set_title(window_title(story))
        self._actions.set_story_actions_enabled(story is not None, in_trash, read_only)
        self.pane.show_editor(story is not None, NO_STORY)
        self._view.select_story(story.id if story is not None else None)
        self.story_shown.emit(story)

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if not changes.shown_in_a_story:
            return
        self.status.headline_limit = self._preferences.current().headline_limit
        self.editor.refresh_dateline()
        story = self.editor.story()
        self.preview.show_story(story, at_once=True)
        self.status.show_story(story, at_once=True)

    def _story_edited(self, story: Story) -> None:
        self.session.note_edit()
        if story.id is not None:
            self._model.show_typing(story.id, story.headline, story.slug)
        self.preview.show_story(story)
        self.status.show_story(story)
        self._set_title(window_title(story))

    def _show_save_state(self) -> None:
        error = self.session.last_error
        self.status.show_save_state(
            self.session.state, self.session.last_saved, error_text(error) if error else ""
        )
