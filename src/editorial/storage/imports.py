"""Stories from outside (an agency's ninjs, a Markdown file) into the library, losing nothing.

The rules, for a story whose uri the library already knows:

- the file's version is older than or equal to the library's: skipped, with the reason;
- the file's version is newer: it becomes the story's next version (the file's version
  number when that is higher), and the text it replaces is kept as a revision;
- the file gives no version (ninjs without `version`, web copy, most Markdown; read as 0):
  a new version only when its content differs from the library's, else skipped;
- content identical to the library's is always skipped: there is nothing to keep;
- a story in the trash (spiked) stays there: a newer version is kept but not restored, and
  a note says so;
- an approved, published or killed story is never replaced by a file (skipped, with the
  reason): what went out changes only through the workflow's Correct.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from editorial.domain.story import Status, Story
from editorial.storage.mappers import content_values, copy_content_to_row, story_from_row
from editorial.storage.read_ahead import ReadAhead
from editorial.storage.revisions import keep_revision
from editorial.storage.tables import StoryRow

URI_LOOKUP_CHUNK = 500
# States whose text went out (or was signed off): never replaced by a file, only by the
# workflow's Correct.
SETTLED = {
    Status.APPROVED: "return it to change it",
    Status.PUBLISHED: "change it through Correct",
    Status.KILLED: "it can no longer change",
}  # SQLite caps the number of bound parameters in one statement


@dataclass(frozen=True, slots=True)
class SkippedImport:
    """A story of the file that was not written, and why."""

    uri: str
    headline: str
    reason: str
    story_id: int | None = None  # the library's story with this uri


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one import did: stories added and updated (at their new versions), stories
    skipped with reasons, and notes the editor should read (one line each)."""

    added: tuple[Story, ...] = ()
    updated: tuple[Story, ...] = ()
    skipped: tuple[SkippedImport, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def kept(self) -> tuple[Story, ...]:
        return self.added + self.updated


@dataclass(frozen=True, slots=True)
class KeptStory:
    """A story a streamed import kept, as its report names it; the story itself is in the
    library (a report of 100,000 whole stories would hold the whole file in memory)."""

    id: int
    uri: str
    headline: str
    version: int


@dataclass(frozen=True, slots=True)
class StreamedOutcome:
    """What a streamed import did, as `ImportOutcome` says it, with the kept stories named."""

    added: tuple[KeptStory, ...] = ()
    updated: tuple[KeptStory, ...] = ()
    skipped: tuple[SkippedImport, ...] = ()
    notes: tuple[str, ...] = ()


def import_streamed(
    session: Session, stories: Iterable[Story], now: dt.datetime, batch: int = 500
) -> StreamedOutcome:
    """`import_into` over stories read as they come, `batch` at a time, in the caller's
    one transaction (a bad story late in the file still undoes the whole file). Each
    batch is written out and the session emptied, so memory stays that of one batch
    whatever the file's size."""
    added: dict[str, KeptStory] = {}
    updated: dict[str, KeptStory] = {}
    skipped: list[SkippedImport] = []
    notes: list[str] = []
    # The next batches are read while this one is written (`read_ahead.py`).
    with ReadAhead(stories, ahead=2 * batch) as coming:
        while stories_of_batch := list(islice(coming, batch)):  # itertools.batched: 3.12
            new, changed, passed_over, said = _import_rows(session, stories_of_batch, now, added)
            for row in new:
                added[row.uri] = _kept(row)
            for row in changed:
                (added if row.uri in added else updated)[row.uri] = _kept(row)
            skipped.extend(passed_over)
            notes.extend(said)
            session.expunge_all()  # written out: nothing of this batch need stay in memory
            del stories_of_batch, new, changed  # not held while the next batch is read
    return StreamedOutcome(tuple(added.values()), tuple(updated.values()), tuple(skipped),
                           tuple(notes))  # fmt: skip


def _kept(row: StoryRow) -> KeptStory:
    return KeptStory(row.id, row.uri, row.headline, row.version)


def import_into(session: Session, stories: list[Story], now: dt.datetime) -> ImportOutcome:
    """Apply the rules above to `stories`, in file order, in the caller's transaction."""
    added, updated, skipped, notes = _import_rows(session, stories, now, ())
    return ImportOutcome(
        added=tuple(story_from_row(r) for r in added),
        updated=tuple(story_from_row(r) for r in updated),
        skipped=tuple(skipped),
        notes=tuple(notes),
    )


def _import_rows(
    session: Session, stories: list[Story], now: dt.datetime, earlier: Iterable[str]
) -> tuple[list[StoryRow], list[StoryRow], list[SkippedImport], list[str]]:
    """The rules applied: rows added and updated, stories skipped, notes. `earlier`:
    uris this file added before these stories (a streamed file's batches)."""
    rows = rows_by_uri(session, [s.uri for s in stories])
    added: dict[str, StoryRow] = {}  # by uri: new stories the file has more than once
    updated: dict[str, StoryRow] = {}
    skipped: list[SkippedImport] = []
    notes: list[str] = []
    earlier_uris = earlier if isinstance(earlier, set | frozenset | dict) else set(earlier)
    # Stories new to the library, written together (`_insert_new`) when the batch ends.
    pending: dict[str, dict[str, Any]] = {}
    written: dict[str, dict[str, Any]] = {}
    for story in stories:
        if story.uri in pending:  # twice in this batch: the first written, the second
            _insert_new(session, pending, written)  # judged against it like any other
            rows.update(rows_by_uri(session, [story.uri]))
            added[story.uri] = rows[story.uri]
        row = rows.get(story.uri)
        if row is None:
            pending[story.uri] = new_values(story, now, source_times=True)
            continue
        in_file = story.uri in added or story.uri in earlier_uris
        reason = skip_reason(story, row, earlier_in_file=in_file)
        if reason is not None:
            skipped.append(SkippedImport(story.uri, story.headline or row.headline, reason, row.id))
            continue
        keep_revision(session, row, replaced_at=now, action="import")
        # A file never moves a story the library has through the workflow (an archive's
        # state is for the stories it brings in new): a newer version is a draft, or killed.
        if story.status is not Status.KILLED:
            story = story.edited(status=Status.DRAFT, trashed_at=None)
        copy_content_to_row(story, row)
        row.version = max(story.version, row.version + 1)
        row.updated_at = now
        row.autosaved = False
        row.saved_by = ""  # the file's version: no one at this desk wrote it
        if row.trashed_at is not None:  # still spiked: the file's status is the one to restore
            row.spiked_from, row.status = row.status, "spiked"
            notes.append(
                f"Story {row.id} (“{row.headline}”) is in the trash: its newer version "
                f"{row.version} was kept there, not restored."
            )
        if story.uri not in written:
            updated[story.uri] = row
    _insert_new(session, pending, written)
    session.flush()
    # In file order; a story the file has twice as the row its later line made of it.
    news = [added.get(uri) or cast(StoryRow, SimpleNamespace(**values))
            for uri, values in written.items()]  # fmt: skip
    return news, list(updated.values()), skipped, notes


def _insert_new(
    session: Session, pending: dict[str, dict[str, Any]], written: dict[str, dict[str, Any]]
) -> None:
    """Write the stories new to the library in one executemany, not as ORM objects (a
    unit of work per row, and on SQLite one INSERT per row to learn each id): their ids
    are taken first, from what the database would give them."""
    if not pending:
        return
    session.flush()  # what the batch changed before, in the order it was done
    values = list(pending.values())
    for row_values, story_id in zip(values, _next_ids(session, len(values)), strict=True):
        row_values["id"] = story_id
    session.execute(insert(StoryRow), values)
    written.update(pending)
    pending.clear()


def _next_ids(session: Session, count: int) -> list[int]:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":  # the column's own sequence: other writers take theirs
        taken = text("SELECT nextval(pg_get_serial_sequence('stories', 'id')) "
                     "FROM generate_series(1, :count)")  # fmt: skip
        return list(session.scalars(taken, {"count": count}))
    # SQLite gives a new row the highest id plus one; this write transaction holds the
    # library's write lock, so nobody else adds a story before these are written.
    highest = session.scalar(select(func.max(StoryRow.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def skip_reason(story: Story, row: StoryRow, *, earlier_in_file: bool) -> str | None:
    """Why `story` must not replace the library's `row` (None: it is a newer version)."""
    in_trash = " (the story is in the trash)" if row.trashed_at is not None else ""
    stored = story_from_row(row)
    if stored.status is Status.SPIKED:  # compared as it was before the spike
        stored = stored.edited(status=Status(row.spiked_from or Status.DRAFT))
    if stored.same_content(story):
        where = "earlier in this file" if earlier_in_file else f"version {row.version}"
        return f"the library already has this text ({where}){in_trash}"
    if stored.status in SETTLED:
        return f"the story is {stored.status.value} in the library: {SETTLED[stored.status]}"
    if story.version == 0 or story.version > row.version:
        return None
    if story.version == row.version:
        return f"the library already has version {row.version}{in_trash}"
    return f"the library has version {row.version}; the file has {story.version}{in_trash}"


def rows_by_uri(session: Session, uris: list[str]) -> dict[str, StoryRow]:
    found: dict[str, StoryRow] = {}
    unique = sorted(set(uris))
    for start in range(0, len(unique), URI_LOOKUP_CHUNK):
        chunk = unique[start : start + URI_LOOKUP_CHUNK]
        found.update(
            (row.uri, row)
            for row in session.scalars(select(StoryRow).where(StoryRow.uri.in_(chunk)))
        )
    return found


def new_values(story: Story, now: dt.datetime, *, source_times: bool = False) -> dict[str, Any]:
    """The columns of a row for a story the library has not kept before (version at
    least 1), but its id. With `source_times` (an import), a story that comes with its
    times (ninjs `firstcreated`, `versioncreated`) keeps them, so an archive sorts by when
    it was written, not by when it was imported; else it changed now."""
    created = story.created_at or (story.updated_at if source_times else None) or now
    changed = max(story.updated_at or created, created) if source_times else now
    values = {
        "uri": story.uri, "version": max(story.version, 1), "created_at": created,
        "updated_at": changed, "trashed_at": None, "spiked_from": None, "autosaved": False,
        "started_by": "", **content_values(story),
    }  # fmt: skip
    if story.trashed_at is not None:  # an archive's spiked story: in the trash again
        values["spiked_from"], values["status"] = values["status"], "spiked"
        values["trashed_at"] = story.trashed_at
    return values


def new_row(story: Story, now: dt.datetime, *, source_times: bool = False) -> StoryRow:
    """`new_values` as a row to add."""
    return StoryRow(**new_values(story, now, source_times=source_times))
