"""The outbox's worker asks at the start and end of every pass which approved stories went
out everywhere (`complete_publications`): the database finds the approved stories by the
index on their status (0013), never by reading every story (93 ms at 100,000 stories on
SQLite before it; the approved are few)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event

from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.storage.test_outbox_store import Clock, approved, endpoint


def test_the_approved_stories_are_found_by_their_index(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library = Library.open(path, clock=Clock())
    endpoint(library, "wire")
    library.add_many([new_story("x.org", headline=f"Draft {n}") for n in range(200)])
    story = approved(library)
    asked: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        asked.append((statement, parameters))

    event.listen(library._engine, "before_cursor_execute", keep)
    assert library.outbox.complete_publications() == []  # queued, not delivered yet
    event.remove(library._engine, "before_cursor_execute", keep)
    library.close()
    assert story.id is not None
    statement, parameters = next((s, p) for s, p in asked if "JOIN stories" in s)
    raw = sqlite3.connect(path)
    plan = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    raw.close()
    assert not any(step.startswith("SCAN stories") for step in plan), plan
    assert any("ix_stories_status" in step for step in plan), plan
