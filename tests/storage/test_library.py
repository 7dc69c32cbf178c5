"""The library on a real SQLite file: what is kept, in what order, and what is refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, new_story
from editorial.storage.errors import LibraryError, StoryNotFound, VersionConflict
from editorial.storage.library import Library
from editorial.storage.schema import head_revision
from tests.storage.whole import assert_whole_at


class SteppingClock:
    """Each call is one second after the last, so 'newest first' is deterministic."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def library(library_location: str) -> Library:
    lib = Library.open(library_location, clock=SteppingClock())
    yield lib
    lib.close()
    assert_whole_at(library_location)


def full_story() -> Story:
    return new_story("ria.ru", headline="Russia urges resumption of dialogue with NATO").edited(
        bylines=(Byline("Anna Ivanova", "Moscow correspondent"), Byline("John Smith")),
        dateline=Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti"),
        lede="Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks.",
        body='"I believe that we need to resume dialogue," the minister said.\n\nMore.',
        note="Check the minister's title",
        keywords=("NATO", "Russia"),
        language="en-GB",
        urgency=3,
        subjects=("politics",),
        embargo=dt.datetime(2008, 11, 18, 14, 0, tzinfo=dt.UTC),
    )


def test_a_story_comes_back_as_it_was_kept(library: Library, library_location: str) -> None:
    kept = library.add(full_story())
    assert kept.id is not None and kept.version == 1
    assert kept.created_at == kept.updated_at
    library.close()

    reopened = Library.open(library_location)
    again = reopened.get(kept.id)
    reopened.close()
    assert again == kept
    assert again.same_content(full_story())
    assert again.embargo == dt.datetime(2008, 11, 18, 14, 0, tzinfo=dt.UTC)
    assert again.dateline.date == dt.date(2008, 11, 18)


def test_saving_bumps_the_version_and_refuses_a_stale_copy(library: Library) -> None:
    kept = library.add(full_story())
    first = library.save(kept.edited(body="Rewritten."))
    assert first.version == 2 and first.body == "Rewritten."
    assert first.updated_at > kept.updated_at

    with pytest.raises(VersionConflict) as conflict:
        library.save(kept.edited(body="An older copy."))
    assert conflict.value.found == 2
    assert library.get(first.id).body == "Rewritten."  # type: ignore[arg-type]


def test_list_is_newest_first_and_the_trash_is_apart(library: Library) -> None:
    a = library.add(new_story("x.org", headline="First"))
    b = library.add(new_story("x.org", headline="Second"))
    c = library.add(new_story("x.org", headline="Third"))
    assert [s.headline for s in library.list_stories()] == ["Third", "Second", "First"]

    library.save(a)  # an edit brings a story to the top
    assert [s.headline for s in library.list_stories()] == ["First", "Third", "Second"]

    library.trash(b.id)  # type: ignore[arg-type]
    assert [s.headline for s in library.list_stories()] == ["First", "Third"]
    assert [s.headline for s in library.list_stories(trashed=True)] == ["Second"]
    assert library.count() == 2 and library.count(trashed=True) == 1

    restored = library.restore(b.id)  # type: ignore[arg-type]
    assert not restored.is_trashed
    assert library.count(trashed=True) == 0
    assert library.list_stories()[0].id == b.id
    assert c.status is Status.DRAFT


def test_only_trashed_stories_are_purged(library: Library) -> None:
    kept = library.add(new_story("x.org", headline="Gone soon"))
    assert kept.id is not None
    with pytest.raises(LibraryError):
        library.purge(kept.id)
    library.trash(kept.id)
    library.purge(kept.id)
    with pytest.raises(StoryNotFound):
        library.get(kept.id)


def test_add_many_is_all_or_nothing(library: Library) -> None:
    one = new_story("x.org", headline="One")
    clash = one.edited(headline="Same uri")  # a uri must be unique
    unique = r"UNIQUE constraint failed: stories\.uri|stories_uri_key"  # SQLite, PostgreSQL
    with pytest.raises(LibraryError, match=unique):
        library.add_many([one, clash])
    assert library.count() == 0


def test_find_by_uri(library: Library) -> None:
    kept = library.add(new_story("x.org", headline="Findable"))
    assert library.find_by_uri(kept.uri) == kept
    assert library.find_by_uri("urn:newsml:x.org:19990101:nothing") is None


@pytest.mark.sqlite_only("WAL mode and pragmas of the file")
def test_the_file_is_sqlite_in_wal_mode_with_foreign_keys(library: Library, tmp_path: Path) -> None:
    library.add(new_story("x.org", headline="Anything"))
    with sqlite3.connect(tmp_path / "lib.sqlite") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert (
            raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
    with library._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_created_only_for_a_new_library(tmp_path: Path) -> None:
    first = Library.open(tmp_path / "lib.sqlite")
    assert first.created
    first.close()
    second = Library.open(tmp_path / "lib.sqlite")
    assert not second.created
    second.close()


def test_naive_datetimes_are_refused(library: Library) -> None:
    with pytest.raises(Exception, match="aware"):
        library.add(new_story("x.org").edited(embargo=dt.datetime(2026, 1, 1)))


def test_import_adds_new_items_and_updates_known_ones_in_one_go(library: Library) -> None:
    known = library.add(new_story("x.org", headline="First take"))
    library.trash(known.id)  # type: ignore[arg-type]
    fresh = [new_story("x.org", headline=f"Item {n}") for n in range(1200)]  # > one lookup chunk
    done = library.import_stories([known.edited(headline="Second take", version=2), *fresh])
    assert len(done.added) == 1200 and [s.id for s in done.updated] == [known.id]
    again = library.get(known.id)  # type: ignore[arg-type]
    assert again.headline == "Second take" and again.version == 2
    assert again.is_trashed  # a newer version does not bring a story back from the trash
    assert "is in the trash" in done.notes[0]
    assert library.count() == 1200 and library.count(trashed=True) == 1


def test_a_failed_import_keeps_nothing(library: Library) -> None:
    good = new_story("x.org", headline="Good")
    naive = dt.datetime(2026, 1, 1)  # refused at flush, after `good` was staged
    with pytest.raises(Exception, match="aware"):
        library.import_stories([good, new_story("x.org").edited(embargo=naive)])
    assert library.count() == 0


def test_an_item_twice_in_one_import_is_one_story_at_its_last_version(library: Library) -> None:
    first = new_story("x.org", headline="Quake: first take")
    done = library.import_stories([first, first.edited(headline="Quake: new lede")])
    assert done.updated == () and len(done.added) == 1
    assert done.added[0].headline == "Quake: new lede" and done.added[0].version == 2
    assert library.count() == 1
