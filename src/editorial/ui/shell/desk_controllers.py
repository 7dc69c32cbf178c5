"""The composition step: once the library is open, build the window's controllers over
its services, each given only what it uses, and wire the window's actions to them.

Until then there are no controllers, and the story actions stay disabled: no controller
ever holds a service that is not there yet. The window imports this module only when the
library has opened, so none of it is on the way to the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import Story
from editorial.ui.checks.checks_controller import ChecksController
from editorial.ui.editor.story_session import StorySession
from editorial.ui.library.story_desk import StoryDesk
from editorial.ui.library.story_list_sync import StoryListSync
from editorial.ui.library.story_workflow import StoryWorkflow
from editorial.ui.shell.story_panes import StoryPanes
from editorial.ui.shell.window_tools import WindowTools

if TYPE_CHECKING:
    from editorial.services.desk import Desk
    from editorial.ui.shell.desk_window import DeskWindow


class DeskControllers(QObject):
    """Every controller of one open desk. `services` is the desk itself, kept to close
    it when the window goes."""

    def __init__(self, window: DeskWindow, host: QWidget, services: Desk) -> None:
        super().__init__(host)
        self.services = services
        runner, bus, editor, editing = window.runner, window.bus, window.editor, services.editing
        window.preview.set_renderer(editing.render)
        editor.set_dateline_formatter(editing.format_dateline)

        self.session = StorySession(runner, editing, editor.story, editor.rebase, self)
        self.checks = ChecksController(
            runner, services.checking, bus, editor, window.checks_panel, self
        )
        self.panes = StoryPanes(
            pane=window.editor_pane,
            session=self.session,
            preview=window.preview,
            checks=self.checks,
            status=window.status,
            actions=window.commands,
            model=window.model,
            view=window.list_panel.view,
            set_title=window.setWindowTitle,
            preferences=services.preferences,
            bus=bus,
            parent=self,
        )
        session = self.session
        self.stories = StoryListSync(
            runner, editing, bus, window.model, window.list_panel, lambda: session.story_id, self
        )
        self.desk = StoryDesk(
            runner=runner,
            editing=editing,
            bus=bus,
            session=self.session,
            editor=editor,
            panes=self.panes,
            stories=self.stories,
            notices=window.notices,
            show_trash=window.commands.show_trash,
            parent=self,
        )
        self.workflow = StoryWorkflow(
            runner=runner,
            workflow=services.workflow,
            editing=editing,
            bus=bus,
            session=self.session,
            current=editor.story,
            panes=self.panes,
            notices=window.notices,
            actions=window.commands,
            history=window.history_panel,
            host=host,
            parent=self,
        )
        self.tools = WindowTools(
            runner=runner,
            services=services,
            bus=bus,
            notices=window.notices,
            editor=editor,
            actions=window.commands,
            desk=self.desk,
            stories=self.stories,
            host=host,
            removed_panel=window.editor_pane.removed_panel,
        )
        self._connect(window)

    def _connect(self, window: DeskWindow) -> None:
        a, desk, session, bus = window.commands, self.desk, self.session, window.bus
        a.new_story.triggered.connect(desk.new_story)
        a.save.triggered.connect(session.save_by_hand)
        a.close_story.triggered.connect(desk.close_story)
        a.trash.triggered.connect(desk.trash_selected)
        a.restore.triggered.connect(desk.restore_selected)
        a.show_trash.toggled.connect(desk.show_trash)
        window.list_panel.add_list_action(a.trash)
        window.list_panel.restore_requested.connect(desk.restore_selected)
        window.list_panel.view.story_activated.connect(desk.open_story)

        def saved(story: Story, changes: StoryChanges) -> None:
            bus.publish(DeskChanges.of_stories(changes, story), session)

        session.saved.connect(saved)
        session.save_failed.connect(desk.save_failed)
        a.new_story.setEnabled(True)
        a.show_trash.setEnabled(True)

    def show_story(self, story: Story | None) -> None:
        self.panes.show_story(story)
