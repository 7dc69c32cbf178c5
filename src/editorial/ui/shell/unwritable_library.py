"""A library that cannot be written (read-only, a full disk, a share gone): say so in a
banner, let the editor go on typing into the local journal, and write the journal's text
to the library as soon as it can take it.

The saving itself is the service's (`services/journaled_editing.py`): a refused save
comes back as `KeptLocally` and the session shows "Kept on this computer". This controller
shows the banner and retries on a timer, on the database lane: the open story through
its own session (a save, which meets a conflict like any other), every other story the
journal holds through a replay. When the journal is empty again the banner goes. At
start the journal is replayed before any story opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from editorial.domain.changes import DeskChanges
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.message_banner import Severity

if TYPE_CHECKING:
    from editorial.services.editing import EditingService
    from editorial.services.journaled_editing import Replayed
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.message_banner import MessageBanner
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner

RETRY_MS = 5000
WRITTEN = QT_TRANSLATE_NOOP(
    "UnwritableLibrary",
    "The library can be written again: the text kept on this computer is in it.",
)


def banner_text(reason: str) -> str:
    return QCoreApplication.translate(
        "UnwritableLibrary",
        "The library can't be written: {reason}\nYour text is kept on this computer and will "
        "be written to the library when it can.",
    ).format(reason=reason)


class UnwritableLibrary(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        editing: EditingService,
        session: StorySession,
        bus: ChangeBus,
        banner: MessageBanner,
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from editorial.services.journaled_editing import JournaledEditing

        self._runner = runner
        # A desk opened without a journal (keep_locally False) has nothing to replay.
        self._journaled = editing if isinstance(editing, JournaledEditing) else None
        self._session = session
        self._bus = bus
        self._banner = banner
        self._notices = notices
        self._shown = ""  # the banner's text while it is ours
        self._replaying = False
        self.retry_ms = RETRY_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)
        session.state_changed.connect(self._state_changed)

    @property
    def is_shown(self) -> bool:
        return bool(self._shown) and self._banner.isVisible() and self._banner.text() == self._shown

    def start(self) -> None:
        """The library has opened: write what the journal kept (from an earlier run). A
        library opened read-only shows the banner at once (the replay says why)."""
        self._replay()

    def retry(self) -> None:
        """Try the library again: the open story's text, then the rest of the journal. A
        library opened read-only is first opened for writing, when its disk allows now."""
        journaled = self._journaled
        if self._runner.is_closed:
            return
        if journaled is not None and journaled.read_only:
            self._runner.database(
                journaled.become_writable, self._probed, self._replay_failed, label="reopen"
            )
            return
        self._write_kept()

    def _probed(self, writable: bool) -> None:
        if writable:
            self._write_kept()
        elif self._shown:
            self._timer.start(self.retry_ms)

    def _write_kept(self) -> None:
        if self._session.state in (SaveState.KEPT_LOCALLY, SaveState.SAVED):
            # A story reopened from the journal is SAVED in the window, not yet in the
            # library: a save of what the editor shows writes it (or changes nothing).
            self._session.save_now()
        self._replay()

    def _state_changed(self) -> None:
        state = self._session.state
        if state is SaveState.KEPT_LOCALLY:
            self._show(self._session.kept_locally)
        elif state is SaveState.SAVED and self._shown and not self._replaying:
            self._replay()  # the library took the open story: now the others

    def _replay(self) -> None:
        journaled = self._journaled
        if journaled is None or self._replaying or self._runner.is_closed:
            return
        self._replaying = True
        skip = self._session.story_id
        self._runner.database(
            lambda: journaled.replay(skip), self._replayed, self._replay_failed, label="write kept"
        )

    def _replayed(self, result: Replayed) -> None:
        self._replaying = False
        if result.changes:
            self._bus.publish(DeskChanges.of_stories(result.changes), self)
        for original, copy in result.copied:
            self._notices.warning(
                self.tr(
                    "“{original}” was changed elsewhere while the library could not be "
                    "written. Your text did not replace it: it is kept as a new story, "
                    "“{copy}”."
                ).format(
                    original=original.headline or self.tr("Untitled"),
                    copy=copy.headline or self.tr("Untitled"),
                )
            )
        state = self._session.state
        if result.error:
            self._show(result.error)
        elif state is SaveState.KEPT_LOCALLY:
            self._show(self._session.kept_locally)
        elif result.pending:
            # Only the open story's entry is left (a replay leaves it to the editor): its
            # own save writes it, or meets a conflict, or keeps it here again.
            if state is SaveState.SAVED:
                self._session.save_now()
        elif self._shown:
            self._hide()

    def _replay_failed(self, error: Exception) -> None:
        self._replaying = False
        self._show(error_text(error))

    def _show(self, reason: str) -> None:
        text = banner_text(error_text(reason))
        if not self.is_shown or self._banner.text() != text:
            self._banner.show_message(text, Severity.WARNING)
        self._shown = text
        if not self._timer.isActive():
            self._timer.start(self.retry_ms)

    def _hide(self) -> None:
        self._timer.stop()
        if self.is_shown:
            self._banner.clear()
        self._shown = ""
        self._notices.say(self.tr(WRITTEN))
