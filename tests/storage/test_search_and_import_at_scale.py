"""The shortcuts that keep search and bulk import fast at newsroom scale answer exactly
what the plain way did, on SQLite and on PostgreSQL:

- relevance on SQLite ranks only FTS5's best candidates against the stories, asking
  again over more when a tie or the filters could hide a better story;
- PostgreSQL ranks a very common word among its newest matches, and makes snippets from
  the part of a story around its first match (the whole story when that part held none);
- an import writes its new stories in one statement each batch (ids taken first), reads
  the file on a thread of its own, and into an empty SQLite library indexes them at once:
  still all or nothing, and every story found afterwards, as are later ones.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial.domain.errors import BadInput
from editorial.domain.search_query import parse_query
from editorial.domain.search_results import HIT_END, HIT_START, SearchOrder
from editorial.domain.story import Story, new_story
from editorial.storage import search_postgres, search_sqlite
from editorial.storage.library import Library
from editorial.storage.read_ahead import ReadAhead
from tests.conftest import is_sqlite
from tests.storage.whole import assert_whole


def found(library: Library, query: str, **options: object) -> list[int]:
    return [hit.id for hit in library.search.search(parse_query(query), **options)]  # type: ignore[arg-type]


def clocked(location: str) -> tuple[Library, list[dt.datetime]]:
    now = [dt.datetime(2026, 11, 1, tzinfo=dt.UTC)]
    return Library.open(location, clock=lambda: now[0]), now


def test_relevance_from_few_candidates_is_the_full_ranking(
    library_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, now = clocked(library_location)
    made: list[int] = []
    # Stories of equal rank (the same text) among better and worse ones, made at
    # different times, some spiked: ties at the edge of the candidates, filters.
    texts = ["quake"] * 4 + ["quake quake quake relief"] * 3 + ["quake report"] * 3
    for number, body in enumerate(texts):
        now[0] += dt.timedelta(hours=(number * 7) % 5 + 1)
        story = library.add(new_story("x.org", headline=f"Story {number}").edited(
            body=body, urgency=number % 3 + 1))  # fmt: skip
        assert story.id is not None
        made.append(story.id)
    library.trash(made[5])
    queries = ("quake", "quake urgency:1", "quake -report", "quake OR relief")
    plain = {q: [found(library, q, order=SearchOrder.RELEVANCE, limit=n)
                 for n in (1, 3, 10)] for q in queries}  # fmt: skip
    assert plain["quake"][2] and made[5] not in plain["quake"][2]
    monkeypatch.setattr(search_sqlite, "_RANKED_FIRST", 1)  # one candidate at first
    narrow = {q: [found(library, q, order=SearchOrder.RELEVANCE, limit=n)
                  for n in (1, 3, 10)] for q in queries}  # fmt: skip
    assert narrow == plain
    library.close()


def test_postgresql_ranks_a_very_common_word_among_its_newest_matches(
    library_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if is_sqlite(library_location):
        pytest.skip("PostgreSQL's shortcut; SQLite ranks every match")
    library, now = clocked(library_location)
    ids = []
    for number in range(6):
        now[0] += dt.timedelta(hours=1)
        body = "quake " * (6 - number)  # the oldest has the word most often
        ids.append(library.add(new_story("x.org", headline=f"Story {number}").edited(
            body=body)).id)  # fmt: skip
    every = found(library, "quake", order=SearchOrder.RELEVANCE)
    assert every == ids  # the oldest ranks first
    monkeypatch.setattr(search_postgres, "_RANKED_NEWEST", 3)
    assert found(library, "quake", order=SearchOrder.RELEVANCE) == ids[3:]
    assert found(library, "quake", order=SearchOrder.RELEVANCE, limit=2) == ids[3:5]
    assert found(library, "quake") == ids[::-1]  # newest first: every match, as before
    library.close()


def test_snippets_mark_a_match_far_into_a_long_story(library_location: str) -> None:
    library, _ = clocked(library_location)
    filler = " ".join(["the minister said the talks went on"] * 150)  # some 5,000 characters
    far = library.add(new_story("x.org", headline="Late").edited(
        body=f"{filler} Rescuers reached Zyryanovsk at dawn. {filler}"))  # fmt: skip
    # The stem 'citi' is written inside "citizens" early on, but "citizens" is another
    # word: the match is "city", far beyond the part around "citizens".
    other = library.add(new_story("x.org", headline="Other").edited(
        body=f"The citizens met. {filler} The city woke."))  # fmt: skip
    (hit,) = library.search.search(parse_query("zyryanovsk"))
    assert hit.id == far.id and f"{HIT_START}Zyryanovsk{HIT_END}" in hit.snippet
    (hit,) = library.search.search(parse_query("cities"))
    assert hit.id == other.id and f"{HIT_START}city{HIT_END}" in hit.snippet
    # A phrase whose words stand alone early on: the snippet shows the phrase.
    phrase = library.add(new_story("x.org", headline="Talks").edited(
        body=f"Talks would wait. {filler} Officials said talks would resume soon."))  # fmt: skip
    (hit,) = library.search.search(parse_query('"talks would resume"'))
    assert hit.id == phrase.id and f"resume{HIT_END} soon" in hit.snippet
    library.close()


def wire(number: int, **fields: object) -> Story:
    return Story(uri=f"urn:wire:{number}", headline=f"Wire story {number}",
                 body=f"Body of story {number} about harbour cranes.").edited(**fields)  # fmt: skip


def test_a_bulk_import_into_an_empty_library_is_indexed_and_stays_indexed(
    library_location: str,
) -> None:
    with Library.open(library_location) as library:
        outcome = library.import_stream(iter([wire(n) for n in range(1, 1201)]))
        assert len(outcome.added) == 1200
        assert [kept.id for kept in outcome.added] == sorted(kept.id for kept in outcome.added)
        assert library.search.index_problems() is None
        assert len(found(library, "cranes", limit=2000)) == 1200
        later = library.add(new_story("x.org", headline="Harbour reopens"))  # trigger is back
        assert found(library, "reopens") == [later.id]
        again = library.import_stream(iter([wire(5000)]))  # into a library with stories
        assert found(library, "5000") == [again.added[0].id]
        assert library.search.index_problems() is None
    if is_sqlite(library_location):
        assert_whole(Path(library_location))


def failing_after(count: int) -> Iterator[Story]:
    for number in range(1, count + 1):
        yield wire(number)
    raise BadInput("line 900: not ninjs")


def test_a_failed_import_into_an_empty_library_keeps_nothing_and_its_index(
    library_location: str,
) -> None:
    with Library.open(library_location) as library:
        with pytest.raises(BadInput, match="line 900"):
            library.import_stream(failing_after(899))
        assert library.count() == 0
        story = library.add(new_story("x.org", headline="Cranes idle"))
        assert found(library, "cranes") == [story.id]  # the insert trigger is still there
        assert library.search.index_problems() is None


@pytest.mark.parametrize("streamed", [True, False])
def test_a_story_twice_in_one_batch_is_judged_against_its_first(
    library_location: str, streamed: bool
) -> None:
    first, newer = wire(1, version=1), wire(1, version=2, body="Cranes moved again.")
    stories = [wire(2), first, newer, newer, wire(3)]
    with Library.open(library_location) as library:
        outcome = (library.import_stream(iter(stories)) if streamed
                   else library.import_stories(stories))  # fmt: skip
        assert [s.headline for s in outcome.added] == ["Wire story 2", "Wire story 1",
                                                      "Wire story 3"]  # fmt: skip
        assert [s.version for s in outcome.added] == [1, 2, 1]
        assert outcome.updated == ()
        assert [s.reason for s in outcome.skipped] == [
            "the library already has this text (earlier in this file)"
        ]
        kept = outcome.added[1].id
        assert kept is not None
        assert library.get(kept).body == "Cranes moved again."
        assert [r.story.version for r in library.revisions(kept)] == [1]
        assert found(library, "moved") == [kept] and found(library, "harbour") != []
        assert library.search.index_problems() is None


def test_read_ahead_hands_over_errors_and_stops_with_its_reader() -> None:
    def failing() -> Iterator[int]:
        yield from range(3)
        raise BadInput("bad line 4")

    with ReadAhead(failing(), ahead=2) as items, pytest.raises(BadInput, match="line 4"):
        assert list(items) == [0, 1, 2]

    read: list[int] = []

    def endless() -> Iterator[int]:
        number = 0
        while True:
            read.append(number)
            yield number
            number += 1

    reader = ReadAhead(endless(), ahead=5)
    with reader as items:
        assert [next(items) for _ in range(3)] == [0, 1, 2]
        time.sleep(0.3)
        assert len(read) <= 3 + 5 + 1  # never more than `ahead` read beyond the taken
    assert not any(t.name == "editorial-read-ahead" for t in threading.enumerate())
