"""Publishing in the window, wired together once the library is open: the outbox's worker
on its own thread (`PublishingLane`), woken by what the change bus carries (an approval,
a kill) and stopped when the window closes; the status bar's light; the open story's
Publishing tab; the outbox, the endpoints and the pre-flight dialogs.

What the worker moved on goes on the change bus as a change from outside the window (a
story delivered everywhere is published: the list, the status bar and the Desk menu
follow), and to the tab and the light, which read again what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import Story
from editorial.ui.publishing.endpoints_dialog import EndpointsDialog
from editorial.ui.publishing.outbox_dialog import OutboxDialog
from editorial.ui.publishing.preflight_dialog import PreflightDialog
from editorial.ui.publishing.publishing_lane import PublishingLane
from editorial.ui.publishing.story_publishing import StoryPublishing
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from editorial.domain.publishing import DeliveryAttempt, OutboxEntry, Preflight
    from editorial.services.outbox_sender import SentPass
    from editorial.services.publishing import PublishingService
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.publishing.publishing_light import PublishingLight
    from editorial.ui.publishing.publishing_panel import PublishingPanel
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner


class PublishingDesk(QObject):
    def __init__(
        self, *, runner: TaskRunner, publishing: Callable[[], PublishingService],
        bus: ChangeBus, session: StorySession, notices: Notices, panel: PublishingPanel,
        light: PublishingLight, endpoints_action: QAction, preflight_action: QAction,
        outbox_action: QAction, host: QWidget, parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._publishing = publishing
        self._bus = bus
        self._session = session
        self._notices = notices
        self._light = light
        self._host = host
        self._story: Story | None = None
        self._pending: int | None = None
        self._actions = (endpoints_action, preflight_action, outbox_action)
        self.service: PublishingService | None = None  # once built, on the database lane
        self.lane = PublishingLane(self)
        self.tab = StoryPublishing(runner=runner, publishing=publishing, panel=panel,
                                   notices=notices, wake=self.lane.wake, parent=self)  # fmt: skip
        self.endpoints_dialog: EndpointsDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self.preflight_dialog: PreflightDialog | None = None
        self.lane.passed.connect(self._passed)
        self.lane.failed.connect(self._lane_failed)
        bus.changed.connect(self._changes_published)
        panel.preflight_requested.connect(self.open_preflight)
        light.clicked.connect(self.open_outbox)
        endpoints_action.triggered.connect(self.open_endpoints)
        preflight_action.triggered.connect(self.open_preflight)
        outbox_action.triggered.connect(self.open_outbox)
        # The HTTP client, the keyring and the retry library load on the database lane.
        runner.database(
            publishing,
            self._ready,
            lambda error: notices.error(
                self.tr("Publishing is not available: {error}").format(error=error_text(error))
            ),
            label="publishing",
            receiver=self,
        )

    def _ready(self, service: PublishingService) -> None:
        self.service = service
        for action in self._actions:
            action.setEnabled(True)
        self.lane.start(service.open_sender)
        self._actions[1].setEnabled(self._story is not None)
        self.refresh_light()

    def story_shown(self, story: Story | None) -> None:
        self._story = story
        self._actions[1].setEnabled(self.service is not None and story is not None)
        self.tab.story_shown(story)

    def closing(self) -> None:
        """The window is closing: stop the worker (a delivery under way is not waited
        for beyond a moment; its lease hands it to the next worker)."""
        self.lane.stop()

    # What moves

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        if self._runner.is_closed:
            return
        # An approval or a kill may have queued something (typing's saves queue nothing).
        if changes.stories.list_changed and initiator is not self._session:
            self.lane.wake()
            self.refresh_light()
        self.tab.changes_published(changes, initiator)

    def _passed(self, sent: SentPass) -> None:
        if self._runner.is_closed:  # a pass that ended as the window closed
            self.lane.stop(0)
            return
        pending = sent.report.pending
        if sent.stories or pending != self._pending:
            self._pending = pending
            self.refresh_light()
            self._refresh_outbox()
        if sent.stories:
            # Delivered everywhere: published. The views read the stories again, as after
            # a change made outside the window (the worker is one more worker).
            self._bus.publish(DeskChanges.of_stories(StoryChanges(updated=sent.stories)), None)
        self.tab.passed(sent)

    def _lane_failed(self, message: str) -> None:
        self._notices.say(message, 8000)

    def refresh_light(self) -> None:
        if self._runner.is_closed:
            return
        publishing = self._publishing
        self._runner.database(lambda: publishing().endpoint_statuses(),
                              self._light.show_statuses, lambda _error: None,
                              label="publishing light", receiver=self._light)  # fmt: skip

    # The outbox

    def open_outbox(self) -> None:
        if self.outbox_dialog is not None:
            self.outbox_dialog.raise_()
            return
        dialog = self.outbox_dialog = OutboxDialog(self._host)
        dialog.resend_requested.connect(self._resend_from_outbox)
        dialog.entry_selected.connect(self._load_attempts)
        dialog.endpoints_requested.connect(self.open_endpoints)
        dialog.finished.connect(lambda _result: self._forget("outbox_dialog", dialog))
        self._refresh_outbox()
        dialog.open()

    def _refresh_outbox(self) -> None:
        dialog = self.outbox_dialog
        if dialog is None:
            return
        publishing = self._publishing

        def shown(entries: list[OutboxEntry]) -> None:
            dialog.show_entries(entries)
            chosen = dialog.selected()
            if chosen is not None:
                self._load_attempts(chosen.id)

        self._runner.database(lambda: publishing().outbox(), shown,
                              lambda error: self._notices.error(error_text(error)),
                              label="outbox", receiver=dialog)  # fmt: skip

    def _load_attempts(self, entry_id: int) -> None:
        dialog, publishing = self.outbox_dialog, self._publishing
        if dialog is None:
            return

        def shown(attempts: list[DeliveryAttempt]) -> None:
            dialog.show_attempts(entry_id, attempts)

        self._runner.database(lambda: publishing().attempts(entry_id), shown,
                              lambda error: self._notices.error(error_text(error)),
                              label="attempts", receiver=dialog)  # fmt: skip

    def _resend_from_outbox(self, entry_id: int) -> None:
        publishing = self._publishing

        def resent(entry: OutboxEntry) -> None:
            self._notices.say(
                self.tr("Sending to {endpoint} again").format(endpoint=entry.endpoint), 5000
            )
            self.lane.wake()
            self._refresh_outbox()
            self.tab.load()

        self._runner.database(lambda: publishing().resend(entry_id), resent,
                              lambda error: self._notices.error(
                                  self.tr("Not resent: {error}").format(error=error_text(error))),
                              label="resend", receiver=self)  # fmt: skip

    # Endpoints

    def open_endpoints(self) -> None:
        if self.endpoints_dialog is not None:
            self.endpoints_dialog.raise_()
            return
        dialog = self.endpoints_dialog = EndpointsDialog(self._runner, self._publishing,
                                                         self._host)  # fmt: skip
        dialog.changed.connect(self._endpoints_changed)
        dialog.finished.connect(lambda _result: self._forget("endpoints_dialog", dialog))
        dialog.open()

    def _endpoints_changed(self) -> None:
        self.lane.wake()
        self.refresh_light()
        self.tab.load()

    # Pre-flight

    def open_preflight(self) -> None:
        story = self._story
        if story is None or story.id is None:
            return
        story_id, publishing = story.id, self._publishing

        def run(saved: bool) -> None:
            if not saved or self._session.story_id != story_id:
                return
            self._runner.database(lambda: publishing().preflight(story_id),
                                  lambda flights: self._show_preflight(story, flights),
                                  lambda error: self._notices.error(
                                      self.tr("No pre-flight: {error}").format(
                                          error=error_text(error)
                                      )),
                                  label="preflight", receiver=self)  # fmt: skip

        self._session.flush(run)  # what is typed is what the payload is made of

    def _show_preflight(self, story: Story, flights: list[Preflight]) -> None:
        if self.preflight_dialog is not None:
            self.preflight_dialog.close()
        dialog = self.preflight_dialog = PreflightDialog(story.headline, flights, self._host)
        dialog.finished.connect(lambda _result: self._forget("preflight_dialog", dialog))
        dialog.open()

    def _forget(self, name: str, dialog: QObject) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()
