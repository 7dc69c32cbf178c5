"""Soft locks for the window: this window's identity, and taking, keeping and giving up
the lock of the story it edits. The command line takes none: its writes (an import's
update, a workflow move) stay version-checked, which is what keeps them safe.

Each desk (one per window) is one holder, with an id of its own: two windows of one
process are two holders, as two machines are.
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from dataclasses import dataclass

from editorial.domain.errors import EditorialError
from editorial.domain.story import Story
from editorial.domain.story_lock import LockHolder, LockOutcome, StoryLock
from editorial.services.editing import EditingService
from editorial.services.workflow import current_user_name
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library


@dataclass(frozen=True, slots=True)
class SetAside:
    """Where a window's unsaved text went when it lost the lock: a revision of the story
    (`revision`), or, when none was kept free for it, a new story (`copy`)."""

    revision: int | None = None
    copy: Story | None = None

    def describe(self) -> str:
        if self.revision is not None:
            return f"kept as revision {self.revision} of the story"
        if self.copy is not None:
            return f"kept as a new story (number {self.copy.id})"
        return "nothing needed keeping"


@dataclass(frozen=True, slots=True)
class TakenOver:
    """The lock is mine now; `story` is the story as stored (a new version: the other
    editor's text was kept as the revision before it)."""

    lock: StoryLock
    story: Story


class LockService:
    def __init__(
        self, library: Library, preferences: PreferencesHolder, editing: EditingService
    ) -> None:
        self._library = library
        self._preferences = preferences
        self._editing = editing
        # The process id first: a lock left by a window of a process that is gone from
        # this machine (killed, crashed) need not wait to go stale.
        self._instance = f"{os.getpid()}:{uuid.uuid4().hex}"

    @property
    def me(self) -> LockHolder:
        """This window, under the name the desk knows its user by now."""
        return LockHolder(current_user_name(self._preferences), _host(), self._instance)

    def take(self, story_id: int) -> LockOutcome:
        """Take the lock, refreshing it when mine; a lock someone holds is left to them,
        unless it is stale (taken over, keeping the text as a revision) or its window's
        process is gone from this machine (a crash just before: simply taken, since the
        dead window can save nothing more)."""
        outcome = self._library.locks.take(story_id, self.me)
        if not outcome.taken and left_by_a_dead_process(outcome.lock):
            instance = outcome.lock.holder.instance
            return self._library.locks.take_abandoned(story_id, self.me, instance)
        return outcome

    def refresh(self, story_id: int) -> LockOutcome:
        return self._library.locks.refresh(story_id, self.me)

    def holder_of(self, story_id: int) -> StoryLock | None:
        return self._library.locks.holder_of(story_id)

    def held_elsewhere(self, story_id: int) -> StoryLock | None:
        """The lock, when another window holds it (stale or not); None when it is mine or
        nobody's."""
        lock = self.holder_of(story_id)
        return lock if lock is not None and not lock.held_by(self.me) else None

    def release(self, story_id: int) -> None:
        self._library.locks.release(story_id, self.me)

    def release_all(self) -> None:
        """Give up every lock of this window (it closes); a library that can no longer
        be written keeps them until they go stale."""
        with contextlib.suppress(EditorialError):
            self._library.locks.release_all(self.me)

    def take_over(self, story_id: int) -> TakenOver:
        lock = self._library.locks.take_over(story_id, self.me)
        return TakenOver(lock, self._library.get(story_id))

    def set_aside(self, story_id: int, text: Story) -> SetAside:
        """Keep the text this window had not saved when another took the story over: as
        the revision kept free for it, else as a new story. Never dropped."""
        version = self._library.locks.set_aside(story_id, self.me, text)
        if version is not None:
            return SetAside(revision=version)
        return SetAside(copy=self._editing.save_as_copy(text).story)


def _host() -> str:
    return socket.gethostname() or "this computer"


def left_by_a_dead_process(lock: StoryLock) -> bool:
    """Whether the lock's window ran on this machine in a process that is gone."""
    pid_text, _, _rest = lock.holder.instance.partition(":")
    if lock.holder.host != _host() or not pid_text.isdigit() or os.name != "posix":
        return False  # (on Windows, signal 0 would not be a harmless probe)
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # another window of this very process: alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, owned by someone else
        return False
    return False
