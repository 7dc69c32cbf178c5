"""An import never loses text: an older or equal version of a story the library knows is
skipped and said so, a newer one becomes a new version with the earlier text kept, and a
story in the trash stays there."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editorial.cli import main
from editorial.domain.story import Story, new_story
from editorial.formats.ninjs_export import story_to_ninjs
from editorial.services.desk import open_desk
from editorial.settings import Preferences
from editorial.storage.library import Library
from tests.storage.racing import import_file
from tests.storage.whole import assert_whole_at, row_count


@pytest.fixture
def path(library_location: str) -> Iterator[str]:
    yield library_location
    assert_whole_at(library_location)


@pytest.fixture
def library(path: str) -> Iterator[Library]:
    with Library.open(path) as opened:
        yield opened


def saved_seven_times(library: Library) -> Story:
    story = library.add(new_story("x.org", headline="Quake").edited(body="Take 1."))
    for take in range(2, 8):
        story = library.save(story.edited(body=f"Take {take}."))
    assert story.version == 7
    return story


def test_an_older_or_equal_version_is_skipped_with_the_reason(library: Library) -> None:
    story = saved_seven_times(library)
    old_export = story.edited(body="Take 3.", version=3)
    done = library.import_stories([old_export, story.edited(body="Same number.")])
    assert done.added == () and done.updated == ()
    assert [s.reason for s in done.skipped] == [
        "the library has version 7; the file has 3",
        "the library already has version 7",
    ]
    assert {s.story_id for s in done.skipped} == {story.id}
    assert library.get(story.id).body == "Take 7." and library.revisions(story.id) == []  # type: ignore[arg-type]


def test_a_newer_version_keeps_the_earlier_text_as_a_revision(library: Library) -> None:
    story = saved_seven_times(library)
    done = library.import_stories([story.edited(body="The agency's take 9.", version=9)])
    assert [s.id for s in done.updated] == [story.id] and done.updated[0].version == 9
    assert done.skipped == () and done.notes == ()
    assert library.get(story.id).body == "The agency's take 9."  # type: ignore[arg-type]

    (kept,) = library.revisions(story.id)  # type: ignore[arg-type]
    assert kept.story.version == 7 and kept.story.same_content(story)
    assert kept.action == "import" and kept.saved_at == story.updated_at
    assert kept.replaced_at == done.updated[0].updated_at

    again = library.import_stories([story.edited(body="Take 10.", version=10)])
    assert again.updated[0].version == 10
    assert [r.story.body for r in library.revisions(story.id)] == [  # type: ignore[arg-type]
        "Take 7.",
        "The agency's take 9.",
    ]


def test_a_file_without_versions_is_new_only_when_its_text_differs(library: Library) -> None:
    story = saved_seven_times(library)
    unversioned = story.edited(version=0, id=None)
    done = library.import_stories([unversioned])
    assert [s.reason for s in done.skipped] == ["the library already has this text (version 7)"]
    done = library.import_stories([unversioned.edited(body="Edited elsewhere.")])
    assert done.updated[0].version == 8 and done.updated[0].body == "Edited elsewhere."
    assert [r.story.body for r in library.revisions(story.id)] == ["Take 7."]  # type: ignore[arg-type]


def test_a_story_in_the_trash_stays_there_with_its_newer_version(library: Library) -> None:
    story = saved_seven_times(library)
    library.trash(story.id)  # type: ignore[arg-type]
    done = library.import_stories([story.edited(body="Take 8.", version=8)])
    assert done.updated[0].is_trashed and done.updated[0].body == "Take 8."
    assert done.notes == (
        f"Story {story.id} (“Quake”) is in the trash: its newer version 8 was kept there, "
        "not restored.",
    )
    older = library.import_stories([story.edited(version=5)])
    assert older.skipped[0].reason.endswith("(the story is in the trash)")
    assert library.count() == 0 and library.count(trashed=True) == 1


def test_purging_a_story_deletes_its_revisions_too(library: Library, path: str) -> None:
    story = saved_seven_times(library)
    library.import_stories([story.edited(body="Take 8.", version=8)])
    library.trash(story.id)  # type: ignore[arg-type]
    library.purge(story.id)  # type: ignore[arg-type]
    assert row_count(path, "story_revisions") == 0


def write_ninjs(path: Path, stories: list[Story]) -> Path:
    path.write_text(
        "\n".join(json.dumps(story_to_ninjs(s)) for s in stories) + "\n", encoding="utf-8"
    )
    return path


def test_the_import_report_names_what_was_skipped_and_why(path: str, tmp_path: Path) -> None:
    with Library.open(path) as library:
        story = saved_seven_times(library)
        library.trash(story.id)  # type: ignore[arg-type]
    desk = open_desk(str(path), Preferences())
    try:
        old = write_ninjs(tmp_path / "old.jsonl", [story.edited(body="Take 2.", version=2)])
        new = write_ninjs(tmp_path / "new.jsonl", [story.edited(body="Take 8.", version=8)])
        report = desk.transfer.import_files([old, new])
    finally:
        desk.close()
    first, second = report.files
    assert first.stories == () and [s.reason for s in first.skipped] == [
        "the library has version 7; the file has 2 (the story is in the trash)"
    ]
    assert first.skipped[0].story_id == story.id and first.skipped[0].headline == "Quake"
    assert [s.version for s in second.updated] == [8] and "is in the trash" in second.warnings[0]
    assert report.changes.updated == {story.id} and report.changes.created == frozenset()


def test_an_insert_that_collides_with_another_writer_is_tried_once_more(
    library_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a transaction takes no write lock when it begins (as PostgreSQL), another
    process can add the same uri between our look-up and our insert. SQLite cannot show
    that interleaving, so the first look-up here misses the other's story as it would: the
    insert collides, and the second try sees the story and judges it like any other."""
    from editorial.storage import imports

    path = library_location
    item = new_story("x.org", headline="Quake").edited(body="From the wire.", version=2)
    with Library.open(path) as other:
        other.import_stories([item])
    real_lookup, lookups = imports.rows_by_uri, []

    def stale_then_real(session: Any, uris: list[str]) -> dict[str, Any]:
        lookups.append(uris)
        return {} if len(lookups) == 1 else real_lookup(session, uris)

    monkeypatch.setattr(imports, "rows_by_uri", stale_then_real)
    with Library.open(path) as library:
        done = library.import_stories([item, item.edited(headline="Quake: new lede", version=3)])
        assert len(lookups) == 2
        assert done.added == () and [s.reason for s in done.skipped] == [
            "the library already has this text (version 2)"
        ]
        assert [s.headline for s in done.updated] == ["Quake: new lede"]
        assert library.count() == 1
    assert_whole_at(path)


