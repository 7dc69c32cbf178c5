"""One workflow move made for many stories in a few statements (the outbox's worker moving
what it delivered to published; `WorkflowStore.move_each`): each story ends exactly as a
move of its own would leave it (state, version, history entry, the revision of the
version it replaces), with no ORM object and little Python work a story.

The revision's text is the story's content as stored. A version's content never changes
(every write makes a new version), and the outbox keeps the story as approved in each
entry's snapshot (`outbox_snapshots`, the payload a column beside it), so for a story
still at the version an entry holds, the text comes from that snapshot, not from the
story's row through the domain's codec: the same plain form, field for field, at a
fraction of the cost. A story with no such entry has its text made from its row, as
`keep_revision` does.

Cheaper still, and first: since migration 0015 an approval packs the revision this move
keeps of the approved version, and leaves it with its outbox entries; for a story still
at that version the database copies those bytes (`_copy_kept_at_approval`). They are the
bytes made here: keeping a revision replaces the version, so while the story is at it
none has been kept since and its key is the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from editorial.domain.publishing import DeliveryAction
from editorial.domain.story import CONTENT_FIELDS, Status
from editorial.domain.workflow import Action
from editorial.storage.driver_sql import in_style, marks, time_reader, times
from editorial.storage.mappers import snapshot_of_row
from editorial.storage.revisions import KeptText, keep_texts, snapshot_text
from editorial.storage.tables import StoryRow

_STORIES = cast(Table, StoryRow.__table__)
_CONTENT_NAMES = tuple(f.name for f in CONTENT_FIELDS)
_HAS_CONTENT = frozenset(_CONTENT_NAMES)


class Moving(NamedTuple):
    """What a batch move reads of each story: what `plan_move` and the version check
    need, and what the revision of the version it replaces keeps."""

    id: int
    version: int
    status: str
    started_by: str | None
    updated_at: dt.datetime
    saved_by: str


# A story to move: its row and the state it goes to.
Going = tuple[Any, Status]


def moving_rows(session: Session, story_ids: Sequence[int]) -> dict[int, Moving]:
    """The stories about to move, read by the driver (`driver_sql`)."""
    if not story_ids:
        return {}
    connection = session.connection()
    dialect = connection.dialect
    time_of = time_reader(dialect)
    found = connection.exec_driver_sql(
        in_style(_MOVING.format(ids=marks(len(story_ids))), dialect), tuple(story_ids)
    )
    return {
        story_id: Moving(story_id, version, status, started_by, cast(dt.datetime, time_of(at)), by)
        for story_id, version, status, started_by, at, by in found.all()
    }


_MOVING = (
    "SELECT id, version, status, started_by, updated_at, saved_by FROM stories "
    "WHERE id IN ({ids})"
)


class ChangedMeanwhile(Exception):
    """A batch's version check found a story changed since it was read."""


def write_together(
    session: Session, now: dt.datetime, going: Sequence[Going], action: Action, by: str
) -> None:
    """The revisions, the moves and their history entries for the whole batch. Raises
    `ChangedMeanwhile` (the caller's savepoint undoes what was written) when a version
    changed under it."""
    copied = _copy_kept_at_approval(session, now, going, action, by)
    making = [(row, to) for row, to in going if row.id not in copied]
    texts = _content_texts(session, making) if making else {}
    missing = [row.id for row, _ in making if row.id not in texts]
    if missing:
        full = session.execute(select(_STORIES).where(_STORIES.c.id.in_(missing)))
        texts |= {row.id: snapshot_text(snapshot_of_row(row)) for row in full}  # type: ignore[arg-type]
    kept: list[KeptText] = [(row.id, row.version, row.updated_at, texts[row.id], row.saved_by)
                            for row, _ in making]  # fmt: skip
    keep_texts(session, kept, replaced_at=now, action=action.value, by=by)
    targets: dict[Status, list[tuple[int, int]]] = {}
    for row, to in going:
        targets.setdefault(to, []).append((row.id, row.version))
    connection = session.connection()
    dialect = connection.dialect
    at = times(dialect)(now)
    for to, pairs in targets.items():
        ids = tuple(story_id for story_id, _ in pairs)
        moved = connection.exec_driver_sql(
            in_style(_MOVE.format(ids=marks(len(ids)), pairs=", ".join(["(?, ?)"] * len(pairs))),
                     dialect),
            (to.value, at, False, *ids, *(value for pair in pairs for value in pair)),
        )  # fmt: skip
        if moved.rowcount != len(pairs):
            raise ChangedMeanwhile
        connection.exec_driver_sql(in_style(_HISTORY.format(ids=marks(len(ids))), dialect),
                                   (at, by, action.value, *ids))  # fmt: skip


