"""The local journal: text the library could not take, kept on this computer until it can.

When a save fails because the library cannot be written (a read-only file or folder, a
full disk, a share that went away), the editor's story goes here instead, one entry per
story, holding the whole story as the editor had it and the library version it was edited
from. The journal is one JSON file per library in the user's data folder, replaced whole
and synced on every change (`local_files.write_atomically`): after a crash or a power cut
it holds either the previous entries or the new ones.

It holds only what the editor typed into stories (no preferences, no credentials). A file
that cannot be read is set aside beside it (`.damaged`), never deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editorial.domain.errors import BadInput
from editorial.domain.story import Story
from editorial.domain.story_plain import story_from_plain, story_to_plain
from editorial.services.local_files import library_file_name, remove_file, write_atomically
from editorial.settings import data_dir

JOURNAL_FORMAT = 1
JOURNAL_FOLDER = "journal"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """The editor's story (its `version` is the library version it was edited from),
    when it was kept here and why the library did not take it."""

    story: Story
    kept_at: dt.datetime
    reason: str

    @property
    def story_id(self) -> int:
        assert self.story.id is not None
        return self.story.id


def journal_path(location: str) -> Path:
    return data_dir() / JOURNAL_FOLDER / library_file_name(location, ".json")


class TextJournal:
    """The journal of one library. Thread-safe; every change is on disk when it returns
    (or raised OSError, the journal then as it was before)."""

    def __init__(self, path: Path, location: str = "") -> None:
        self.path = path
        self.location = location
        self._lock = threading.Lock()
        self._entries: dict[int, JournalEntry] | None = None  # read on first use

    @classmethod
    def for_library(cls, location: str) -> TextJournal:
        return cls(journal_path(location), location)

    def entries(self) -> list[JournalEntry]:
        """Every entry, oldest first."""
        with self._lock:
            return sorted(self._loaded().values(), key=lambda entry: entry.kept_at)

    def get(self, story_id: int) -> JournalEntry | None:
        with self._lock:
            return self._loaded().get(story_id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._loaded())

    def keep(self, story: Story, reason: str, at: dt.datetime | None = None) -> JournalEntry:
        """Keep the story's text (replacing an older entry of the same story)."""
        if story.id is None:
            raise ValueError("only a story from the library is kept in its journal")
        entry = JournalEntry(story, at or dt.datetime.now(dt.UTC), reason)
        with self._lock:
            entries = dict(self._loaded())
            entries[story.id] = entry
            self._write(entries)
            return entry

    def remove(self, story_id: int, kept: JournalEntry | None = None) -> None:
        """Drop the story's entry; with `kept`, only when it is still that entry (a newer
        one kept meanwhile stays)."""
        with self._lock:
            entries = dict(self._loaded())
            current = entries.get(story_id)
            if current is None or (kept is not None and current != kept):
                return
            del entries[story_id]
            self._write(entries)

    def _loaded(self) -> dict[int, JournalEntry]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[int, JournalEntry]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            stored = json.loads(text)
            entries = [_entry_from_plain(item) for item in stored["entries"]]
        except (ValueError, KeyError, TypeError, BadInput):
            # Kept aside, not lost: someone can still read the text in it.
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            return {}
        return {entry.story_id: entry for entry in entries}

    def _write(self, entries: dict[int, JournalEntry]) -> None:
        if entries:
            document = {
                "format": JOURNAL_FORMAT,
                "library": self.location,
                "entries": [_entry_to_plain(entry) for entry in entries.values()],
            }
            data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
            write_atomically(self.path, data)
        else:
            remove_file(self.path)
        self._entries = entries


def _entry_to_plain(entry: JournalEntry) -> dict[str, Any]:
    return {
        "story": story_to_plain(entry.story),
        "kept_at": entry.kept_at.isoformat(),
        "reason": entry.reason,
    }


def _entry_from_plain(item: Any) -> JournalEntry:
    story = story_from_plain(item["story"])
    if story.id is None:
        raise BadInput("a journal entry without its story's id")
    kept_at = dt.datetime.fromisoformat(item["kept_at"])
    return JournalEntry(story, kept_at, str(item.get("reason", "")))
