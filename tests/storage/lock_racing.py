"""A worker for the test with two real processes taking one lock (imported by
multiprocessing's spawn start method, so kept apart from the test module)."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from editorial.domain.story_lock import LockHolder


def take_in_rounds(
    name: str, path: str, story_ids: list[int], barrier: Barrier, results: Queue[Any]
) -> None:
    """Each round, both processes take the same story's lock at once; report who got it."""
    from editorial.storage.library import Library

    me = LockHolder(name, f"{name}-host", f"instance-{name}")
    with Library.open(path, create=False, busy_timeout=30) as library:
        for story_id in story_ids:
            barrier.wait()
            outcome = library.locks.take(story_id, me)
            results.put((story_id, name, outcome.taken, outcome.lock.holder.name))
