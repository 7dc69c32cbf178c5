"""Eight processes editing and approving the same stories at once, on SQLite and on the
real PostgreSQL: no update is lost, every loser is told (VersionConflict), and each
story's history, revisions and outbox agree with what the winners did."""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from typing import Any

from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.storage.racing import edit_and_approve_in_rounds
from tests.storage.whole import assert_whole_at

DESKS = 8
STORIES = 3
ROUNDS = 16


def test_eight_desks_on_the_same_stories_lose_nothing(library_location: str) -> None:
    with Library.open(library_location) as library:
        # Approvals queue what is to go out; nothing sends it here (no worker).
        library.endpoints.add(EndpointProfile("wire", "ninjs-push", "http://127.0.0.1:9/"))
        stories = [library.add(new_story("x.org", headline=f"Story {n}").edited(
            body="First take."), by="desk-0") for n in range(STORIES)]  # fmt: skip
    ids = [story.id for story in stories]
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(DESKS, timeout=120)
    results: Any = spawn.Queue()
    workers = [
        spawn.Process(target=edit_and_approve_in_rounds,
                      args=(f"desk-{n}", library_location, ids, ROUNDS, barrier, results))
        for n in range(DESKS)
    ]  # fmt: skip
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=300) for _ in range(DESKS * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    assert [r for r in reports if r[4] == "refused"] == []
    by_story: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for report in reports:
        by_story[report[0]].append(report)
    with Library.open(library_location) as library:
        for story_id, attempts in by_story.items():
            wins = sorted((r for r in attempts if r[4] == "won"), key=lambda r: r[5])
            losses = [r for r in attempts if r[4] == "lost"]
            assert len(wins) + len(losses) == len(attempts)
            stored = library.get(story_id)
            # Every write made exactly the next version from the version it read: none
            # was written over, none is missing.
            assert [r[5] for r in wins] == list(range(2, stored.version + 1))
            assert all(r[2] == r[5] - 1 for r in wins)
            # Of the desks that read one version, one won; each other was told.
            for read in {r[2] for r in attempts}:
                assert len([r for r in wins if r[2] == read]) <= 1
            assert all(r[5] > r[2] for r in losses)
            saves = [r for r in wins if r[3] == "save"]
            assert stored.body == (saves[-1][6] if saves else "First take.")
            moves = [(r[3], r[5]) for r in wins if r[3] != "save"]
            history = [(e.action, e.version) for e in library.workflow.history(story_id)]
            assert history == [("create", 1), *moves]
            kept = [r.story.version for r in library.revisions(story_id)]
            assert len(kept) == len(set(kept)) and all(v < stored.version for v in kept)
            approvals = [r for r in wins if r[3] == "approve"]
            assert len(library.outbox.entries(story_id)) == len(approvals)
    assert_whole_at(library_location)
