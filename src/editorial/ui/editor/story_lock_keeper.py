"""The soft lock of the story in the editor: taken when the story is shown for editing,
refreshed every `REFRESH_EVERY` while it stays open, released when another story (or
none) is shown; the desk gives up what is left when the window closes.

Until the lock is ours the fields stay read-only, so nothing is typed into a story
someone else has. When another window holds it, the lock banner says who, where and
since when, and offers Take Over; meanwhile the lock is asked for again at each beat, so
the story opens for editing by itself once they close it (reloaded: they may have saved).
A window that learns it lost the lock (its heartbeat, or a save refused) keeps what it had
not saved as a revision, shows the story as it now stands, read-only, and says so.
`held_elsewhere(StoryLock | None)` tells the status bar and the Desk menu's moves whose
lock it is (None: nobody else's), so neither offers to change what another is typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import Story
from editorial.domain.story_lock import REFRESH_EVERY, LockOutcome, StoryLock, being_edited_message
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.services.editing import EditingService
    from editorial.services.story_locks import LockService, SetAside, TakenOver
    from editorial.ui.editor.editor_pane import EditorPane
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner


class StoryLockKeeper(QObject):
    held_elsewhere = Signal(object)  # the other window's StoryLock, or None

    def __init__(
        self,
        *,
        runner: TaskRunner,
        locks: LockService,
        editing: EditingService,
        panes: StoryPanes,
        pane: EditorPane,
        session: StorySession,
        notices: Notices,
        bus: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._locks = locks
        self._editing = editing
        self._panes = panes
        self._editor = pane.editor
        self._banner = pane.lock_banner
        self._session = session
        self._notices = notices
        self._bus = bus
        self._shown: int | None = None  # the story on screen that wants a lock
        self.held: int | None = None  # the story whose lock is ours
        self._other: StoryLock | None = None  # another window's lock on the story shown
        self._losing = False
        self._read_only_here = False  # the fields made read-only for another's lock
        self.beat = QTimer(self)
        self.beat.setInterval(int(REFRESH_EVERY.total_seconds() * 1000))
        self.beat.timeout.connect(self.heartbeat)
        panes.story_shown.connect(self.story_shown)
        self._banner.take_over_requested.connect(self.take_over)

    @property
    def other(self) -> StoryLock | None:
        return self._other

    @other.setter
    def other(self, lock: StoryLock | None) -> None:
        if lock != self._other:
            self._other = lock
            self.held_elsewhere.emit(lock)

    def _database(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        label: str,
    ) -> None:
        """On the database lane, unless the window is closing; dropped if this is gone."""
        if not self._runner.is_closed:
            self._runner.database(work, on_success, on_failure, label=label, receiver=self)

    # A story shown

    def story_shown(self, story: Story | None) -> None:
        story_id = story.id if story is not None else None
        editable = story_id is not None and self._session.state is not SaveState.READ_ONLY
        if self.held is not None and (self.held != story_id or not editable):
            self._release(self.held)  # another story, or this one approved, spiked...
        if not editable or story_id != self._shown:
            self.other, self._read_only_here = None, False
        self._shown = story_id if editable else None
        if not editable:
            self._banner.clear()
            self.beat.stop()
            return
        assert story_id is not None
        self.beat.start()
        if self.held == story_id:  # ours already (a conflict resolved, a move made)
            self._banner.clear()
            return
        if self._read_only_here and self.other is not None:
            self._editor.set_read_only(True)  # still theirs, as far as is known
        self._ask(story_id)

    def _ask(self, story_id: int) -> None:
        locks, editing = self._locks, self._editing
        self._database(
            lambda: (locks.take(story_id), editing.get(story_id)),
            lambda result: self._answered(story_id, *result),
            lambda _error: self._unlockable(story_id),
            label="take lock",
        )

    def _answered(self, story_id: int, outcome: LockOutcome, stored: Story) -> None:
        if story_id != self._shown:
            if outcome.taken:
                self._release(story_id)
            return
        shown = self._editor.story()
        newer = shown is not None and shown.version != stored.version
        if outcome.taken:
            self.held, self.other = story_id, None
            self._banner.clear()
            was_read_only, self._read_only_here = self._read_only_here, False
            if newer and not self._session.has_unsaved_text:
                self._panes.show_story(stored)  # saved elsewhere since it was read
            elif was_read_only:
                self._editor.set_read_only(False)
            return
        self.other = outcome.lock
        self._banner.show_lock(being_edited_message(outcome.lock))
        self._read_only_here = True
        if self._session.has_unsaved_text:
            # Typed in the moment before the answer came: saved (version-checked) first.
            self._session.flush(lambda _saved: self._editor.set_read_only(True))
        elif newer:
            self._panes.show_story(stored)  # their newest text, still read-only
        else:
            self._editor.set_read_only(True)

    def _unlockable(self, story_id: int) -> None:
        # The library would not say (it cannot be written, ...): a soft lock is only a
        # courtesy, and saves stay version-checked, so editing goes on without one.
        if story_id == self._shown and self._read_only_here:
            self._read_only_here = False
            self._editor.set_read_only(False)

    # Keeping it

    def heartbeat(self) -> None:
        if self._losing:
            return
        if self.held is not None and self.held == self._shown:
            story_id, locks = self.held, self._locks
            self._database(
                lambda: locks.refresh(story_id),
                lambda outcome: self._refreshed(story_id, outcome),
                label="refresh lock",
            )
        elif self._shown is not None and self.other is not None:
            self._ask(self._shown)  # is it free yet?

    def _refreshed(self, story_id: int, outcome: LockOutcome) -> None:
        if not outcome.taken and story_id == self.held:
            self.lost(outcome.lock)

    def _release(self, story_id: int) -> None:
        if self.held == story_id:
            self.held = None
        locks = self._locks
        self._database(lambda: locks.release(story_id), label="release lock")

    # Taking over

    def take_over(self) -> None:
        story_id, locks = self._shown, self._locks
        if story_id is None:
            return
        self._banner.take_over.setEnabled(False)
        self._database(
            lambda: locks.take_over(story_id),
            lambda taken: self._taken_over(story_id, taken),
            lambda error: self._notices.error(
                self.tr("The story could not be taken over: {error}").format(
                    error=error_text(error)
                )
            ),
            label="take over",
        )

    def _taken_over(self, story_id: int, taken: TakenOver) -> None:
        if story_id != self._shown:
            self._release(story_id)
            return
        previous = self.other
        self.held, self.other = story_id, None
        self._read_only_here = False
        self._banner.clear()
        self._publish(taken.story)
        self._panes.show_story(taken.story)
        who = previous.holder.name if previous is not None else self.tr("the other editor")
        self._notices.say(
            self.tr(
                "You took the story over from {who}; their text is kept as revision {version}."
            ).format(who=who, version=taken.story.version - 2),
            0,
        )

    # Losing it

    def lost(self, lock: StoryLock) -> None:
        """Another window has the story now: keep what was not saved, show the story as
        it stands, read-only, and tell the editor."""
        story_id = self.held if self.held is not None else self._shown
        if story_id is None or self._losing:
            return
        self._losing = True
        self.held, self.other = None, lock
        self._read_only_here = True
        self._editor.set_read_only(True)
        mine = self._editor.story()
        unsaved = mine is not None and (self._session.has_unsaved_text or self._session.is_blocked)
        locks, editing = self._locks, self._editing

        def keep() -> tuple[SetAside | None, Story]:
            aside = locks.set_aside(story_id, mine) if unsaved and mine is not None else None
            return aside, editing.get(story_id)

        self._database(
            keep,
            lambda result: self._kept(lock, *result),
            self._keep_failed,
            label="keep unsaved text",
        )

    def _kept(self, lock: StoryLock, aside: SetAside | None, stored: Story) -> None:
        self._losing = False
        if aside is not None and aside.copy is not None:
            self._bus.publish(
                DeskChanges.of_stories(StoryChanges(created=frozenset({aside.copy.id or 0}))),
                self,
            )
        self._panes.show_story(stored)
        where = (aside.describe() if aside is not None
                 else self.tr("nothing was lost: all you typed had been saved"))  # fmt: skip
        self._notices.warning(
            self.tr(
                "{name} on {host} took this story over; it is now read-only here. Your text "
                "not yet saved: {where}."
            ).format(name=lock.holder.name, host=lock.holder.host, where=where)
        )

    def _keep_failed(self, error: Exception) -> None:
        self._losing = False
        self._notices.error(
            self.tr(
                "Another window took this story over, and your unsaved text could not be "
                "kept in the library: {error}\nIt is still in the editor: copy it before "
                "closing."
            ).format(error=error_text(error))
        )

    def _publish(self, story: Story) -> None:
        if story.id is not None:
            changes = StoryChanges(updated=frozenset({story.id}))
            self._bus.publish(DeskChanges.of_stories(changes, story), self)
