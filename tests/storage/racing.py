"""Workers for the tests with two real processes on one library file (imported by
multiprocessing's spawn start method, so kept apart from the test modules)."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from editorial.domain.errors import VersionConflict


def save_in_rounds(
    name: str, path: str, story_id: int, rounds: int, barrier: Barrier, results: Queue[Any]
) -> None:
    """Each round: read the story, wait for the other process to have read it too, then
    both save at once; report what was read and whether the save won or lost."""
    from editorial.storage.library import Library

    with Library.open(path, create=False, busy_timeout=30) as library:
        for round_ in range(rounds):
            copy = library.get(story_id)
            barrier.wait()
            text = f"round {round_}: {name}'s text"
            try:
                saved = library.save(copy.edited(body=text))
                outcome: tuple[Any, ...] = ("won", saved.version, text)
            except VersionConflict as conflict:
                outcome = ("lost", conflict.found, None)
            results.put((round_, name, copy.body, copy.version, *outcome))
            barrier.wait()  # the next round reads only after both saves are done


def import_file(name: str, path: str, ninjs: str, barrier: Barrier, results: Queue[Any]) -> None:
    """Import one ninjs file at the same moment as the other process, as `editorial
    import` does; report what the import said of it."""
    from editorial.services.desk import open_desk
    from editorial.settings import Preferences

    desk = open_desk(path, Preferences())
    try:
        barrier.wait()
        try:
            report = desk.transfer.import_files([ninjs])
        except Exception as error:  # reported to the test, which fails on it
            results.put((name, "raised", f"{type(error).__name__}: {error}"))
            return
        (done,) = report.files
        results.put(
            (name, done.error, len(done.added), len(done.updated), [s.reason for s in done.skipped])
        )
    finally:
        desk.close()


def move_in_rounds(
    name: str, path: str, story_ids: list[int], action: str, barrier: Barrier, results: Queue[Any]
) -> None:
    """Each round: read one story, wait for the other process to have read it too, then
    both move it at once (each its own move); report whether the move won or lost."""
    from editorial.domain.workflow import EVERY_ROLE, Action, Actor
    from editorial.storage.library import Library

    actor = Actor(name, EVERY_ROLE)
    with Library.open(path, create=False, busy_timeout=30) as library:
        for story_id in story_ids:
            copy = library.get(story_id)
            barrier.wait()
            try:
                moved = library.workflow.move(
                    story_id, copy.version, Action(action), actor, note=f"{name} says so"
                )
                outcome: tuple[Any, ...] = ("won", moved.status.value, moved.version)
            except VersionConflict as conflict:
                outcome = ("lost", None, conflict.found)
            results.put((story_id, name, *outcome))
            barrier.wait()


def edit_and_approve_in_rounds(
    name: str, path: str, story_ids: list[int], rounds: int, barrier: Barrier, results: Queue[Any]
) -> None:
    """One of several desks on one library: each round all of them read the same story,
    wait for each other, then each edits or moves it from the version it read (an editor
    saves a draft or sends it back; an approver files, approves or returns it). Reported:
    (story, who, version read, what was tried, "won" with the new version, or "lost" with
    the version it ran into, or "refused" with why)."""
    from editorial.domain.errors import EditorialError
    from editorial.domain.story import Status
    from editorial.domain.workflow import EVERY_ROLE, Action, Actor
    from editorial.storage.library import Library

    actor = Actor(name, EVERY_ROLE)
    editor = int(name.rsplit("-", 1)[1]) % 2 == 0
    with Library.open(path, create=False, busy_timeout=30) as library:
        for round_ in range(rounds):
            story_id = story_ids[round_ % len(story_ids)]
            copy = library.get(story_id)
            barrier.wait()
            editable = copy.status in (Status.DRAFT, Status.RETURNED)
            if editable and editor:
                tried = "save"
            elif editable:
                tried = Action.SUBMIT.value
            elif copy.status is Status.SUBMITTED and not editor:
                tried = Action.APPROVE.value
            else:
                tried = Action.RETURN.value
            try:
                if tried == "save":
                    text = f"{name}, round {round_}"
                    done = library.save(copy.edited(body=text), explicit=True, by=name)
                else:
                    done = library.workflow.move(
                        story_id, copy.version, Action(tried), actor, note=f"{name} says so"
                    )
                outcome: tuple[Any, ...] = ("won", done.version, done.body)
            except VersionConflict as conflict:
                outcome = ("lost", conflict.found, None)
            except EditorialError as error:
                outcome = ("refused", None, str(error))
            results.put((story_id, name, copy.version, tried, *outcome))
            barrier.wait()
