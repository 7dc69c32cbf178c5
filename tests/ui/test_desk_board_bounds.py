"""The desk's board stays bounded in a big library: of each state only the stories
changed last are read, and the database counts the rest."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from pathlib import Path

from editorial.domain.review import DeskGroup
from editorial.domain.story import Status, new_story
from editorial.storage.library import Library

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def library_with_states(path: Path) -> list[int]:
    ticks = itertools.count()
    with Library.open(path, clock=lambda: T0 + dt.timedelta(minutes=next(ticks))) as library:
        ids = [library.add(new_story("x.example", headline=f"S{n}")).id for n in range(9)]
    with sqlite3.connect(path) as connection:  # states set as an archive's import leaves them
        for story_id in ids[:6]:
            connection.execute("UPDATE stories SET status = 'published' WHERE id = ?", (story_id,))
        for story_id in ids[6:8]:
            connection.execute("UPDATE stories SET status = 'submitted' WHERE id = ?", (story_id,))
    return [i for i in ids if i is not None]


def test_the_board_reads_the_latest_of_each_state_and_counts_them_all(tmp_path: Path) -> None:
    ids = library_with_states(tmp_path / "library.sqlite")
    with Library.open(tmp_path / "library.sqlite") as library:
        entries = library.reviews.board(limit_per_status=3)
        totals = library.reviews.board_totals()
    published = sorted(e.id for e in entries if e.status is Status.PUBLISHED)
    assert published == ids[3:6]  # the three changed last
    assert sorted(e.id for e in entries if e.status is Status.SUBMITTED) == ids[6:8]
    assert totals == {Status.PUBLISHED: 6, Status.SUBMITTED: 2}


def test_the_board_model_says_how_many_are_not_shown(qapp: object, tmp_path: Path) -> None:
    from editorial.ui.desk.desk_model import DeskBoardModel

    library_with_states(tmp_path / "library.sqlite")
    with Library.open(tmp_path / "library.sqlite") as library:
        entries = library.reviews.board(limit_per_status=3)
        totals = library.reviews.board_totals()
    model = DeskBoardModel()
    model.set_entries(entries, totals=totals)
    assert model.count(DeskGroup.PUBLISHED) == 3
    assert model.groups[DeskGroup.PUBLISHED].text() == "Published  (3 latest of 6)"
    assert model.groups[DeskGroup.FILED].text() == "Filed  (2)"
