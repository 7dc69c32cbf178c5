"""The local journal: one file per library, replaced whole, readable by its owner only,
surviving a damaged file without losing it."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

from editorial.domain.story import Story
from editorial.services.text_journal import TextJournal, journal_path


def story(story_id: int, body: str, version: int = 3) -> Story:
    return Story(uri=f"urn:test:{story_id}", id=story_id, version=version, body=body)


def test_kept_text_is_read_back_by_a_new_journal_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "j" / "lib.json"
    journal = TextJournal(path, "/srv/lib.sqlite")
    journal.keep(story(7, "First draft"), "disk full", dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    journal.keep(story(9, "Other story"), "disk full")
    journal.keep(story(7, "First draft, longer"), "read-only")

    again = TextJournal(path)
    entries = again.entries()
    assert [e.story_id for e in entries] == [7, 9] or [e.story_id for e in entries] == [9, 7]
    entry = again.get(7)
    assert entry is not None
    assert entry.story.body == "First draft, longer"
    assert entry.story.version == 3
    assert entry.reason == "read-only"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["library"] == "/srv/lib.sqlite"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_removing_the_last_entry_removes_the_file_and_a_newer_entry_survives(
    tmp_path: Path,
) -> None:
    journal = TextJournal(tmp_path / "lib.json")
    old = journal.keep(story(7, "old"), "full")
    journal.keep(story(7, "newer"), "full")
    journal.remove(7, old)  # written from the old entry: the newer one stays
    assert journal.get(7) is not None and journal.get(7).story.body == "newer"  # type: ignore[union-attr]
    journal.remove(7)
    assert len(journal) == 0
    assert not journal.path.exists()


def test_a_damaged_journal_is_set_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    path.write_text("{not json")
    journal = TextJournal(path)
    assert journal.entries() == []
    assert (tmp_path / "lib.json.damaged").read_text() == "{not json"


def test_each_library_has_its_own_journal_in_the_data_folder(tmp_path: Path) -> None:
    one, two = journal_path("/a/lib.sqlite"), journal_path("/b/lib.sqlite")
    assert one != two and one.parent == two.parent
    assert one.name.startswith("lib-") and one.parent.name == "journal"
