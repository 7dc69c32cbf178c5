"""What the main window's first painted frame does without, built once it is painted (or
when first asked for): the editor with its find bar and the commands that work on it,
and the pages not shown at first (checks, desk view, search, review, history,
publishing), each in its place (`lazy_pages.py`), the Tab order as if all were built
with the window. `MainWindow` takes these from `LaterParts`."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.shell.lazy_pages import LazyPage, chain_after, tab_stops
from editorial.ui.shell.window_actions import set_pending_shortcuts

if TYPE_CHECKING:
    from editorial.ui.checks.checks_panel import ChecksPanel
    from editorial.ui.desk.desk_view import DeskView
    from editorial.ui.editor.editor_pane import EditorPane
    from editorial.ui.editor.find_bar import FindBar
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.library.history_panel import HistoryPanel
    from editorial.ui.library.story_list import StoryListPanel
    from editorial.ui.preview.preview import PreviewPane
    from editorial.ui.publishing.publishing_panel import PublishingPanel
    from editorial.ui.review.review_view import ReviewView
    from editorial.ui.search.search_panel import SearchPanel
    from editorial.ui.shell.edit_menu import EditableWindow, EditCommands
    from editorial.ui.shell.message_banner import MessageBanner
    from editorial.ui.shell.status_bar import StoryStatusBar

OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening the library…")


class LaterParts:
    """The main window's parts built after its first frame (a mixin of `MainWindow`,
    which makes the pages' stand-ins in its constructor, in their places)."""

    editor_pane: EditorPane
    preview: PreviewPane
    status: StoryStatusBar
    banner: MessageBanner
    list_panel: StoryListPanel
    list_tabs: QTabWidget
    side_tabs: QTabWidget
    _checks_panel: LazyPage[ChecksPanel]
    _desk_view: LazyPage[DeskView]
    _search_panel: LazyPage[SearchPanel]
    _review_view: LazyPage[ReviewView]
    _history_panel: LazyPage[HistoryPanel]
    _publishing_panel: LazyPage[PublishingPanel]
    _edit_commands: EditCommands | None = None
    _tab_order_kept = False

    def complete(self) -> None:
        """Build what the first painted frame does without: the editor with its find
        bar and the commands that work on it, and the pages (checks, desk view, search,
        review, history, publishing). Called once that frame is painted, and by
        whatever needs any of them earlier; does nothing the second time."""
        self.edit_commands  # noqa: B018  (the editor, the find bar and the commands)
        for page in (
            self._checks_panel,
            self._desk_view,
            self._search_panel,
            self._review_view,
            self._history_panel,
            self._publishing_panel,
        ):
            page.page()
        if not self._tab_order_kept:
            self._tab_order_kept = True
            self._keep_tab_order()
            set_pending_shortcuts(cast(QWidget, self))

    def _keep_tab_order(self) -> None:
        """Tab goes as it would if every part had been built with the window: from the
        editor to the preview, the checks and their neighbours, the status bar, the
        banner, then the story list, the desk, the search and the review."""
        side_pages = [self.side_tabs.widget(i) for i in range(self.side_tabs.count())]
        list_pages = [self.list_tabs.widget(i) for i in range(self.list_tabs.count())]
        anchor = tab_stops(self.editor_pane)[-1]
        for part, without in (
            (self.preview, []),
            (self.checks_panel, []),
            (self.history_panel, []),
            (self.publishing_panel, []),
            (self.side_tabs, side_pages),
            (self.status, []),
            (self.banner, []),
            (self.list_panel, []),
            (self.desk_view, []),
            (self.list_tabs, list_pages),
            (self.search_panel, []),
            (self.review_view, []),
        ):
            anchor = chain_after(anchor, tab_stops(part, without))

    @property
    def is_complete(self) -> bool:
        return self._edit_commands is not None

    @property
    def editor(self) -> StoryEditor:
        return self.editor_pane.editor

    @property
    def find_bar(self) -> FindBar:
        return self.editor_pane.find_bar

    @property
    def edit_commands(self) -> EditCommands:
        if self._edit_commands is None:
            from editorial.ui.shell.edit_menu import add_edit_commands

            self._edit_commands = add_edit_commands(cast("EditableWindow", self))
        return self._edit_commands

    @property
    def desk_view(self) -> DeskView:
        return self._desk_view.page()

    @property
    def search_panel(self) -> SearchPanel:
        return self._search_panel.page()

    @property
    def review_view(self) -> ReviewView:
        return self._review_view.page()

    @property
    def checks_panel(self) -> ChecksPanel:
        return self._checks_panel.page()

    @property
    def history_panel(self) -> HistoryPanel:
        return self._history_panel.page()

    @property
    def publishing_panel(self) -> PublishingPanel:
        return self._publishing_panel.page()


# The pages built on first need, each given its holder as parent; each imports its module
# only then.


def build_checks_panel(parent: QWidget) -> ChecksPanel:
    from editorial.ui.checks.checks_panel import ChecksPanel

    panel = ChecksPanel(parent)
    panel.show_message(QCoreApplication.translate("MainWindow", OPENING))  # the desk says more
    return panel


def build_desk_view(parent: QWidget) -> DeskView:
    from editorial.ui.desk.desk_view import DeskView

    return DeskView(parent)


def build_search_panel(parent: QWidget) -> SearchPanel:
    from editorial.ui.search.search_panel import SearchPanel

    return SearchPanel(parent)


def build_review_view(parent: QWidget) -> ReviewView:
    from editorial.ui.review.review_view import ReviewView

    return ReviewView(parent)


def build_history_panel(parent: QWidget) -> HistoryPanel:
    from editorial.ui.library.history_panel import HistoryPanel

    return HistoryPanel(parent)


def build_publishing_panel(parent: QWidget) -> PublishingPanel:
    from editorial.ui.publishing.publishing_panel import PublishingPanel

    return PublishingPanel(parent)