# The move: by id first (the key finds the rows; a pair alone would read every story),
# only where the version is still the one read.
_MOVE = (
    "UPDATE stories SET status = ?, version = version + 1, updated_at = ?, autosaved = ? "
    "WHERE id IN ({ids}) AND (id, version) IN (VALUES {pairs})"
)
# Each history entry from the row just moved: its new state and version.
_HISTORY = (
    'INSERT INTO story_history (story_id, at, "by", action, status, note, version) '
    "SELECT id, ?, ?, ?, status, '', version FROM stories WHERE id IN ({ids}) ORDER BY id"
)
# Of each story its newest outbox entry that is not a kill, with its snapshot as written
# (PostgreSQL's jsonb would reorder the keys of nested mappings).
_SNAPSHOTS_OF = (
    "SELECT o.story_id, CAST(s.snapshot AS TEXT) FROM outbox AS o "
    "JOIN outbox_snapshots AS s ON s.outbox_id = o.id WHERE o.id IN ("
    "SELECT max(id) FROM outbox WHERE story_id IN ({ids}) AND action != ? GROUP BY story_id)"
)


# Of each story the first entry of its approval that holds the revision made then of the
# version the story is at now (migration 0015), if the key it was packed against is there.
_KEPT_AT_APPROVAL = (
    "SELECT o.story_id, min(o.id) FROM outbox AS o "
    "JOIN outbox_snapshots AS x ON x.outbox_id = o.id "
    "JOIN stories AS s ON s.id = o.story_id "
    "WHERE o.story_id IN ({ids}) AND x.revision_version = s.version AND x.revision IS NOT NULL "
    "AND (x.revision_against IS NULL OR EXISTS (SELECT 1 FROM story_revisions AS k "
    "WHERE k.story_id = o.story_id AND k.version = x.revision_against "
    "AND k.packed_against IS NULL)) GROUP BY o.story_id"
)
# Those revisions kept, as `keep_texts` keeps what it makes: the story's version, when and
# by whom it was written, what replaced it.
_COPY_KEPT = (
    'INSERT INTO story_revisions (story_id, version, content, packed, packed_against, '
    'saved_at, replaced_at, action, "by", note, made_by) '
    "SELECT s.id, s.version, NULL, x.revision, x.revision_against, s.updated_at, ?, ?, ?, '', "
    "s.saved_by FROM outbox AS o JOIN outbox_snapshots AS x ON x.outbox_id = o.id "
    "JOIN stories AS s ON s.id = o.story_id WHERE o.id IN ({ids})"
)


def _copy_kept_at_approval(
    session: Session, now: dt.datetime, going: Sequence[Going], action: Action, by: str
) -> set[int]:
    """Keep, for the stories whose approval made it, the revision made then (the same
    bytes this move would make: no revision was kept since, so the key is the same); the
    ids of those stories. The database copies the bytes: nothing is read, parsed or packed
    here."""
    versions = {row.id: row.version for row, _ in going}
    if not versions:
        return set()
    connection = session.connection()
    dialect = connection.dialect
    found: dict[int, int] = dict(connection.exec_driver_sql(
        in_style(_KEPT_AT_APPROVAL.format(ids=marks(len(versions))), dialect),
        tuple(versions)).all())  # fmt: skip
    if found:
        entries = tuple(found.values())
        connection.exec_driver_sql(
            in_style(_COPY_KEPT.format(ids=marks(len(entries))), dialect),
            (times(dialect)(now), action.value, by, *entries),
        )  # fmt: skip
    return set(found)


def _content_texts(session: Session, going: Sequence[Going]) -> dict[int, bytes]:
    """The revision texts the outbox holds already: of each story its newest entry that is
    not a kill (a publication or correction, whose snapshot is the story as approved), if
    that snapshot is of the version the story is at now; as `snapshot_text(
    snapshot_of_row(row))` would make them."""
    versions = {row.id: row.version for row, _ in going}
    connection = session.connection()
    found = connection.exec_driver_sql(
        in_style(_SNAPSHOTS_OF.format(ids=marks(len(versions))), connection.dialect),
        (*versions, DeliveryAction.KILL.value),
    )  # fmt: skip
    texts: dict[int, bytes] = {}
    for story_id, text in found.all():  # fetched at once: not a row at a time through a cursor
        plain = json.loads(text) if text else None
        if (
            isinstance(plain, dict)
            and plain.get("version") == versions[story_id]
            and plain.keys() >= _HAS_CONTENT
        ):
            texts[story_id] = snapshot_text({name: plain[name] for name in _CONTENT_NAMES})
    return texts
