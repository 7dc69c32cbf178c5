"""Changes made to the library outside this window (another window, the command line,
another machine on a shared library) told to the window's views as the window's own are:
on the change bus, with the initiator None.

Every POLL_MS the library's change mark (`ReviewService.change_mark`: a few counts and
maxima) is asked on the database lane; when it moved, the stories changed since the last
look are read (by their change time) and published as updated, or removed when they went
to the trash. A story this window changed itself is already known, with its change time,
from what the window published: it is not told again. So a story returned by the copy
desk from the command line shows as returned in the reporter's open window, its history
grows, and the list re-sorts, within a couple of seconds.

It is the window's one poller of the library. When the number of stories moved (an
import, a purge) it also says so (`reshaped`, with how many more there are): an import
keeps its source's times, so what it added is not among the latest changes. And when the
desk's people changed (the mark's last part: a profile's initials or roles, a person
added or removed) it publishes that, so the initials the History tab and the desk view
name people by, and the moves the Desk menu offers, follow: the same look carries it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.review import ChangeMark, people_part, stories_part
from editorial.ui.shell.tasks import Task

if TYPE_CHECKING:
    from editorial.services.review import ChangedStories, ReviewService
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.tasks import TaskRunner

POLL_MS = 2000
SINCE_THE_START = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class LibraryWatcher(QObject):
    reshaped = Signal(int)  # the library has this many more stories (fewer: negative)

    def __init__(
        self,
        runner: TaskRunner,
        review: ReviewService,
        bus: ChangeBus,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._review = review
        self._bus = bus
        self.mark: ChangeMark | None = None
        self._people: object = None  # the mark's people part last seen
        self._latest: dt.datetime | None = None
        self._known: dict[int, dt.datetime] = {}  # change times this window already told
        self._reading = False
        self._made_here = 0  # stories this window added since the last look (see `_found`)
        self.told = 0  # how many outside changes were published (tests)
        self.people_told = 0  # how many changes of the desk's people (tests)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        bus.changed.connect(self._changes_published)

    def set_poll_interval(self, ms: int) -> None:
        self._poll.setInterval(ms)

    def start(self) -> None:
        """Take the library as it is now as seen; then watch it."""
        self._read(None)
        self._poll.start()

    def poll(self) -> None:
        if self._runner.is_closed or self._reading:
            return
        task = Task(self._review.change_mark, self._polled, lambda _error: None,
                    key="library-poll", label="library poll", receiver=self)  # fmt: skip
        self._runner.submit(self._runner.database_lane, task)

    def _polled(self, mark: ChangeMark) -> None:
        if self.mark is None:
            return  # the first look is still under way
        self._see_people(mark)
        if stories_part(mark) != stories_part(self.mark) and not self._reading:
            # A library with no story at the first look has no latest change: every
            # story is new since then (None would be another first look, which reads no
            # stories: a change made elsewhere before this look would never be told).
            self._read(self._latest or SINCE_THE_START)

    def _read(self, since: dt.datetime | None) -> None:
        if self._runner.is_closed:
            return
        self._reading = True
        review = self._review

        def failed(_error: Exception) -> None:
            self._reading = False  # a busy library: the next poll tries again

        self._runner.database(lambda: review.changed_since(since), self._found, failed,
                              label="library changes", receiver=self)  # fmt: skip

    def _found(self, found: ChangedStories) -> None:
        self._reading = False
        previous = self.mark
        self.mark, self._latest = found.mark, found.latest or self._latest
        if previous is None:
            self._people = people_part(found.mark)  # as the window read them at its start
        else:
            self._see_people(found.mark)
        # The window's own new stories are in its list already: only what others added or
        # purged is told. (A story made while this look ran is told once too often: the
        # list reads its rows again, which is harmless.)
        made_elsewhere = _count(found.mark) - _count(previous) - self._made_here
        self._made_here = 0
        updated: set[int] = set()
        removed: set[int] = set()
        for story_id, at, trashed in found.stamps:
            if self._known.get(story_id) == at:
                continue
            self._known[story_id] = at
            (removed if trashed else updated).add(story_id)
        if updated or removed:
            self.told += 1
            changes = StoryChanges(updated=frozenset(updated), removed=frozenset(removed))
            self._bus.publish(DeskChanges.of_stories(changes), None)
        if previous is not None and made_elsewhere:
            self.reshaped.emit(made_elsewhere)

    def _see_people(self, mark: ChangeMark) -> None:
        people = people_part(mark)
        if people == self._people:
            return
        # Changes this window made itself are told once more: a read of the initials,
        # the cheaper for not telling the two apart.
        self._people = people
        self.people_told += 1
        self._bus.publish(DeskChanges(profiles=True), None)

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        if initiator is None:
            return
        # New stories (made, copied, imported) as against restored ones, which the list
        # also takes as "created" but which were counted all along.
        restored = {s.id for s in changes.stories_in_hand if s.version > 1}
        self._made_here += len(changes.stories.created - restored)
        for story in changes.stories_in_hand:
            if story.id is not None and story.updated_at is not None:
                self._known[story.id] = story.updated_at


def _count(mark: ChangeMark | None) -> int:
    count = mark[0] if mark else 0  # the first of the mark: how many stories there are
    return count if isinstance(count, int) else 0
