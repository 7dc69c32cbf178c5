"""The workflow in a real SQLite library: each move of the table, its history entry and
the revision it keeps are one transaction; two processes moving one story at once: one
wins, the other is told; the trash of before becomes the spike."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections import deque
from pathlib import Path
from typing import Any

import pytest

from editorial.domain.errors import MoveNotAllowed, StoryNotFound, VersionConflict
from editorial.domain.story import Status, Story, new_story
from editorial.domain.workflow import (
    EVERY_ROLE,
    MOVES,
    SYSTEM_ACTIONS,
    Action,
    Actor,
    Move,
    Profile,
    Role,
)
from editorial.storage.library import Library
from tests.storage.racing import move_in_rounds
from tests.storage.test_migrations import undo_0004
from tests.storage.whole import assert_whole, assert_whole_at

CHIEF = Actor("Carla Chief", EVERY_ROLE)


def path_to(status: Status) -> list[Action]:
    """The shortest run of moves from a draft to `status` (by the table)."""
    paths: dict[Status, list[Action]] = {Status.DRAFT: []}
    queue = deque([Status.DRAFT])
    while queue:
        here = queue.popleft()
        for move in MOVES:
            if move.source is here and move.to is not None and move.to not in paths:
                paths[move.to] = [*paths[here], move.action]
                queue.append(move.to)
    return paths[status]


def make(library: Library, action: Action, story: Story, note: str = "Because.") -> Story:
    actor = None if action in SYSTEM_ACTIONS else CHIEF
    assert story.id is not None
    return library.workflow.move(story.id, story.version, action, actor, note=note)


def story_in(library: Library, status: Status) -> Story:
    story = library.add(new_story("x.org", headline=f"In {status.value}"), by=CHIEF.name)
    for action in path_to(status):
        story = make(library, action, story)
    assert story.status is status
    return story


@pytest.fixture
def library(library_location: str) -> Any:
    with Library.open(library_location) as opened:
        yield opened
    assert_whole_at(library_location)


@pytest.mark.parametrize("move", MOVES, ids=lambda m: f"{m.source.value}-{m.action.value}")
def test_every_move_is_kept_with_its_history_and_revision(library: Library, move: Move) -> None:
    story = story_in(library, move.source)
    assert story.id is not None
    moved = make(library, move.action, story, note="Why not.")
    assert moved.status is (move.to or Status.DRAFT)  # restored: the spike came from a draft
    assert moved.version == story.version + 1 and moved.uri == story.uri
    last = library.workflow.history(story.id)[-1]
    assert (last.action, last.status, last.version) == (move.action.value, moved.status,
                                                        moved.version)  # fmt: skip
    assert last.by == ("publishing" if move.action in SYSTEM_ACTIONS else CHIEF.name)
    assert last.note == "Why not."
    kept = library.revisions(story.id)[-1]
    assert (kept.story.version, kept.story.status, kept.action) == (
        story.version, story.status, move.action.value
    )  # fmt: skip
    assert library.get(story.id) == moved


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_a_refused_move_changes_nothing(library: Library, status: Status) -> None:
    story = story_in(library, status) if status is not Status.SPIKED else None
    if story is None:
        story = make(library, Action.SPIKE, story_in(library, Status.DRAFT))
    assert story.id is not None
    history = library.workflow.history(story.id)
    refused = next(a for a in Action if a not in {m.action for m in MOVES if m.source is status})
    with pytest.raises(MoveNotAllowed):
        make(library, refused, story)
    assert library.get(story.id) == story and library.workflow.history(story.id) == history


def test_spike_is_the_trash_and_restore_brings_back_the_state(library: Library) -> None:
    story = story_in(library, Status.RETURNED)
    spiked = make(library, Action.SPIKE, story)
    assert spiked.is_trashed and spiked.status is Status.SPIKED
    assert [s.id for s in library.list_stories(trashed=True)] == [story.id]
    assert library.list_stories() == []
    restored = make(library, Action.RESTORE, spiked)
    assert restored.status is Status.RETURNED and not restored.is_trashed


def test_kill_and_correct_keep_their_note_as_the_editorial_note(library: Library) -> None:
    published = story_in(library, Status.PUBLISHED)
    corrected = make(library, Action.CORRECT, published, note="Corrects the minister's name.")
    assert corrected.note == "Corrects the minister's name." and corrected.uri == published.uri
    killed = make(library, Action.KILL, story_in(library, Status.PUBLISHED), note="Libel risk.")
    assert killed.note == "Libel risk." and killed.status is Status.KILLED


def test_a_stale_copy_or_a_missing_story_is_refused(library: Library) -> None:
    story = story_in(library, Status.DRAFT)
    library.save(story.edited(body="Saved meanwhile."))
    with pytest.raises(VersionConflict):
        make(library, Action.SUBMIT, story)
    assert library.get(story.id).status is Status.DRAFT  # type: ignore[arg-type]
    with pytest.raises(StoryNotFound):
        library.workflow.move(9999, 1, Action.SUBMIT, CHIEF)
    with pytest.raises(StoryNotFound):
        library.workflow.history(9999)


def test_profiles_are_kept_and_changed(library: Library) -> None:
    library.workflow.keep_profile(Profile("Anna Ivanova", "AI", frozenset({Role.REPORTER})))
    library.workflow.keep_profile(Profile("Anna Ivanova", "AIv", frozenset(Role)))
    library.workflow.keep_profile(Profile("Boris", "B", frozenset()))
    assert library.workflow.profiles() == [
        Profile("Anna Ivanova", "AIv", frozenset(Role)), Profile("Boris", "B", frozenset())
    ]  # fmt: skip
    library.workflow.remove_profile("Boris")
    assert [p.name for p in library.workflow.profiles()] == ["Anna Ivanova"]


ROUNDS = 15


def test_two_processes_moving_one_story_at_once_exactly_one_wins(library_location: str) -> None:
    path = library_location
    with Library.open(path) as library:
        ids = [story_in(library, Status.SUBMITTED).id for _ in range(ROUNDS)]
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2, timeout=60)
    results: Any = spawn.Queue()
    workers = [
        spawn.Process(target=move_in_rounds, args=(name, str(path), ids, action, barrier, results))
        for name, action in (("approver", "approve"), ("returner", "return"))
    ]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    with Library.open(path) as library:
        for story_id in ids:
            pair = [r for r in reports if r[0] == story_id]
            won = [r for r in pair if r[2] == "won"]
            lost = [r for r in pair if r[2] == "lost"]
            assert len(won) == 1 and len(lost) == 1, pair
            stored = library.get(story_id)  # type: ignore[arg-type]
            assert stored.status.value == won[0][3] and stored.version == won[0][4] == lost[0][4]
            history = library.workflow.history(story_id)  # type: ignore[arg-type]
            assert [e.action for e in history] == ["create", "submit", won[0][3].replace(
                "approved", "approve").replace("returned", "return")]  # fmt: skip
            assert history[-1].by == won[0][1]
    assert_whole_at(path)


def test_a_library_of_schema_0003_keeps_its_trash_as_the_spike(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        approved = story_in(library, Status.APPROVED)
        kept = library.add(new_story("x.org", headline="Kept"))
        library.import_stories([kept.edited(body="Newer.", version=2)])  # one revision
    with sqlite3.connect(path) as raw:
        undo_0004(raw)
        raw.execute("UPDATE stories SET trashed_at = updated_at WHERE id = ?", (approved.id,))
        raw.execute('UPDATE story_revisions SET content = json(\'{"headline": "Kept"}\')')
    raw.close()
    with Library.open(path) as library:
        spiked = library.get(approved.id)  # type: ignore[arg-type]
        assert spiked.status is Status.SPIKED and spiked.is_trashed
        assert make(library, Action.RESTORE, spiked).status is Status.APPROVED
        assert [r.story.headline for r in library.revisions(kept.id)] == ["Kept"]  # type: ignore[arg-type]
    assert_whole(path)


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED, Status.KILLED])
def test_an_import_never_replaces_what_went_out(library: Library, status: Status) -> None:
    story = story_in(library, status)
    newer = Story(uri=story.uri, version=story.version + 5, body="The agency's new take.")
    done = library.import_stories([newer])
    assert done.updated == () and f"is {status.value} in the library" in done.skipped[0].reason
    assert library.get(story.id) == story  # type: ignore[arg-type]


def test_an_import_into_the_spike_keeps_the_story_spiked(library: Library) -> None:
    spiked = make(library, Action.SPIKE, story_in(library, Status.SUBMITTED))
    same = library.import_stories([spiked.edited(status=Status.SUBMITTED, version=0)])
    assert same.updated == () and "already has this text" in same.skipped[0].reason
    newer = spiked.edited(status=Status.DRAFT, body="Newer.", version=spiked.version + 1)
    (updated,) = library.import_stories([newer]).updated
    assert updated.status is Status.SPIKED and updated.is_trashed and updated.body == "Newer."
    assert make(library, Action.RESTORE, updated).status is Status.DRAFT


@pytest.mark.parametrize("status", [s for s in Status if s is not Status.SPIKED] + [None])
def test_a_story_in_every_state_exports_as_valid_ninjs(
    library: Library, status: Status | None
) -> None:
    from editorial.formats.ninjs_export import story_to_ninjs
    from tests.formats.conftest import ninjs_22_validator

    story = (
        story_in(library, status)
        if status is not None
        else make(library, Action.SPIKE, story_in(library, Status.DRAFT))
    )
    item = story_to_ninjs(story)
    assert list(ninjs_22_validator().iter_errors(item)) == []
    assert item["pubstatus"] == ("canceled" if status is Status.KILLED else "usable")
