"""The main window: stories on the left, the editor in the middle, the preview on the
right, and the menus a desk expects.

The window shows and routes; it holds no story the library does not also hold (the
session saves within two seconds) and it never touches the library itself: every call
goes through the task runner's database lane. `StoryDesk` (in `story_desk.py`) carries out
what the editor asks for: open, new, close, trash, restore.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.story import Story
from editorial.ui.checks_controller import ChecksController
from editorial.ui.checks_panel import ChecksPanel
from editorial.ui.editor_pane import NO_STORY, EditorPane
from editorial.ui.message_banner import MessageBanner, Severity
from editorial.ui.models.story_list_model import UNTITLED, StoryListModel
from editorial.ui.preview import PreviewPane
from editorial.ui.status_bar import StoryStatusBar
from editorial.ui.story_desk import StoryDesk
from editorial.ui.story_list import StoryListPanel
from editorial.ui.story_session import SaveState, StorySession
from editorial.ui.tasks import TaskRunner
from editorial.ui.window_actions import build_actions, build_menus
from editorial.ui.window_state import WindowState
from editorial.ui.window_tools import WindowTools

if TYPE_CHECKING:
    from editorial.domain.story import StorySummary
    from editorial.services.desk import Desk
    from editorial.services.editing import EditingService

APP_TITLE = "Editorial"
QUIT_WAIT_S = 10.0
SPLITTER = "main"
DEFAULT_SIZES = (270, 640, 520)
# Checks: a panel under the preview (checks_controller.py), shown or hidden with F7.
CHECKS_SPLITTER = "preview-checks"
CHECKS_SIZES = (470, 330)
CHECKS_SHOWN = "view/checks"


def window_title(story: Story | None) -> str:
    if story is None:
        return APP_TITLE
    return f"{APP_TITLE} — {story.headline.strip() or UNTITLED}"


class MainWindow(QMainWindow):
    """`ready` is emitted once the library is open and its stories are listed,
    `library_error` when it could not be opened."""

    ready = Signal()
    library_error = Signal(str)

    def __init__(self, runner: TaskRunner, state: WindowState | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.runner = runner
        self.state = state or WindowState()
        self.services: Desk | None = None  # every service of the open library
        self.editing: EditingService | None = None
        self._closing = False
        self._in_close_event = False
        self._may_close = False
        self._no_story_message = "Opening the library…"

        self.banner = MessageBanner(self)
        self.model = StoryListModel(self)
        self.list_panel = StoryListPanel(self.model, self)
        self.editor_pane = EditorPane(self)
        self.editor = self.editor_pane.editor
        self.find_bar = self.editor_pane.find_bar
        self.preview = PreviewPane(runner, self)
        self.checks_panel = ChecksPanel(self)
        self.checks = ChecksController(runner, self.editor, self.checks_panel, self)
        self.status = StoryStatusBar(self)
        self.setStatusBar(self.status)
        self.session = StorySession(runner, self.editor.story, self.editor.rebase, self)
        self.commands = build_actions(self)
        build_menus(self.menuBar(), self.commands)
        self.show_checks = self._add_checks_toggle()
        self.desk = StoryDesk(self, self)
        # Completion, web-copy paste, files, preferences.
        self.tools = WindowTools(self, self.desk, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor_pane)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("previewChecksSplitter")
        self.side.addWidget(self.preview)
        self.side.addWidget(self.checks_panel)
        self.side.setCollapsible(0, False)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.side.setSizes(list(CHECKS_SIZES))
        self.splitter.addWidget(self.side)
        for index, stretch in enumerate((0, 1, 1)):
            self.splitter.setStretchFactor(index, stretch)
            self.splitter.setCollapsible(index, index == 2)
        self.splitter.setSizes(list(DEFAULT_SIZES))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._connect()
        self.resize(1400, 860)
        self.state.restore_window(self)
        self.state.restore_splitter(SPLITTER, self.splitter)
        self.state.restore_splitter(CHECKS_SPLITTER, self.side)
        self.show_checks.setChecked(self.state.value(CHECKS_SHOWN, "1") != "0")
        self.list_panel.set_loading("Opening the library…")
        self.show_story(None)

    def _connect(self) -> None:
        a = self.commands
        a.new_story.triggered.connect(self.desk.new_story)
        a.save.triggered.connect(self.session.save_now)
        a.close_story.triggered.connect(self.desk.close_story)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self._edit_focused("undo"))
        a.redo.triggered.connect(lambda: self._edit_focused("redo"))
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(lambda: self.find_bar.find_next(False))
        a.find_previous.triggered.connect(lambda: self.find_bar.find_next(True))
        a.trash.triggered.connect(self.desk.trash_selected)
        a.restore.triggered.connect(self.desk.restore_selected)
        a.show_trash.toggled.connect(self.desk.show_trash)
        self.list_panel.add_list_action(a.trash)
        self.list_panel.restore_requested.connect(self.desk.restore_selected)
        self.list_panel.view.story_activated.connect(self.desk.open_story)
        self.editor.story_edited.connect(self._story_edited)
        self.session.state_changed.connect(self._show_save_state)
        self.session.saved.connect(self.desk.story_saved)
        self.session.save_failed.connect(self.desk.save_failed)
        self.splitter.splitterMoved.connect(
            lambda *_: self.state.save_splitter(SPLITTER, self.splitter)
        )
        self.side.splitterMoved.connect(
            lambda *_: self.state.save_splitter(CHECKS_SPLITTER, self.side)
        )
        self.runner.failed.connect(lambda _task, error: self.show_error(str(error)))
        for action in a.all():
            action.setEnabled(action in (a.quit, a.undo, a.redo))

    # The library

    def library_opened(self, desk: Desk, summaries: list[StorySummary]) -> None:
        """The library is open: list its stories and open the newest."""
        self.services = desk
        editing = self.editing = desk.editing
        self.session.set_service(editing)
        self.preview.set_renderer(editing.render)
        self.editor.set_dateline_formatter(editing.format_dateline)
        self.status.headline_limit = desk.preferences.current().headline_limit
        self.checks.set_service(desk.checking)
        self.commands.new_story.setEnabled(True)
        self.commands.show_trash.setEnabled(True)
        self.tools.library_opened(desk)
        self.model.update(summaries)
        self.list_panel.set_loading(None)
        self._no_story_message = NO_STORY
        self.editor_pane.show_editor(False, NO_STORY)
        self.ready.emit()
        if summaries:
            self.desk.open_story(summaries[0].id)

    def library_failed(self, error: Exception) -> None:
        """The library could not be opened: say so plainly; nothing was changed."""
        self._no_story_message = "No library open"
        self.editor_pane.show_editor(False, self._no_story_message)
        # Said once, in the middle; the banner above says why.
        self.list_panel.set_loading("")
        self.preview.show_message("")
        self.show_error(
            f"{error}\n\nStart Editorial with --library to choose another library, "
            "or set EDITORIAL_LIBRARY."
        )
        self.library_error.emit(str(error))

    def show_error(
        self, message: str, actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        self.banner.show_message(message, Severity.ERROR, actions)

    # The story on screen

    def show_story(self, story: Story | None) -> None:
        """Put a story in the editor, the preview, the status bar and the title."""
        in_trash = story is not None and story.is_trashed
        self.editor.set_story(story)
        self.editor.set_read_only(in_trash)
        self.session.open(story, read_only=in_trash)
        self.preview.show_story(story, at_once=True)
        self.checks.show_story(story)
        self.status.show_story(story, at_once=True)
        self.setWindowTitle(window_title(story))
        self.commands.set_story_actions_enabled(story is not None, in_trash)
        if story is not None:
            self.editor_pane.show_editor(True)
        else:
            self.editor_pane.show_editor(False, self._no_story_message)
        self.list_panel.view.select_story(story.id if story is not None else None)

    def _add_checks_toggle(self) -> QAction:
        """View ▸ Checks (F7, the key word processors give spelling): the panel under the
        preview. The underlines in the editor stay either way."""
        action = QAction("&Checks", self)
        action.setObjectName("showChecks")
        action.setShortcut("F7")
        action.setStatusTip("Show the checks panel: spelling, house style, counts")
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(self.checks_panel.setVisible)
        action.toggled.connect(lambda on: self.state.set_value(CHECKS_SHOWN, "1" if on else "0"))
        views = [m for m in self.menuBar().findChildren(QMenu) if m.title() == "&View"]
        if views:
            views[0].addAction(action)
        self.addAction(action)  # the shortcut works with the menu bar hidden too
        return action

    def _story_edited(self, story: Story) -> None:
        self.session.note_edit()
        if story.id is not None:
            self.model.show_typing(story.id, story.headline, story.slug)
        self.preview.show_story(story)
        self.status.show_story(story)
        self.setWindowTitle(window_title(story))

    def _show_save_state(self) -> None:
        error = self.session.last_error
        self.status.show_save_state(
            self.session.state, self.session.last_saved, str(error) if error else ""
        )

    def _edit_focused(self, operation: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            getattr(widget, operation)()

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is typed, keep the layout, close the library, then go. When a save
        is still under way the close waits for it and then happens by itself."""
        if not self._may_close and not self._closing:
            self._closing = True
            self._in_close_event = True
            try:
                self.session.flush(self._close_after_flush)
            finally:
                self._in_close_event = False
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def _close_after_flush(self, saved: bool) -> None:
        if not saved and not self._confirm_discard():
            self._closing = False
            return
        self.state.save_window(self)
        self.state.save_splitter(SPLITTER, self.splitter)
        self.state.save_splitter(CHECKS_SPLITTER, self.side)
        self.state.sync()
        desk = self.services
        if desk is not None and not self.runner.is_closed:
            self.runner.database(desk.close, label="close library")
        self.runner.shutdown()
        self._may_close = True
        if not self._in_close_event:
            self.close()

    def save_before_quit(self) -> None:
        """The application is quitting without this window being closed first (the
        desktop session is ending): put the typed text in the library, keep the layout,
        and stop the lanes. Waits at most QUIT_WAIT_S."""
        if self._may_close or self.runner.is_closed:
            return
        deadline = time.monotonic() + QUIT_WAIT_S
        while self.session.has_unsaved_text and not self.session.is_blocked:
            if time.monotonic() > deadline:
                break
            if self.session.state is not SaveState.SAVING:
                self.session.save_now()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        self._close_after_flush(True)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.warning(
            self,
            "Changes not saved",
            "Your latest changes could not be saved:\n\n"
            f"{self.session.last_error}\n\nQuit anyway and lose them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
