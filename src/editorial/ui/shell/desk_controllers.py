"""The composition step: once the library is open, build the window's controllers over
its services, each given only what it uses, and wire the window's actions to them.

Until then there are no controllers, and the story actions stay disabled: no controller
ever holds a service that is not there yet. The window imports this module only when the
library has opened, so none of it is on the way to the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import Story
from editorial.services.library import default_library_path
from editorial.services.session_state import SessionStateFile
from editorial.ui.checks.checks_controller import ChecksController
from editorial.ui.desk.desk_board import DeskBoard
from editorial.ui.editor.conflict_controller import ConflictController
from editorial.ui.editor.story_lock_keeper import StoryLockKeeper
from editorial.ui.editor.story_session import StorySession
from editorial.ui.library.story_desk import StoryDesk
from editorial.ui.library.story_list_sync import StoryListSync
from editorial.ui.library.story_versions import StoryVersions
from editorial.ui.library.story_workflow import StoryWorkflow
from editorial.ui.publishing.publishing_desk import PublishingDesk
from editorial.ui.review.review_mode import ReviewMode
from editorial.ui.search.search_controller import SearchController
from editorial.ui.shell.crash_recovery import CrashRecovery
from editorial.ui.shell.desk_initials import DeskInitials
from editorial.ui.shell.desk_people import DeskPeople
from editorial.ui.shell.first_run import FirstRun
from editorial.ui.shell.library_watcher import LibraryWatcher
from editorial.ui.shell.preference_effects import PreferenceEffects
from editorial.ui.shell.story_panes import StoryPanes
from editorial.ui.shell.unwritable_library import UnwritableLibrary
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
        self.session.discarded.connect(  # an unused new story removed: off the list
            lambda changes: bus.publish(DeskChanges.of_stories(changes), self.session)
        )
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
        # Soft locks and conflicts: who else edits the story, and a save that met theirs.
        self.lock_keeper = StoryLockKeeper(
            runner=runner,
            locks=services.locks,
            editing=editing,
            panes=self.panes,
            pane=window.editor_pane,
            session=self.session,
            notices=window.notices,
            bus=bus,
            parent=self,
        )
        self.conflicts = ConflictController(
            runner=runner,
            conflicts=services.conflicts,
            locks=services.locks,
            keeper=self.lock_keeper,
            panes=self.panes,
            editor=editor,
            notices=window.notices,
            bus=bus,
            fallback=self.desk.save_failed,
            host=host,
            parent=self,
        )
        self.workflow = StoryWorkflow(
            runner=runner,
            workflow=services.workflow,
            revisions=services.revisions,
            editing=editing,
            bus=bus,
            session=self.session,
            current=editor.story,
            panes=self.panes,
            notices=window.notices,
            actions=window.commands,
            host=host,
            parent=self,
        )
        # Another window's soft lock: the status bar says whose, and no move is offered.
        self.lock_keeper.held_elsewhere.connect(self.workflow.set_held_elsewhere)
        self.lock_keeper.held_elsewhere.connect(
            lambda lock: window.status.show_locked_by(lock.holder.name if lock else "")
        )
        self.versions = StoryVersions(
            runner=runner,
            revisions=services.revisions,
            bus=bus,
            session=self.session,
            current=editor.story,
            panes=self.panes,
            notices=window.notices,
            panel=window.history_panel,
            host=host,
            parent=self,
        )
        self.review = ReviewMode(
            runner=runner,
            review=services.review,
            bus=bus,
            session=self.session,
            panes=self.panes,
            view=window.review_view,
            toggle=window.commands.review,
            actions=window.commands,
            show_page=window.show_review_page,
            open_story=self.desk.open_story,
            notices=window.notices,
            parent=self,
        )
        self.board = DeskBoard(
            runner, services.review, bus, window.desk_view, self.review.review_story, self
        )
        # People named by initials where a line is short (History's "Who", the desk view).
        self.initials = DeskInitials(
            runner, services.workflow, bus, window.history_panel.model, window.desk_view.model, self
        )
        self.search = SearchController(
            runner, services.search, window.search_panel, bus, self.desk.open_story, host, self
        )
        # What others change in the library reaches the views as this window's changes do.
        self.watcher = LibraryWatcher(runner, services.review, bus, self)
        self.watcher.reshaped.connect(lambda added: self.stories.refresh_rows(more=added))
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
        # The autosave delay and the story's font, as the preferences say.
        self.effects = PreferenceEffects(services.preferences, self.session, editor, bus, self)
        self.people = DeskPeople(
            runner=runner,
            workflow=services.workflow,
            preferences=services.preferences,
            bus=bus,
            notices=window.notices,
            action=window.commands.profiles,
            host=host,
        )
        # This user's first start: a short setup (name, house style, library), skippable.
        self.first_run = FirstRun(
            runner=runner,
            preferences=services.preferences,
            bus=bus,
            notices=window.notices,
            default_library=str(default_library_path()),
            host=host,
        )
        # Publishing: the outbox's worker on its own thread, the tab, the light, the dialogs.
        self.publishing = PublishingDesk(
            runner=runner,
            publishing=lambda: services.publishing,
            bus=bus,
            session=self.session,
            notices=window.notices,
            panel=window.publishing_panel,
            light=window.publishing_light,
            endpoints_action=window.commands.endpoints,
            preflight_action=window.commands.preflight,
            outbox_action=window.commands.outbox,
            host=host,
            parent=self,
        )
        self.panes.story_shown.connect(self.publishing.story_shown)
        # Nothing lost: the way back after a crash, and a library that cannot be written.
        self.recovery = CrashRecovery(
            runner=runner,
            state_file=SessionStateFile.for_library(services.location),
            session=self.session,
            desk=self.desk,
            panes=self.panes,
            editor=editor,
            window=host,
            banner=window.banner,
            parent=self,
        )
        self.unwritable = UnwritableLibrary(
            runner=runner,
            editing=editing,
            session=self.session,
            bus=bus,
            banner=window.banner,
            notices=window.notices,
            parent=self,
        )
        self._connect(window)

    def start(self, otherwise: Callable[[], None]) -> None:
        """The library is open and listed: write what the journal kept, then reopen what
        was open when the last run crashed, else `otherwise()`."""
        self.unwritable.start()
        self.watcher.start()
        self.recovery.start(otherwise)

    def closing(self) -> None:
        """A clean quit (before the lanes stop)."""
        self.session.leave()  # a new story left unused goes before the library closes
        self.publishing.closing()
        self.recovery.finish()

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
        # One rule for the menu's Restore and the Spiked list's button (the workflow's).
        a.restore.enabledChanged.connect(window.list_panel.set_restore_enabled)
        window.list_panel.set_restore_enabled(a.restore.isEnabled())
        window.list_panel.view.story_activated.connect(desk.open_story)

        def saved(story: Story, changes: StoryChanges) -> None:
            bus.publish(DeskChanges.of_stories(changes, story), session)

        session.saved.connect(saved)
        session.save_failed.connect(self.conflicts.save_failed)
        a.new_story.setEnabled(True)
        a.show_trash.setEnabled(True)
        a.show_desk.triggered.connect(window.show_desk_view)
        a.show_trash.toggled.connect(lambda _on: window.show_story_list())  # the spike is a listing
        a.show_desk.setEnabled(True)
        a.search.triggered.connect(window.show_search)
        a.search.setEnabled(True)

    def show_story(self, story: Story | None) -> None:
        self.panes.show_story(story)
