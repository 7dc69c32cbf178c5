"""Soft locks: who is editing a story, on which machine, since when.

A lock is advisory. Saves stay version-checked whatever the lock says (the command line
writes without one); the lock is what lets a second window open the story read-only and
say who has it, instead of both typing and one of them meeting a conflict later.
A holder refreshes its lock every `REFRESH_EVERY`; a lock not refreshed for `STALE_AFTER`
is stale (the window that held it crashed, or its machine sleeps) and anyone may take it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

REFRESH_EVERY = dt.timedelta(seconds=30)
STALE_AFTER = dt.timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class LockHolder:
    """One editing window: the person, the machine, and an id of its own (a process may
    run several windows, and one person may have two machines)."""

    name: str
    host: str
    instance: str


@dataclass(frozen=True, slots=True)
class StoryLock:
    story_id: int
    holder: LockHolder
    since: dt.datetime
    expires_at: dt.datetime

    def is_stale(self, now: dt.datetime) -> bool:
        return now >= self.expires_at

    def held_by(self, holder: LockHolder) -> bool:
        return self.holder.instance == holder.instance


@dataclass(frozen=True, slots=True)
class LockOutcome:
    """What asking for a lock gave: `taken` (now ours), else `lock` is the other's."""

    taken: bool
    lock: StoryLock


def being_edited_message(lock: StoryLock, now: dt.datetime | None = None) -> str:
    """ "Being edited by Anna Ivanova on desk-3 since 14:05" (the time in local time;
    with the date when it was not today)."""
    since = lock.since.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    when = f"{since:%H:%M}" if since.date() == today else f"{since:%d %b %Y %H:%M}"
    return f"Being edited by {lock.holder.name} on {lock.holder.host} since {when}"
