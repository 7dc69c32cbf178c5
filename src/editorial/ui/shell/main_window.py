"""The main window: stories on the left, the editor in the middle, the preview on the
right, and the menus a desk expects.

The window is shown at once with its widgets and nothing else: the library opens on the
database lane, and only then does the composition step (`desk_controllers.py`) build the
controllers over its services (`StoryDesk` for open, new, close, trash, restore; the
session that saves; the checks; the tools) and enable the story actions. What any of
them changes goes on the window's change bus (`change_bus.py`), which the views follow.
The window holds no story the library does not also hold (the session saves within two
seconds) and never touches the library itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editorial.ui.editor.editor_pane import EditorPane
from editorial.ui.library.story_list import StoryListPanel
from editorial.ui.library.story_list_model import StoryListModel
from editorial.ui.preview.preview import PreviewPane
from editorial.ui.publishing.publishing_light import PublishingLight
from editorial.ui.shell.change_bus import ChangeBus
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.help_menu import add_help_menu
from editorial.ui.shell.later_parts import (
    OPENING,
    LaterParts,
    build_checks_panel,
    build_desk_view,
    build_history_panel,
    build_publishing_panel,
    build_review_view,
    build_search_panel,
)
from editorial.ui.shell.lazy_pages import LazyPage
from editorial.ui.shell.message_banner import MessageBanner
from editorial.ui.shell.notices import ErrorActions, Notices
from editorial.ui.shell.qt_ints import VERTICAL
from editorial.ui.shell.status_bar import StoryStatusBar
from editorial.ui.shell.tasks import TaskRunner
from editorial.ui.shell.window_actions import (
    build_actions,
    build_menus,
    defer_shortcut,
    titled_action,
)
from editorial.ui.shell.window_closing import CHECKS_SPLITTER, SPLITTER, WindowClosing
from editorial.ui.shell.window_state import WindowState

if TYPE_CHECKING:
    from editorial.domain.story import StorySummary
    from editorial.services.desk import Desk
    from editorial.ui.checks.checks_controller import ChecksController
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.story_desk import StoryDesk
    from editorial.ui.shell.desk_controllers import DeskControllers
    from editorial.ui.shell.window_tools import WindowTools

APP_TITLE = "Editorial"
DEFAULT_SIZES = (270, 640, 520)
CHECKS_SIZES = (470, 330)
CHECKS_SHOWN = "view/checks"


class MainWindow(LaterParts, WindowClosing, QMainWindow):
    """`ready` is emitted once the library is open and its stories are listed,
    `library_error` when it could not be opened; `listed` when the list first shows
    stories (read from the file before the desk opens, or else with it)."""

    ready = Signal()
    listed = Signal()
    # Each story row the list paints (the window's other parts paint in the same pass):
    # what `first_paint.when_painted` follows while the list has rows. Told by the rows' delegate,
    # which is Python already, not by an override of paintEvent nor an event filter:
    # PySide6 makes QEvent's class, with its 179 kinds (some 14 M instructions of a cold
    # start), the first time any event is handed to Python.
    painted = Signal()
    library_error = Signal(str)

    def __init__(self, runner: TaskRunner, state: WindowState | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.runner = runner
        self.state = state or WindowState()
        # Built once the library is open (library_opened); None until then.
        self.controllers: DeskControllers | None = None
        self._closing = False
        self._in_close_event = False
        self._may_close = False
        self._listed = False  # `listed` was emitted

        self.bus = ChangeBus(self)
        self.banner = MessageBanner(self)
        self.model = StoryListModel(self)
        self.list_panel = StoryListPanel(self.model, self)
        self.list_panel.view.row_delegate.row_painted.connect(self.painted)
        self.list_tabs = QTabWidget(self)
        self.list_tabs.setObjectName("storiesDeskTabs")
        self.list_tabs.setDocumentMode(True)
        self.list_tabs.addTab(self.list_panel, self.tr("Stories"))
        # The pages not in the first frame are built when first needed (`lazy_pages.py`).
        # The desk view (stories grouped by state) is a tab beside the story list.
        self._desk_view = LazyPage(self.list_tabs, build_desk_view, self.tr("Desk"))
        # The library's search is a tab there too (Ctrl+Shift+F): results open in the editor.
        self._search_panel = LazyPage(self.list_tabs, build_search_panel, self.tr("Search"))
        self.list_tabs.setAccessibleName(self.tr("Stories, desk and search"))
        self.list_tabs.tabBar().setAccessibleName(self.tr("Stories, desk and search"))
        # A headline's first words stay readable however narrow the window.
        self.list_tabs.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.editor_pane = EditorPane(self)
        self.preview = PreviewPane(runner, self)
        # Checks, the story's history and where it was sent share the place under the
        # preview, as tabs.
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("checksHistoryTabs")
        self.side_tabs.setDocumentMode(True)
        self._checks_panel = LazyPage(self.side_tabs, build_checks_panel, self.tr("Checks"))
        self._history_panel = LazyPage(self.side_tabs, build_history_panel, self.tr("History"))
        self._publishing_panel = LazyPage(
            self.side_tabs, build_publishing_panel, self.tr("Publishing")
        )
        self.side_tabs.setAccessibleName(self.tr("Checks, history and publishing"))
        self.side_tabs.tabBar().setAccessibleName(self.tr("Checks, history and publishing"))
        self.status = StoryStatusBar(self)
        self.setStatusBar(self.status)
        self.publishing_light = PublishingLight(self.status)
        self.status.addPermanentWidget(self.publishing_light)
        self.notices = Notices(self.banner, self.status)
        self.commands = build_actions(self)
        build_menus(self.menuBar(), self.commands)
        self.show_checks = self._add_checks_toggle()
        self.help_menu = add_help_menu(
            self, lambda: self.controllers.services.location if self.controllers else None
        )

        # Across (Qt's default); the parent by name: QSplitter(self) is weighed against
        # QSplitter(Qt.Orientation), which makes Qt's enums (see qt_ints.py).
        self.splitter = QSplitter(parent=self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_tabs)
        self.splitter.addWidget(self.editor_pane)
        self.side = QSplitter(parent=self)
        self.side.setProperty("orientation", VERTICAL)
        self.side.setObjectName("previewChecksSplitter")
        self.side.addWidget(self.preview)
        self.side.addWidget(self.side_tabs)
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
        # The review mode takes the editor's place (the story list and desk view too: the
        # preview large); leaving it brings the editor back as it was.
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("editorReviewPages")
        self.pages.addWidget(self.splitter)
        self._review_view = LazyPage(self.pages, build_review_view)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._connect()
        self.resize(1400, 860)
        self.state.restore_window(self)
        self.state.restore_splitter(SPLITTER, self.splitter)
        self.state.restore_splitter(CHECKS_SPLITTER, self.side)
        self.show_checks.setChecked(self.state.value(CHECKS_SHOWN, "1") != "0")
        self.setWindowTitle(APP_TITLE)
        opening = self.tr(OPENING)
        self.list_panel.set_loading(opening)
        self.editor_pane.show_editor(False, opening)

    def _connect(self) -> None:
        """The actions that need no library; the composition step connects the rest."""
        a = self.commands
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self._edit_focused("undo"))
        a.redo.triggered.connect(lambda: self._edit_focused("redo"))
        a.find.triggered.connect(lambda: self.find_bar.open_bar())
        a.find_next.triggered.connect(lambda: self.find_bar.find_next(False))
        a.find_previous.triggered.connect(lambda: self.find_bar.find_next(True))
        self.splitter.splitterMoved.connect(
            lambda *_: self.state.save_splitter(SPLITTER, self.splitter)
        )
        self.side.splitterMoved.connect(
            lambda *_: self.state.save_splitter(CHECKS_SPLITTER, self.side)
        )
        self.runner.failed.connect(lambda _task, error: self.show_error(error_text(error)))
        for action in a.all():
            action.setEnabled(action in (a.quit, a.undo, a.redo))

    # The library

    def show_first_look(self, summaries: list[StorySummary] | None) -> None:
        """The first page read from the file while the desk opens: shown, not fetched
        beyond (the desk's own first page replaces it)."""
        if not self.fill_first_look(summaries):
            return
        # Painted now, not when the event loop comes round to it: what follows (the desk
        # opening, the parts built after this frame) would hold the paint back.
        self.repaint()
        self.first_frame_painted(True)

    def fill_first_look(self, summaries: list[StorySummary] | None) -> bool:
        """The first look's stories in the list, to be painted with the next frame (the
        window's first, when it is not shown yet); False when there are none to show."""
        if summaries is None or self.controllers is not None:
            return False
        self.model.reset(summaries, complete=True)
        self.list_panel.set_loading(None)
        return True

    def first_frame_painted(self, listed: bool) -> None:
        """The window is painted: with the first look's stories (`listed`: said once)."""
        if listed and not self._listed and self.controllers is None:
            self._listed = True
            self.listed.emit()

    def library_opened(self, desk: Desk, summaries: list[StorySummary]) -> None:
        """The library is open: build the controllers over its services, list its
        stories and open the newest."""
        # Imported only now: the controllers and the tools are not needed to paint.
        from editorial.ui.shell.desk_controllers import DeskControllers

        self.complete()
        controllers = self.controllers = DeskControllers(self, self, desk)
        controllers.stories.show_first_page(summaries)
        self.list_panel.set_loading(None)
        controllers.show_story(None)
        newest = summaries[0].id if summaries else None
        if newest is not None:  # not "No story open" while one is on its way
            self.editor_pane.show_editor(False, self.tr("Opening the story…"))
        if not self._listed:
            self._listed = True
            self.listed.emit()
        self.ready.emit()
        # After a crash, what was open; else the newest story.
        controllers.start(
            lambda: controllers.desk.open_story(newest) if newest is not None else None
        )

    def library_failed(self, error: Exception) -> None:
        """The library could not be opened: say so plainly; nothing was changed."""
        self.complete()  # the Edit menu's commands, as with a library open
        self.editor_pane.show_editor(False, self.tr("No library open"))
        self.model.reset([])  # the first look's stories, if any: nothing is open
        # Said once, in the middle; the banner above says why.
        self.list_panel.set_loading("")
        self.preview.show_message("")
        self.checks_panel.show_message("")
        self.show_error(
            self.tr(
                "{error}\n\nStart Editorial with --library to choose another library, "
                "or set EDITORIAL_LIBRARY."
            ).format(error=error_text(error))
        )
        self.library_error.emit(str(error))

    def show_review_page(self, review: bool) -> None:
        """The review mode's page, or the editor's."""
        self.pages.setCurrentWidget(self.review_view if review else self.splitter)

    def show_story_list(self) -> None:
        self.list_tabs.setCurrentWidget(self.list_panel)

    def show_desk_view(self) -> None:
        self.list_tabs.setCurrentWidget(self.desk_view)
        if self.commands.review.isChecked():
            self.commands.review.trigger()  # leave the review: the desk view is beside the list
        self.desk_view.tree.setFocus()

    def show_search(self) -> None:
        self.list_tabs.setCurrentWidget(self.search_panel)
        if self.commands.review.isChecked():
            self.commands.review.trigger()  # leave the review: the search is beside the list
        self.search_panel.focus_field()

    def show_error(self, message: str, actions: ErrorActions | None = None) -> None:
        self.notices.error(message, actions)

    # The controllers of the open library (for tests and scripts: the window's own
    # code goes through `controllers`)

    def _opened(self) -> DeskControllers:
        if self.controllers is None:
            raise LookupError("the library is not open yet")
        return self.controllers

    @property
    def session(self) -> StorySession:
        return self._opened().session

    @property
    def desk(self) -> StoryDesk:
        return self._opened().desk

    @property
    def checks(self) -> ChecksController:
        return self._opened().checks

    @property
    def tools(self) -> WindowTools:
        return self._opened().tools

    def _add_checks_toggle(self) -> QAction:
        """View ▸ Checks (F7, the key word processors give spelling): the panel under the
        preview. The underlines in the editor stay either way."""
        action = titled_action(self.tr("&Checks"), self)
        action.setObjectName("showChecks")
        defer_shortcut(action, "F7")  # set once the window is complete
        action.setStatusTip(self.tr("Show the checks panel: spelling, house style, counts"))
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(self.side_tabs.setVisible)
        action.toggled.connect(lambda on: self.state.set_value(CHECKS_SHOWN, "1" if on else "0"))
        views = [
            m
            for m in self.menuBar().findChildren(QMenu)
            if m.title() == QCoreApplication.translate("WindowActions", "&View")
        ]
        if views:
            views[0].addAction(action)
        self.addAction(action)  # the shortcut works with the menu bar hidden too
        return action

    def _edit_focused(self, operation: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            getattr(widget, operation)()
