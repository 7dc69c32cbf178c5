"""Getting the story in the editor into the library, safely and soon.

The first unsaved edit starts a 1.5 s timer that further typing does NOT restart, so
even continuous typing is saved every 1.5 s plus one save's time: a crash loses at most
about two seconds of work. Saves go through the database lane one at a time (a second
save waits for the first, whose new version it needs). Switching stories, closing and
quitting `flush` first and go on only once the library holds the text.

A save refused because someone else saved the story (VersionConflict) stops autosaving
that story and keeps the editor's text: the window shows both texts side by side
(`conflict_controller.py`) and the editor chooses or merges.

A new story left as it was made (Ctrl+N, then another story, Close Story or quitting,
nothing written) is removed from the library as it is left (`discarded` says so), so
unused starts leave no "Untitled story" behind. The library removes it only if it is
still that version with no headline, lede or body, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.story_summary import Status
from editorial.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from editorial.domain.story import Story
    from editorial.services.editing import EditingService, Saved

AUTOSAVE_MS = 1500
Continuation = Callable[[bool], None]


class SaveState(Enum):
    NO_STORY = "no story"
    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    FAILED = "failed"
    READ_ONLY = "read only"
    KEPT_LOCALLY = "kept on this computer"  # the library refused it: in the local journal


class StorySession(QObject):
    """The story being edited and its way into the library.

    `current` gives the editor's story as it stands; `rebase` hands the editor the
    library's copy after a save (new version, same text).
    """

    state_changed = Signal()
    saved = Signal(object, object)  # Story as stored, StoryChanges
    save_failed = Signal(object, object)  # Story not saved, Exception
    discarded = Signal(object)  # StoryChanges: an unused new story removed
    saving = Signal()  # a save is about to go to the database lane (emitted before it)

    def __init__(
        self,
        runner: TaskRunner,
        editing: EditingService,
        current: Callable[[], Story | None],
        rebase: Callable[[Story], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._current = current
        self._rebase = rebase
        self._editing = editing
        self._story_id: int | None = None
        self._read_only = False
        self._dirty = False
        self._in_flight = False
        self._save_again = False
        self._by_hand = False  # Ctrl+S asked: the next save keeps a revision
        self._blocked: Exception | None = None  # a conflict: no more autosaves
        self._kept_locally = ""  # why the library did not take the last save (journaled)
        self._dirty_since = 0.0  # monotonic time of the oldest edit not yet saved
        self._waiting: list[Continuation] = []
        self._unused_version: int | None = None  # the open story's version, while unused
        self.last_saved: dt.datetime | None = None
        self.last_error: Exception | None = None
        self.autosave_ms = AUTOSAVE_MS  # the preference `autosave_seconds` sets it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)

    # What is open

    def open(self, story: Story | None, *, read_only: bool = False) -> None:
        """Start a session on a story the editor now shows (call `flush` first)."""
        self._timer.stop()
        if story is None or story.id != self._story_id:
            self.leave()
        self._unused_version = (
            story.version if story is not None and not read_only and is_unused(story) else None
        )
        self._story_id = story.id if story is not None else None
        self._read_only = read_only
        self._dirty = False
        self._save_again = False
        self._blocked = None
        self._kept_locally = ""
        self.last_error = None
        self.last_saved = story.updated_at if story is not None else None
        self.state_changed.emit()

    @property
    def story_id(self) -> int | None:
        return self._story_id

    def leave(self) -> None:
        """The open story is being left (another opened, closed, the window closing):
        a new story nobody wrote in is removed."""
        story_id, version = self._story_id, self._unused_version
        self._unused_version = None
        if story_id is None or version is None or self._runner.is_closed:
            return
        story = self._current()
        if story is not None and story.id == story_id and not is_unused(story):
            return  # typed in and not saved yet (the flush before leaving saves it)
        editing = self._editing
        self._runner.database(
            lambda: editing.discard_unused(story_id, version),
            lambda changes: self.discarded.emit(changes) if changes.list_changed else None,
            label="remove unused story",
        )

    @property
    def state(self) -> SaveState:
        if self._story_id is None:
            return SaveState.NO_STORY
        if self._read_only:
            return SaveState.READ_ONLY
        if self._in_flight:
            return SaveState.SAVING
        if self._blocked is not None or (self.last_error is not None and self._dirty):
            return SaveState.FAILED
        if self._kept_locally and not self._dirty:
            return SaveState.KEPT_LOCALLY
        return SaveState.UNSAVED if self._dirty else SaveState.SAVED

    @property
    def kept_locally(self) -> str:
        """Why the library did not take the last save ("" when it did)."""
        return self._kept_locally

    @property
    def has_unsaved_text(self) -> bool:
        return self._dirty or self._in_flight

    @property
    def is_blocked(self) -> bool:
        return self._blocked is not None

    # Saving

    def note_edit(self) -> None:
        """The editor changed the story: save within AUTOSAVE_MS."""
        if self._story_id is None or self._read_only:
            return
        self._unused_version = None  # written in: kept, even if emptied again
        was_dirty = self._dirty
        self._dirty = True
        if not was_dirty:
            self._dirty_since = time.monotonic()
        if self._blocked is None and not self._in_flight and not self._timer.isActive():
            self._timer.start(self.autosave_ms)
        if not was_dirty:
            self.state_changed.emit()

    def save_by_hand(self) -> None:
        """Ctrl+S: save at once, and keep what is saved as a revision (an autosave's
        version is not kept: autosaves coalesce into the working version)."""
        self._by_hand = True
        self.save_now()

    def save_now(self) -> None:
        """Save at once, or as soon as the save under way returns."""
        self._timer.stop()
        if self._runner.is_closed:
            return  # the window is gone; what it held was flushed before
        if self._in_flight:
            self._save_again = True
            return
        story = self._current()
        explicit, self._by_hand = self._by_hand, False
        if story is None or story.id is None or story.id != self._story_id or self._read_only:
            self._settle(True)
            return
        editing = self._editing
        self._dirty = False
        self._in_flight = True
        self._save_again = False
        self.state_changed.emit()
        self.saving.emit()
        self._runner.database(
            lambda: editing.save(story, explicit=explicit),
            lambda saved: self._saved(story, saved),
            lambda error: self._failed(story, error),
            label="save story",
        )

    def flush(self, then: Continuation) -> None:
        """Call `then(True)` once everything typed is in the library, `then(False)` when a
        save failed (the editor's text is still there)."""
        if not self._dirty and not self._in_flight:
            then(True)
            return
        if self._blocked is not None:
            then(False)
            return
        self._waiting.append(then)
        if not self._in_flight:
            self.save_now()

    def _saved(self, sent: Story, saved: Saved) -> None:
        self._in_flight = False
        self.last_error = None
        self._kept_locally = getattr(saved, "reason", "") or ""  # a KeptLocally
        if saved.story.id != self._story_id:
            self._settle(True)
            return
        self._rebase(saved.story)
        self.last_saved = saved.story.updated_at or dt.datetime.now(dt.UTC)
        self.saved.emit(saved.story, saved.changes)
        if self._save_again or (self._dirty and self._waiting):
            self.save_now()
            return
        if self._dirty and not self._timer.isActive():
            # Counted from the oldest unsaved edit, not from now: typing during a save
            # still reaches the library within AUTOSAVE_MS (plus the saves' time).
            waited_ms = int((time.monotonic() - self._dirty_since) * 1000)
            self._timer.start(max(0, self.autosave_ms - waited_ms))
        self.state_changed.emit()
        if not self._dirty:
            self._settle(True)

    def _failed(self, sent: Story, error: Exception) -> None:
        from editorial.domain.errors import VersionConflict

        self._in_flight = False
        self._save_again = False
        if sent.id != self._story_id:
            self._settle(False)
            return
        self._dirty = True  # the text is still only in the editor
        self.last_error = error
        if isinstance(error, VersionConflict):
            self._blocked = error
        self.state_changed.emit()
        self.save_failed.emit(sent, error)
        self._settle(False)

    def _settle(self, ok: bool) -> None:
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then(ok)


def is_unused(story: Story) -> bool:
    """A draft as Ctrl+N makes it: nothing written, never saved since."""
    return (
        story.status is Status.DRAFT
        and story.version == 1
        and not (story.headline.strip() or story.lede.strip() or story.body.strip())
    )
