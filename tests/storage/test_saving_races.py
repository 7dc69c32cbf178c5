"""Two writers on one library never lose a save: the version check is part of the write."""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import sessionmaker

from editorial.domain.story import new_story
from editorial.storage.errors import StoryNotFound, VersionConflict
from editorial.storage.library import Library
from tests.storage.racing import save_in_rounds
from tests.storage.whole import assert_whole_at

ROUNDS = 50


def test_two_processes_racing_to_save_one_story_never_lose_a_save(library_location: str) -> None:
    path = library_location
    with Library.open(path) as library:
        story = library.add(new_story("x.org", headline="Contested"))
    assert story.id is not None

    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2, timeout=60)
    results: Any = spawn.Queue()
    workers = [
        spawn.Process(target=save_in_rounds, args=(name, str(path), story.id, ROUNDS, barrier,
                                                   results))
        for name in ("window", "script")
    ]  # fmt: skip
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    by_round: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for round_, *report in reports:
        by_round[round_].append(tuple(report))
    previous_text, version = story.body, story.version
    for round_ in range(ROUNDS):
        pair = by_round[round_]
        # Both read the same copy: the text the previous round's winner saved.
        assert {(body, read) for _, body, read, *_ in pair} == {(previous_text, version)}
        won = [r for r in pair if r[3] == "won"]
        lost = [r for r in pair if r[3] == "lost"]
        assert len(won) == 1 and len(lost) == 1, f"round {round_}: {pair}"
        version += 1
        assert won[0][4] == version  # the winner wrote the next version
        assert lost[0][4] == version  # the loser was told the version it ran into
        previous_text = won[0][5]

    with Library.open(path) as library:
        kept = library.get(story.id)
    assert kept.body == previous_text and kept.version == story.version + ROUNDS
    assert_whole_at(path)


@pytest.fixture
def two_libraries(library_location: str) -> Any:
    first = Library.open(library_location)
    second = Library.open(library_location)
    yield first, second
    first.close()
    second.close()
    assert_whole_at(library_location)


# What a write transaction sends first: SQLite's BEGIN, PostgreSQL's wait for its turn.
WRITE_BEGINS = ("BEGIN", "SELECT pg_advisory_xact_lock")


def run_before(library: Library, statement_start: str | tuple[str, ...], action: Any) -> None:
    """Run `action` once, just before `library` sends a statement starting so."""
    done = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith(statement_start) and not done:
            done.append(True)
            action()

    event.listen(library._engine, "before_cursor_execute", before)


def test_a_save_paused_before_its_write_loses_to_the_save_that_came_in_between(
    two_libraries: tuple[Library, Library],
) -> None:
    window, script = two_libraries
    story = window.add(new_story("x.org", headline="Quake").edited(body="First take."))
    copy_in_window = window.get(story.id)  # type: ignore[arg-type]
    script_copy = script.get(story.id)  # type: ignore[arg-type]
    run_before(window, WRITE_BEGINS, lambda: script.save(script_copy.edited(body="Script's text.")))

    with pytest.raises(VersionConflict, match="version 2") as conflict:
        window.save(copy_in_window.edited(body="Window's text."))
    assert conflict.value.found == 2 and conflict.value.expected == 1
    assert window.get(story.id).body == "Script's text."  # type: ignore[arg-type]


def test_the_update_itself_checks_the_version_even_without_the_write_lock(
    two_libraries: tuple[Library, Library],
) -> None:
    """On a database where a transaction takes no lock when it begins (as PostgreSQL), the
    other writer can commit between the start of the save and its UPDATE: the UPDATE's
    own `version = ?` condition still refuses to write over it."""
    window, script = two_libraries
    story = window.add(new_story("x.org", headline="Quake").edited(body="First take."))
    window._writing = sessionmaker(window._engine, expire_on_commit=False)  # BEGIN DEFERRED
    script_copy = script.get(story.id)  # type: ignore[arg-type]
    run_before(window, "UPDATE stories", lambda: script.save(script_copy.edited(body="Script's.")))

    with pytest.raises(VersionConflict) as conflict:
        window.save(story.edited(body="Window's text."))
    assert conflict.value.found == 2
    assert script.get(story.id).body == "Script's."  # type: ignore[arg-type]


def test_trash_and_restore_change_only_the_trash_and_never_lose_a_save(
    two_libraries: tuple[Library, Library],
) -> None:
    window, script = two_libraries
    story = window.add(new_story("x.org", headline="Quake"))
    assert story.id is not None
    run_before(window, WRITE_BEGINS, lambda: script.save(story.edited(body="Saved meanwhile.")))
    trashed = window.trash(story.id)
    assert trashed.is_trashed and trashed.body == "Saved meanwhile." and trashed.version == 2
    restored = script.restore(story.id)
    assert not restored.is_trashed and restored.version == 2
    with pytest.raises(StoryNotFound):
        window.trash(story.id + 1000)
