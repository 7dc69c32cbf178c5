"""What the window's controllers (`StoryDesk`, `StoryTransfer`, `WindowTools`) may use of
the window, as a protocol: they are given the window but never import `main_window`, so
the window module can build them without an import circle."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from editorial.domain.story import Story
    from editorial.services.desk import Desk
    from editorial.services.editing import EditingService
    from editorial.ui.message_banner import MessageBanner
    from editorial.ui.models.story_list_model import StoryListModel
    from editorial.ui.preview import PreviewPane
    from editorial.ui.status_bar import StoryStatusBar
    from editorial.ui.story_editor import StoryEditor
    from editorial.ui.story_list import StoryListPanel
    from editorial.ui.story_session import StorySession
    from editorial.ui.tasks import TaskRunner
    from editorial.ui.window_actions import WindowActions

ErrorActions = list[tuple[str, Callable[[], None]]]


class DeskWindow(Protocol):
    """The parts of the main window its controllers work with."""

    runner: TaskRunner
    services: Desk | None  # every service of the open library (None until it is open)
    editing: EditingService | None
    session: StorySession
    editor: StoryEditor
    model: StoryListModel
    list_panel: StoryListPanel
    commands: WindowActions
    banner: MessageBanner
    preview: PreviewPane
    status: StoryStatusBar

    def show_story(self, story: Story | None) -> None: ...

    def show_error(self, message: str, actions: ErrorActions | None = None) -> None: ...

    def statusBar(self) -> QStatusBar: ...
