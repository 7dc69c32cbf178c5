"""What the composition step (`desk_controllers.py`) takes from the main window, as a
protocol: the widgets it wires to the controllers it builds. The controllers themselves
are given only the services and widgets each one uses, never the window, and the module
that builds them never imports `main_window` (no import circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from editorial.ui.change_bus import ChangeBus
    from editorial.ui.checks_panel import ChecksPanel
    from editorial.ui.editor_pane import EditorPane
    from editorial.ui.models.story_list_model import StoryListModel
    from editorial.ui.notices import Notices
    from editorial.ui.preview import PreviewPane
    from editorial.ui.status_bar import StoryStatusBar
    from editorial.ui.story_editor import StoryEditor
    from editorial.ui.story_list import StoryListPanel
    from editorial.ui.tasks import TaskRunner
    from editorial.ui.window_actions import WindowActions


class DeskWindow(Protocol):
    """The parts of the main window its controllers are built over."""

    runner: TaskRunner
    bus: ChangeBus
    notices: Notices
    editor: StoryEditor
    editor_pane: EditorPane
    model: StoryListModel
    list_panel: StoryListPanel
    commands: WindowActions
    preview: PreviewPane
    checks_panel: ChecksPanel
    status: StoryStatusBar

    def setWindowTitle(self, title: str) -> None: ...