def test_two_processes_importing_one_file_at_once(tmp_path: Path, library_location: str) -> None:
    path = library_location
    Library.open(path).close()
    stories = [new_story("x.org", headline=f"Item {n}").edited(version=1) for n in range(50)]
    ninjs = write_ninjs(tmp_path / "wire.jsonl", stories)

    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2, timeout=60)
    results: Any = spawn.Queue()
    workers = [
        spawn.Process(target=import_file, args=(name, str(path), str(ninjs), barrier, results))
        for name in ("first", "second")
    ]
    for worker in workers:
        worker.start()
    reports = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert all(report[1] is None for report in reports), reports  # no error, no traceback
    added = sorted(report[2] for report in reports)
    assert added == [0, 50]  # one process added them all; the other found them there
    skipped = next(report[4] for report in reports if report[2] == 0)
    assert len(skipped) == 50 and all("already has" in reason for reason in skipped)
    with Library.open(path) as library:
        assert library.count() == 50
    assert_whole_at(path)


def test_importing_one_file_twice_from_the_cli_keeps_one_story(
    path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ninjs = write_ninjs(tmp_path / "wire.jsonl", [new_story("x.org", headline="Once").edited(
        version=3)])  # fmt: skip
    assert main(["--library", str(path), "import", str(ninjs)]) == 0
    capsys.readouterr()
    assert main(["--library", str(path), "import", str(ninjs)]) == 0
    assert capsys.readouterr().out.startswith("-\tOnce (skipped: ")
    assert main(["--library", str(path), "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
