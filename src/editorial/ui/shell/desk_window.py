"""What the composition step (`desk_controllers.py`) takes from the main window, as a
protocol: the widgets it wires to the controllers it builds. The controllers themselves
are given only the services and widgets each one uses, never the window, and the module
that builds them never imports `main_window` (no import circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from editorial.ui.checks.checks_panel import ChecksPanel
    from editorial.ui.desk.desk_view import DeskView
    from editorial.ui.editor.editor_pane import EditorPane
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.library.history_panel import HistoryPanel
    from editorial.ui.library.story_list import StoryListPanel
    from editorial.ui.library.story_list_model import StoryListModel
    from editorial.ui.preview.preview import PreviewPane
    from editorial.ui.publishing.publishing_light import PublishingLight
    from editorial.ui.publishing.publishing_panel import PublishingPanel
    from editorial.ui.review.review_view import ReviewView
    from editorial.ui.search.search_panel import SearchPanel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.message_banner import MessageBanner
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.status_bar import StoryStatusBar
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_actions import WindowActions


class DeskWindow(Protocol):
    """The parts of the main window its controllers are built over."""

    runner: TaskRunner
    bus: ChangeBus
    notices: Notices
    banner: MessageBanner
    editor_pane: EditorPane
    model: StoryListModel
    list_panel: StoryListPanel
    commands: WindowActions
    preview: PreviewPane
    publishing_light: PublishingLight
    status: StoryStatusBar

    # Built on first need (the first frame does without them): read-only.
    @property
    def checks_panel(self) -> ChecksPanel: ...
    @property
    def editor(self) -> StoryEditor: ...
    @property
    def history_panel(self) -> HistoryPanel: ...
    @property
    def publishing_panel(self) -> PublishingPanel: ...
    @property
    def review_view(self) -> ReviewView: ...
    @property
    def desk_view(self) -> DeskView: ...
    @property
    def search_panel(self) -> SearchPanel: ...

    def setWindowTitle(self, title: str) -> None: ...

    def show_review_page(self, review: bool) -> None: ...

    def show_desk_view(self) -> None: ...

    def show_story_list(self) -> None: ...

    def show_search(self) -> None: ...
