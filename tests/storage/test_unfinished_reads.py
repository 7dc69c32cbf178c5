"""A query result left half read, and kept alive, does not freeze what the library's
next sessions see (storage/unfinished_reads.py).

On SQLite in WAL mode an unfinished statement keeps its read snapshot, even across
COMMIT on Python 3.11; a result held by a traceback while garbage collection is off is
enough. Without the fix a poll on the same pooled connection never sees a change made by
another process."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from editorial.domain.story import new_story
from editorial.storage.library import Library
from editorial.storage.tables import StoryRow

ADD_FROM_ANOTHER_PROCESS = """
import sys
from editorial.domain.story import new_story
from editorial.storage.library import Library
library = Library.open(sys.argv[1])
library.add(new_story("example.org", headline="Filed from elsewhere"))
library.close()
"""


def add_from_another_process(location: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", ADD_FROM_ANOTHER_PROCESS, str(location)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_half_read_result_kept_alive_does_not_hide_later_changes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    location = tmp_path / "lib.sqlite"
    library = Library.open(str(location))
    try:
        for number in range(3):
            library.add(new_story("example.org", headline=f"Story {number}"))
        before = library.reviews.change_mark()
        caplog.set_level(logging.WARNING, logger="editorial.storage.unfinished_reads")
        with library._read() as session:
            # A Core statement: its rows are read as asked (the ORM's are read at once).
            stories = StoryRow.__table__
            kept = session.connection().execute(select(stories.c.id).order_by(stories.c.id))
            assert kept.fetchone() is not None  # one row of three read; the rest left

        add_from_another_process(location)

        after = library.reviews.change_mark()
        assert after != before
        assert after[0] == 4  # the story count: the new story is seen
        assert library.list_stories()[0].headline == "Filed from elsewhere"
        assert "a read was left unfinished" in caplog.text
        assert "FROM stories" in caplog.text  # the statement named, so the leak is found
        del kept
    finally:
        library.close()


def test_results_read_to_the_end_are_not_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    library = Library.open(str(tmp_path / "lib.sqlite"))
    try:
        library.add(new_story("example.org", headline="Only one"))
        caplog.set_level(logging.WARNING, logger="editorial.storage.unfinished_reads")
        with library._read() as session:
            assert len(session.execute(select(StoryRow.id)).all()) == 1
        library.reviews.change_mark()
        library.list_stories()
        assert "unfinished" not in caplog.text
    finally:
        library.close()
