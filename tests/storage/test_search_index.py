"""The full-text index in a real library, on SQLite (FTS5) and on PostgreSQL (a tsvector
with a GIN index): kept in step with the stories by every write, in the write's own
transaction (a crash leaves nothing half-indexed), built for the stories of a library that
had none, and searched with the same query language with the same results."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial.domain.byline import Byline
from editorial.domain.errors import BadInput
from editorial.domain.search_query import parse_query
from editorial.domain.search_results import SearchOrder, marked_snippet
from editorial.domain.story import Status, Story, new_story
from editorial.domain.story_lock import LockHolder
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.storage.library import Library
from tests.conftest import is_sqlite
from tests.storage.test_migrations import undo_0008
from tests.storage.whole import assert_whole

CHIEF = Actor("Carla Chief", EVERY_ROLE)


def found(library: Library, query: str, **options: object) -> list[int]:
    return [hit.id for hit in library.search.search(parse_query(query), **options)]  # type: ignore[arg-type]


def assert_in_step(library: Library) -> None:
    assert library.search.index_problems() is None


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    with Library.open(library_location) as library:
        yield library


def assert_whole_if_a_file(location: str) -> None:
    if is_sqlite(location):
        assert_whole(Path(location))


def quake(**fields: object) -> Story:
    story = new_story("x.org", headline="Quake hits eastern Turkey")
    return story.edited(
        lede="A strong earthquake struck Ankara province.",
        body="Rescuers searched the rubble. Королёв said the toll would rise.",
        slug="turkey-quake",
        keywords=("earthquake", "Турция"),
        bylines=(Byline("Анна Иванова", "Moscow"),),
        **fields,
    )


def test_every_field_is_indexed_and_found_by_its_field(library: Library) -> None:
    story = library.add(quake())
    library.add(new_story("x.org", headline="Markets fall").edited(body="Stocks fell."))
    for query in ("quake", "ankara", "rubble", "turkey-quake", "slug:turkey", "турция",
                  "kw:earthquake", "by:иванова", "author:Анна", "headline:turkey",
                  "lede:ankara", '"searched the rubble"', "королев", "КОРОЛЁВ", "quakes",
                  "иванов*", "rubb*"):  # fmt: skip
        assert found(library, query) == [story.id], query
    assert found(library, "headline:rubble") == []
    assert found(library, "by:moscow") == []  # a byline's role is not its name
    assert found(library, '"rubble searched"') == []


def test_snippets_mark_the_matched_words(library: Library, library_location: str) -> None:
    library.add(quake())
    (hit,) = library.search.search(parse_query("rubble"))
    if is_sqlite(library_location):  # FTS5 shows the text it indexed (ё folded)
        assert marked_snippet(hit.snippet) == (
            "Rescuers searched the **rubble**. Королев said the toll would rise."
        )
    else:  # ts_headline's passage, laid back onto the text as written
        assert marked_snippet(hit.snippet) == (
            "…struck Ankara province.\nRescuers searched the **rubble**. Королёв said the toll "
            "would rise."
        )
    (hit,) = library.search.search(parse_query('"the toll" королев'))
    assert "toll**" in marked_snippet(hit.snippet)  # FTS5 marks a phrase whole
    assert hit.headline == "Quake hits eastern Turkey" and hit.status is Status.DRAFT


def test_the_index_follows_every_write(library: Library, library_location: str) -> None:
    (first,) = library.add_many([quake()])
    assert first.id is not None
    assert_in_step(library)
    # A save replaces the old words.
    saved = library.save(first.edited(body="Aftershocks rattled the capital."), explicit=True)
    assert found(library, "rubble") == [] and found(library, "aftershocks") == [first.id]
    assert_in_step(library)
    # An import of the agency's newer version, and of a new story.
    newer = saved.edited(id=None, version=saved.version + 1, body="Tremors again.")
    outcome = library.import_stories([newer, new_story("x.org", headline="Floods in Iran")])
    assert outcome.updated and outcome.added
    assert found(library, "aftershocks") == [] and found(library, "tremors") == [first.id]
    assert found(library, "floods") == [outcome.added[0].id]
    assert_in_step(library)
    # The workflow: a move keeps the words; the spike takes it out of a search, the
    # restore brings it back.
    current = library.get(first.id)
    submitted = library.workflow.move(first.id, current.version, Action.SUBMIT, CHIEF)
    assert found(library, "tremors status:submitted") == [first.id]
    spiked = library.workflow.move(first.id, submitted.version, Action.SPIKE, CHIEF)
    assert found(library, "tremors") == [] and found(library, "tremors status:spiked") == [first.id]
    restored = library.workflow.move(first.id, spiked.version, Action.RESTORE, CHIEF)
    assert found(library, "tremors") == [first.id]
    assert_in_step(library)
    # A kept version restored (reinstate) brings its words back.
    back = library.workflow.move(first.id, restored.version, Action.RETURN, CHIEF, note="x")
    kept = next(r for r in library.revisions(first.id) if "Aftershocks" in r.story.body)
    library.workflow.reinstate(first.id, back.version, kept.story.version, "Carla Chief")
    assert found(library, "aftershocks") == [first.id] and found(library, "tremors") == []
    assert_in_step(library)
    # A take over keeps the text; a conflict's resolution writes the chosen text.
    anna, john = LockHolder("Anna", "a", "1"), LockHolder("John", "b", "2")
    library.locks.take(first.id, anna)
    library.locks.take_over(first.id, john)
    theirs = library.get(first.id)
    mine = theirs.edited(body="Mine: a landslide.")
    library.conflicts.resolve(first.id, theirs.version, mine, mine, by="John")
    assert found(library, "landslide") == [first.id] and found(library, "aftershocks") == []
    assert_in_step(library)
    # Trash without the workflow, and the purge: gone from the index for good.
    library.trash(first.id)
    library.purge(first.id)
    assert found(library, "landslide status:spiked") == []
    assert_in_step(library)
    library.close()
    assert_whole_if_a_file(library_location)


def _crash_inside_a_write(path: str) -> None:
    library = Library.open(path)
    story_id = library.list_stories()[0].id
    with library._write() as session:
        session.execute(
            sqlite3_update(story_id)  # the same UPDATE a save makes, without its commit
        )
        os._exit(0)  # the process dies before the transaction commits


def sqlite3_update(story_id: int) -> object:
    from sqlalchemy import update

    from editorial.storage.tables import StoryRow

    return update(StoryRow).where(StoryRow.id == story_id).values(body="Half written.")


def test_a_crash_mid_transaction_leaves_nothing_half_indexed(library_location: str) -> None:
    with Library.open(library_location) as library:
        library.add(quake())
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=_crash_inside_a_write, args=(library_location,))
    process.start()
    process.join(60)
    assert process.exitcode == 0
    with Library.open(library_location) as library:
        assert found(library, "rubble") != [] and found(library, "half") == []
        assert_in_step(library)
    assert_whole_if_a_file(library_location)


def test_a_failed_write_rolls_the_index_back(library: Library, library_location: str) -> None:
    story = library.add(quake())
    with pytest.raises(RuntimeError), library._write() as session:
        session.execute(sqlite3_update(story.id))  # type: ignore[arg-type]
        assert session.execute(count_half(library_location)).scalar() == 1  # uncommitted
        raise RuntimeError("the write fails after the update")
    assert found(library, "half") == [] and found(library, "rubble") == [story.id]
    assert_in_step(library)


def count_half(location: str) -> object:
    from sqlalchemy import text

    if is_sqlite(location):
        return text("SELECT count(*) FROM story_search WHERE story_search MATCH 'half'")
    return text("SELECT count(*) FROM stories WHERE search_vector @@ 'half'::tsquery")


def test_a_library_without_the_index_gains_it_with_its_stories(library_location: str) -> None:
    with Library.open(library_location) as library:
        story = library.add(quake())
        spiked = library.add(new_story("x.org", headline="Spiked quake").edited(slug="gone"))
        library.trash(spiked.id)  # type: ignore[arg-type]
    if is_sqlite(library_location):
        with sqlite3.connect(library_location) as raw:
            undo_0008(raw)
        raw.close()
    else:
        from tests.storage.test_postgresql import migrate

        migrate(library_location, "0008", down=True)  # the tsvector, its trigger and index go
    with Library.open(library_location) as library:
        assert found(library, "by:иванова") == [story.id]
        assert found(library, "kw:турция rubble") == [story.id]
        assert found(library, "slug:gone status:spiked") == [spiked.id]
        assert_in_step(library)
    assert_whole_if_a_file(library_location)


def test_filters_and_order(library_location: str) -> None:
    now = [dt.datetime(2026, 11, 5, 12, 0, tzinfo=dt.UTC)]
    library = Library.open(library_location, clock=lambda: now[0])
    older = library.add(quake(language="ru", urgency=1))
    now[0] = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
    newer = library.add(new_story("x.org", headline="Quake relief").edited(language="en-GB"))
    assert found(library, "quake") == [newer.id, older.id]  # newest first
    # By relevance the story about the quake (headline, slug, body) comes first.
    ranked = found(library, "quake OR earthquake", order=SearchOrder.RELEVANCE)
    assert ranked == [older.id, newer.id]
    assert found(library, "quake lang:ru") == [older.id]
    assert found(library, "quake lang:en") == [newer.id]
    assert found(library, "quake -lang:en") == [older.id]
    assert found(library, "quake urgency:1") == [older.id]
    assert found(library, "urgency:..3") == [older.id]
    utc = {"zone": dt.UTC}
    assert found(library, "quake date:2026-11-05", **utc) == [older.id]
    assert found(library, "quake date:2026-11", **utc) == [newer.id, older.id]
    assert found(library, "quake after:2026-11-06", **utc) == [newer.id]
    assert found(library, "quake before:2026-11-06", **utc) == [older.id]
    assert found(library, "date:2026-11-01..2026-11-10", **utc) == [older.id]
    assert found(library, "quake -rubble") == [newer.id]
    assert found(library, "-rubble") == [newer.id]
    assert found(library, "status:draft", limit=1) == [newer.id]
    with pytest.raises(BadInput):
        library.search.search(parse_query("quake"), limit=0)
    library.close()


HOSTILE = ['"', '""', "*", '"a" NEAR', "NEAR(quake rubble)", "quake AND", "^quake",
           "quake:", "{headline}: quake", "'", "quake)", "(", "-", "- -", "OR", "a OR",
           'by:"', "\x00", "é*", "e\u0301", "²", "\U0001f600", "NOT quake", "a*b*c",
           "headline:*", '"unclosed phrase']  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_fts5_syntax_typed_by_a_person_is_only_text(library: Library, query: str) -> None:
    library.add(quake())
    try:
        parsed = parse_query(query)
    except BadInput as error:
        assert "\n" not in str(error)
        return
    library.search.search(parsed)  # no FTS5 syntax error, whatever was typed


def test_saved_searches(library: Library) -> None:
    first = library.search.save("Turkey quake", "quake city:ankara", by="Anna")
    library.search.save("Approved", "status:approved")
    assert [s.name for s in library.search.saved()] == ["Approved", "Turkey quake"]
    again = library.search.save("Turkey quake", "quake -rubble")
    assert again.id == first.id and again.query == "quake -rubble"
    library.search.remove_saved(first.id)
    assert [s.name for s in library.search.saved()] == ["Approved"]
    with pytest.raises(BadInput):
        library.search.save("  ", "quake")


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library.open(tmp_path_factory.mktemp("search") / "lib.sqlite")
    library.add(quake())
    return library


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.text(), st.booleans(), st.sampled_from(SearchOrder))
def test_any_text_searches_or_is_a_message(
    shared_library: Library, text: str, prefix: bool, order: SearchOrder
) -> None:
    try:
        query = parse_query(text, prefix_last=prefix)
    except BadInput:
        return
    shared_library.search.search(query, order=order)


def test_many_matches_are_walked_newest_first_as_few_are(
    library_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editorial.storage import search_sqlite

    now = [dt.datetime(2026, 11, 1, tzinfo=dt.UTC)]
    library = Library.open(library_location, clock=lambda: now[0])
    made = []
    for hours in (5, 1, 9, 3, 7):  # the newest are not the last added
        now[0] = dt.datetime(2026, 11, 1, hours, tzinfo=dt.UTC)
        made.append((hours, library.add(quake(urgency=hours)).id))
    newest_first = [story_id for _, story_id in sorted(made, reverse=True)]
    few = (found(library, "quake", limit=3), found(library, "quake urgency:..5"))
    monkeypatch.setattr(search_sqlite, "_FEW", 2)  # a common word: more matches than that
    # PostgreSQL's planner chooses from its statistics: each way is made its only choice.
    with planned(library, walk_newest=True):
        many = (found(library, "quake", limit=3), found(library, "quake urgency:..5"))
    with planned(library, walk_newest=False):
        sorted_ = (found(library, "quake", limit=3), found(library, "quake urgency:..5"))
    assert few == many == sorted_ == (newest_first[:3], [i for i in newest_first if dict(
        (b, a) for a, b in made)[i] <= 5])  # fmt: skip
    library.close()


@contextmanager
def planned(library: Library, *, walk_newest: bool) -> Iterator[None]:
    """On PostgreSQL, every transaction of `library` inside this has the planner walk the
    stories along the newest-first index (`walk_newest`), or never use it (sort the
    matches the GIN index finds). On SQLite nothing changes."""
    from sqlalchemy import Connection, event

    engine = library._engine
    if engine.dialect.name != "postgresql":
        yield
        return
    turned_off = (("enable_bitmapscan", "enable_seqscan", "enable_sort") if walk_newest
                  else ("enable_indexscan", "enable_indexonlyscan"))  # fmt: skip

    def on_begin(connection: Connection) -> None:
        for setting in turned_off:
            connection.exec_driver_sql(f"SET LOCAL {setting} = off")

    event.listen(engine, "begin", on_begin)
    try:
        yield
    finally:
        event.remove(engine, "begin", on_begin)


def test_fields_that_share_a_weight_are_told_apart(library: Library) -> None:
    # On PostgreSQL slug, keywords, bylines and city share weight C: each is looked at
    # again on its own. The same queries answer the same on SQLite.
    turkey = library.add(quake())
    relief = library.add(
        new_story("x.org", headline="Relief for quake victims").edited(
            slug="earthquake-relief", keywords=("turkey",), bylines=(Byline("John Earthquake"),)
        )
    )
    cases = {
        "kw:earthquake": [turkey.id], "slug:earthquake": [relief.id],
        "kw:turkey": [relief.id], "slug:turkey": [turkey.id], "by:earthquake": [relief.id],
        "quake -kw:earthquake": [relief.id], "quake -slug:earthquake": [turkey.id],
        "kw:earthquake OR slug:earthquake": [relief.id, turkey.id],
        'headline:"hits eastern"': [turkey.id], "kw:турц*": [turkey.id],
        "headline:quak* -by:иванова": [relief.id], 'body:"the toll"': [turkey.id],
    }  # fmt: skip
    for query, expected in cases.items():
        assert found(library, query) == expected, query


def test_a_stale_index_is_found_and_repaired(
    library_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from editorial.cli import main

    with Library.open(library_location) as library:
        story = library.add(quake())
        library.add(new_story("x.org", headline="Markets fall"))
        assert_in_step(library)
        with library._write() as session:  # the index loses a story's words
            if is_sqlite(library_location):
                session.execute(text("DELETE FROM story_search_terms"))
            else:
                session.execute(text("UPDATE stories SET search_vector = NULL WHERE id = 1"))
        assert library.search.index_problems() is not None
    assert main(["--library", library_location, "check-library"]) == 2
    assert "search index" in capsys.readouterr().out
    assert main(["--library", library_location, "check-library", "--repair"]) == 0
    assert "repaired" in capsys.readouterr().out
    with Library.open(library_location) as library:
        assert_in_step(library)
        assert found(library, "by:иванова rubble") == [story.id]
    assert main(["--library", library_location, "check-library", "--json"]) == 0
