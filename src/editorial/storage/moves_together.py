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
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    Table,
    Text,
    bindparam,
    func,
    insert,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from editorial.domain.publishing import DeliveryAction
from editorial.domain.story import CONTENT_FIELDS, Status
from editorial.domain.workflow import Action
from editorial.storage.mappers import snapshot_of_row
from editorial.storage.outbox_tables import OutboxRow, OutboxSnapshotRow
from editorial.storage.revisions import KeptText, keep_texts, snapshot_text
from editorial.storage.tables import StoryHistoryRow, StoryRow, UtcDateTime

_STORIES = cast(Table, StoryRow.__table__)
_OUTBOX = cast(Table, OutboxRow.__table__)
_SNAPSHOTS = cast(Table, OutboxSnapshotRow.__table__)
_HISTORY = cast(Table, StoryHistoryRow.__table__)
_CONTENT_NAMES = tuple(f.name for f in CONTENT_FIELDS)
# What a batch move reads of each story: what `plan_move` and the version check need.
MOVE_COLUMNS = (_STORIES.c.id, _STORIES.c.version, _STORIES.c.status, _STORIES.c.started_by,
                _STORIES.c.updated_at, _STORIES.c.saved_by)  # fmt: skip
# A story to move: its row (of MOVE_COLUMNS) and the state it goes to.
Going = tuple[Any, Status]


class ChangedMeanwhile(Exception):
    """A batch's version check found a story changed since it was read."""


def write_together(
    session: Session, now: dt.datetime, going: Sequence[Going], action: Action, by: str
) -> None:
    """The revisions, the moves and their history entries for the whole batch. Raises
    `ChangedMeanwhile` (the caller's savepoint undoes what was written) when a version
    changed under it."""
    texts = _content_texts(session, going)
    missing = [row.id for row, _ in going if row.id not in texts]
    if missing:
        full = session.execute(select(_STORIES).where(_STORIES.c.id.in_(missing)))
        texts |= {row.id: snapshot_text(snapshot_of_row(row)) for row in full}  # type: ignore[arg-type]
    kept: list[KeptText] = [(row.id, row.version, row.updated_at, texts[row.id], row.saved_by)
                            for row, _ in going]  # fmt: skip
    keep_texts(session, kept, replaced_at=now, action=action.value, by=by)
    targets: dict[Status, list[tuple[int, int]]] = {}
    for row, to in going:
        targets.setdefault(to, []).append((row.id, row.version))
    for to, pairs in targets.items():
        moved = session.connection().execute(
            update(_STORIES)
            # By id first (the key finds the rows; a pair alone would read every story).
            .where(_STORIES.c.id.in_([story_id for story_id, _ in pairs]),
                   tuple_(_STORIES.c.id, _STORIES.c.version).in_(pairs))
            .values(status=to.value, version=_STORIES.c.version + 1,
                    updated_at=bindparam("b_now", now, type_=UtcDateTime), autosaved=False)
        )  # fmt: skip
        if moved.rowcount != len(pairs):
            raise ChangedMeanwhile
        # Each history entry from the row just moved: its new state and version.
        session.connection().execute(insert(_HISTORY).from_select(
            ["story_id", "at", "by", "action", "status", "note", "version"],
            select(_STORIES.c.id, bindparam("b_at", now, type_=UtcDateTime), literal(by),
                   literal(action.value), _STORIES.c.status, literal(""), _STORIES.c.version)
            .where(_STORIES.c.id.in_([story_id for story_id, _ in pairs]))
            .order_by(_STORIES.c.id),
        ))  # fmt: skip


def _content_texts(session: Session, going: Sequence[Going]) -> dict[int, bytes]:
    """The revision texts the outbox holds already: of each story its newest entry that is
    not a kill (a publication or correction, whose snapshot is the story as approved), if
    that snapshot is of the version the story is at now; as `snapshot_text(
    snapshot_of_row(row))` would make them."""
    # The JSON as written (PostgreSQL's jsonb would reorder the keys of nested mappings).
    written = sql_cast(_SNAPSHOTS.c.snapshot, Text)
    versions = {row.id: row.version for row, _ in going}
    newest = (
        select(func.max(_OUTBOX.c.id))
        .where(_OUTBOX.c.story_id.in_(list(versions)),
               _OUTBOX.c.action != DeliveryAction.KILL.value)
        .group_by(_OUTBOX.c.story_id)
    )  # fmt: skip
    found = session.execute(
        select(_OUTBOX.c.story_id, written)
        .join_from(_OUTBOX, _SNAPSHOTS, _SNAPSHOTS.c.outbox_id == _OUTBOX.c.id)
        .where(_OUTBOX.c.id.in_(newest))
    )  # fmt: skip
    texts: dict[int, bytes] = {}
    for story_id, text in found:
        plain = json.loads(text) if text else None
        if (
            isinstance(plain, dict)
            and plain.get("version") == versions[story_id]
            and all(name in plain for name in _CONTENT_NAMES)
        ):
            texts[story_id] = snapshot_text({name: plain[name] for name in _CONTENT_NAMES})
    return texts
