"""The Publishing tab's controller: what each endpoint has of the open story, read on the
database lane when a story is shown, when the outbox's worker moved it on, and when the
change bus says the story changed; Resend and Send to… through the publishing service,
waking the worker at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editorial.domain.changes import DeskChanges
from editorial.domain.story import Status, Story
from editorial.ui.publishing.publishing_panel import EndpointRow, PublishingPanel
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.domain.publishing import OutboxEntry
    from editorial.services.outbox_sender import SentPass
    from editorial.services.publishing import PublishingService
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner

SENDABLE = (Status.APPROVED, Status.PUBLISHED)
NOTICE_MS = 5000


class StoryPublishing(QObject):
    def __init__(
        self, *, runner: TaskRunner, publishing: Callable[[], PublishingService],
        panel: PublishingPanel, notices: Notices, wake: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._publishing = publishing
        self._panel = panel
        self._notices = notices
        self._wake = wake
        self._story: Story | None = None
        self._stale = False
        panel.resend_requested.connect(self.resend)
        panel.send_requested.connect(self.send_to)
        panel.shown.connect(self._panel_shown)

    @property
    def story_id(self) -> int | None:
        return self._story.id if self._story is not None else None

    def story_shown(self, story: Story | None) -> None:
        self._story = story
        self.load()

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        if changes.stories.touches(self.story_id):
            in_hand = changes.story_in_hand(self.story_id)
            if in_hand is not None:
                self._story = in_hand
            self._load_soon()

    def passed(self, sent: SentPass) -> None:
        if self.story_id in sent.stories:
            self._load_soon()

    def _load_soon(self) -> None:
        # Typing saves every few seconds: while the tab is hidden, it waits to be shown.
        if self._panel.isVisible():
            self.load()
        else:
            self._stale = True

    def _panel_shown(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        if self._runner.is_closed:
            return
        story = self._story
        if story is None or story.id is None:
            self._panel.show_rows(None)
            return
        story_id, publishing = story.id, self._publishing

        def gather() -> list[EndpointRow]:
            service = publishing()
            latest: dict[str, OutboxEntry] = {}
            for entry in service.outbox(story_id):  # newest first
                latest.setdefault(entry.endpoint, entry)
            return [EndpointRow(p, latest.get(p.name)) for p in service.endpoints()]

        def loaded(rows: list[EndpointRow]) -> None:
            if self._story is not None and self._story.id == story_id:
                self._panel.show_rows(rows, approved=self._story.status in SENDABLE)

        unread = self.tr("What was sent of the story could not be read: {error}")
        self._runner.database(gather, loaded, lambda error: self._notices.error(
            unread.format(error=error_text(error))),
            label="publishing tab", receiver=self._panel)  # fmt: skip

    def resend(self, entry_id: int) -> None:
        publishing = self._publishing
        self._runner.database(
            lambda: publishing().resend(entry_id),
            lambda entry: self._queued(
                self.tr("Sending to {endpoint} again").format(endpoint=entry.endpoint)
            ),
            lambda error: self._notices.error(
                self.tr("Not resent: {error}").format(error=error_text(error))
            ),
            label="resend", receiver=self,
        )  # fmt: skip

    def send_to(self, endpoint: str) -> None:
        story_id, publishing = self.story_id, self._publishing
        if story_id is None:
            return
        self._runner.database(
            lambda: publishing().send_to(story_id, endpoint),
            lambda entry: self._queued(
                self.tr("Queued for {endpoint}").format(endpoint=entry.endpoint)
            ),
            lambda error: self._notices.error(
                self.tr("Not sent to {endpoint}: {error}").format(
                    endpoint=endpoint, error=error_text(error)
                )
            ),
            label="send to", receiver=self,
        )  # fmt: skip

    def _queued(self, message: str) -> None:
        self._notices.say(message, NOTICE_MS)
        self._wake()
        self.load()
