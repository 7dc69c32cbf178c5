"""The History tab's controller: lists the open story's versions, shows the word diff of
any two (`CompareDialog`), and restores one as the story's next version through the
revision service (version-checked: a story changed elsewhere meanwhile is refused, not
overwritten). The typed text is put in the library first, so the current text compared
or replaced is what the editor sees."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges
from editorial.domain.diff_render import story_diff_html
from editorial.domain.revision import StoryVersion
from editorial.domain.story import Story
from editorial.domain.workflow import is_read_only
from editorial.ui.dialogs.compare_dialog import CompareDialog
from editorial.ui.library.history_panel import version_label
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editorial.services.revisions import RevisionService
    from editorial.services.workflow import Moved
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.history_panel import HistoryPanel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner

NOTICE_MS = 5000


class StoryVersions(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        revisions: RevisionService,
        bus: ChangeBus,
        session: StorySession,
        current: Callable[[], Story | None],
        panes: StoryPanes,
        notices: Notices,
        panel: HistoryPanel,
        host: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._revisions = revisions
        self._bus = bus
        self._session = session
        self._current = current
        self._panes = panes
        self._notices = notices
        self._panel = panel
        self._host = host
        self._story: Story | None = None
        self.compare_dialog: CompareDialog | None = None  # the one open now, if any
        self._stale = False  # the list shown is older than the story
        panes.story_shown.connect(self._story_shown)
        bus.changed.connect(self._changes_published)
        panel.compare_requested.connect(self.compare)
        panel.restore_requested.connect(self.restore)
        panel.shown.connect(self._panel_shown)

    def _story_shown(self, story: Story | None) -> None:
        self._story = story
        self._panel.set_restorable(
            story is not None and not story.is_trashed and not is_read_only(story.status)
        )
        self.load()

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        story_id = self._session.story_id
        if story_id is None or not changes.stories.touches(story_id):
            return
        # Typing saves every few seconds, and listing a long history reads every kept
        # version: while the tab is hidden, the list waits until it is shown.
        if initiator is self._session and not self._panel.isVisible():
            self._stale = True
        else:
            self.load()

    def _panel_shown(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        story = self._story
        if story is None or story.id is None:
            self._panel.show_versions(None)
            return
        story_id, revisions = story.id, self._revisions

        def loaded(versions: list[StoryVersion]) -> None:
            if self._story is not None and self._story.id == story_id:
                self._panel.show_versions(versions)

        self._runner.database(
            lambda: revisions.versions(story_id), loaded, label="versions", receiver=self._panel
        )

    # Compare

    def compare(self, older: StoryVersion, newer: StoryVersion) -> None:
        """Open the word diff from `older` to `newer` (the current text as the editor
        has it, when `newer` is the current version)."""
        story = self._story
        if story is None or story.id is None:
            return
        revisions, story_id = self._revisions, story.id

        def run(saved: bool) -> None:
            shown = self._current()
            if not saved or shown is None or shown.id != story_id:
                return
            new = shown if newer.current else newer.story
            self._runner.database(
                lambda: story_diff_html(revisions.compare(older.story, new)),
                lambda fragment: self._show_comparison(new, older, newer, fragment),
                lambda error: self._notices.error(error_text(error)),
                label="compare",
                receiver=self,
            )

        self._session.flush(run)

    def _show_comparison(
        self, story: Story, older: StoryVersion, newer: StoryVersion, fragment: str
    ) -> None:
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        dialog = self.compare_dialog = CompareDialog(
            story.headline, version_label(older), version_label(newer), fragment, self._host
        )

        def closed(_result: int) -> None:
            if self.compare_dialog is dialog:
                self.compare_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    # Restore

    def restore(self, version: StoryVersion) -> None:
        story = self._story
        if story is None or story.id is None:
            return
        revisions, story_id = self._revisions, story.id

        def run(saved: bool) -> None:
            shown = self._current()  # its version follows the saves
            if not saved or shown is None or shown.id != story_id:
                return
            self._panes.editor.set_read_only(True)  # nothing typed while it is replaced
            self._runner.database(
                lambda: revisions.restore(story_id, version.version, shown.version),
                lambda moved: self._restored(version, moved),
                lambda error: self._refused(story_id, error),
                label="restore version",
                receiver=self,
            )

        self._session.flush(run)

    def _restored(self, version: StoryVersion, moved: Moved) -> None:
        self._bus.publish(moved.changes, self)
        if moved.story.id == self._session.story_id:
            self._panes.show_story(moved.story)
        self._notices.say(
            self.tr(
                "Version {version} restored as version {new}; the text it replaced is kept "
                "in the history"
            ).format(version=version.version, new=moved.story.version),
            NOTICE_MS,
        )

    def _refused(self, story_id: int, error: Exception) -> None:
        self._notices.error(self.tr("The version was not restored: {error}").format(
            error=error_text(error)
        ))
        story = self._current()
        if story is not None and story.id == story_id:
            self._panes.editor.set_read_only(is_read_only(story.status))
