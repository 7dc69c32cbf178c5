"""A story's revision history: the earlier versions kept when something replaced them.

Nothing that replaces a story's text may lose it: before an import, an explicit save or a
state change overwrites a story, its content as stored goes into `story_revisions`, one
row per kept version. A version an autosave made is not kept when the next save replaces
it: autosaves coalesce into the working version, so the history stays readable.

A snapshot is the plain content as JSON, zlib-compressed; every `KEY_EVERY`th is packed
alone (a key), the ones between against the latest key, so a revision is read from itself
and its key only; rows map to the domain's `StoryRevision` (`domain/revision.py`).
`bench/bench_revision_size.py` measures it: a story saved a thousand times keeps its
revisions in about 4% of their JSON size (25% with zlib alone).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editorial.domain.errors import LibraryDamaged
from editorial.domain.revision import RevisionStamp, StoryRevision
from editorial.storage.driver_sql import in_style, marks, times
from editorial.storage.mappers import snapshot_of_row, story_from_snapshot
from editorial.storage.tables import StoryRevisionRow, StoryRow

KEY_EVERY = 20  # a key revision, then revisions packed against it
ZLIB_WINDOW = 32768


def keep_revision(
    session: Session, row: StoryRow, *, replaced_at: dt.datetime, action: str, by: str = "",
    note: str = "",
) -> None:  # fmt: skip
    """Keep the row's current content as a revision, before it is overwritten: a key
    revision (zlib on its own) every `KEY_EVERY`, the others packed against the latest key
    (zlib with the key's text as its preset dictionary, so only what differs costs)."""
    packed, against = packed_now(session, row.id, snapshot_text(snapshot_of_row(row)))
    session.add(
        StoryRevisionRow(
            story_id=row.id, version=row.version, content=None, packed=packed,
            packed_against=against, saved_at=row.updated_at, replaced_at=replaced_at,
            action=action, by=by, note=note, made_by=row.saved_by,
        )
    )  # fmt: skip


def packed_now(session: Session, story_id: int, text: bytes) -> tuple[bytes, int | None]:
    """`text` packed as a revision of the story kept now would be: against its latest key
    revision (that key's version returned), or alone (None) once the key has
    `KEY_EVERY - 1` packed against it, or when the story has none. An approval packs the
    revision the move to published will keep this way (`outbox_enqueue`): until then the
    story keeps no other revision, so its key stays the same."""
    key = session.execute(
        select(StoryRevisionRow.version, func.coalesce(StoryRevisionRow.packed, b""))
        .where(
            StoryRevisionRow.story_id == story_id,
            StoryRevisionRow.packed.is_not(None),
            StoryRevisionRow.packed_against.is_(None),
        )
        .order_by(StoryRevisionRow.version.desc())
        .limit(1)
    ).first()
    if key is not None:
        since = session.scalar(
            select(func.count()).where(
                StoryRevisionRow.story_id == story_id, StoryRevisionRow.packed_against == key[0]
            )
        )
        if (since or 0) < KEY_EVERY - 1:
            return _packed(text, zlib.decompress(key[1])), key[0]
    return _packed(text, None), None


def keep_revisions(
    session: Session, rows: Sequence[StoryRow], *, replaced_at: dt.datetime, action: str,
    by: str = "",
) -> None:  # fmt: skip
    """`keep_revision` for many stories at once: the same rows, packed the same way."""
    keep_texts(session, [
        (row.id, row.version, row.updated_at, snapshot_text(snapshot_of_row(row)), row.saved_by)
        for row in rows
    ], replaced_at=replaced_at, action=action, by=by)  # fmt: skip


# (story id, the version kept, when it was saved, its content's text: `snapshot_text`,
# who wrote that version: the row's `saved_by`)
KeptText = tuple[int, int, dt.datetime, bytes, str]


def keep_texts(
    session: Session, kept: Sequence[KeptText], *, replaced_at: dt.datetime, action: str,
    by: str = "",
) -> None:  # fmt: skip
    """Keep these versions' texts as revisions (the outbox's worker moving a batch to
    published): packed as `keep_revision` packs each, from two reads and one insert for
    the whole batch instead of two reads and an insert each, handed to the driver as
    they are (`driver_sql`: a revision a story sent)."""
    ids = [story_id for story_id, *_ in kept]
    if not ids:
        return
    connection = session.connection()
    dialect = connection.dialect
    listed = marks(len(ids))
    # Rows fetched at once (`.all()`), not one at a time through the result's cursor.
    keys = {story_id: (version, packed) for story_id, version, packed in connection.exec_driver_sql(
        in_style(_KEYS.format(ids=listed), dialect), tuple(ids)).all()}  # fmt: skip
    since = {(story_id, against): count for story_id, against, count in connection.exec_driver_sql(
        in_style(_SINCE.format(ids=listed), dialect), tuple(ids)).all()}  # fmt: skip
    time_of = times(dialect)
    replaced = time_of(replaced_at)
    rows = []
    for story_id, version, saved_at, text, made_by in kept:
        key_version, key = keys.get(story_id, (0, None))
        packs = key is not None and since.get((story_id, key_version), 0) < KEY_EVERY - 1
        key_text = zlib.decompress(key) if packs and key is not None else None
        rows.append((story_id, version, _packed(text, key_text),
                     key_version if packs else None, time_of(saved_at), replaced, action, by,
                     made_by))  # fmt: skip
    connection.exec_driver_sql(in_style(_INSERT, dialect), rows)


# Of each story its latest key revision (packed on its own), and how many are packed
# against each of its keys; the revisions kept, with what every row of a batch shares.
_KEYS = (
    "SELECT r.story_id, r.version, r.packed FROM story_revisions AS r JOIN ("
    "SELECT story_id, max(version) AS version FROM story_revisions WHERE story_id IN ({ids}) "
    "AND packed IS NOT NULL AND packed_against IS NULL GROUP BY story_id"
    ") AS k ON k.story_id = r.story_id AND k.version = r.version"
)
_SINCE = (
    "SELECT story_id, packed_against, count(*) FROM story_revisions "
    "WHERE story_id IN ({ids}) AND packed_against IS NOT NULL GROUP BY story_id, packed_against"
)
_INSERT = (
    'INSERT INTO story_revisions (story_id, version, content, packed, packed_against, '
    'saved_at, replaced_at, action, "by", note, made_by) '
    "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, '', ?)"
)


def revisions_of(
    session: Session, story_id: int, uri: str, versions: Collection[int] | None = None
) -> list[StoryRevision]:
    """The kept earlier versions of a story, oldest first. With `versions`, only what
    shows those: each one kept, or (a version an autosave made) the nearest kept before
    it; a comparison of two reads two and their keys, not a thousand."""
    query = select(StoryRevisionRow).where(StoryRevisionRow.story_id == story_id)
    if versions is not None:
        kept = list(
            session.scalars(
                select(StoryRevisionRow.version).where(StoryRevisionRow.story_id == story_id)
            )
        )
        nearest = {max((k for k in kept if k <= wanted), default=None) for wanted in versions}
        query = query.where(StoryRevisionRow.version.in_([k for k in nearest if k is not None]))
    rows = list(session.scalars(query.order_by(StoryRevisionRow.version)))
    keys = {row.version: row.packed for row in rows if row.packed_against is None}
    wanted_keys = {row.packed_against for row in rows} - set(keys) - {None}
    if wanted_keys:
        found = session.execute(
            select(StoryRevisionRow.version, StoryRevisionRow.packed).where(
                StoryRevisionRow.story_id == story_id,
                StoryRevisionRow.version.in_(list(wanted_keys)),
            )
        )
        keys |= {version: packed for version, packed in found}
    return [
        StoryRevision(
            story=story_from_snapshot(
                snapshot_of(row, keys.get(row.packed_against or 0)),
                story_id=story_id,
                uri=uri,
                version=row.version,
                saved_at=row.saved_at,
            ),
            saved_at=row.saved_at,
            replaced_at=row.replaced_at,
            action=row.action,
            by=row.by,
            note=row.note,
            made_by=row.made_by,
        )
        for row in rows
    ]


def revision_stamps(session: Session, story_id: int) -> list[RevisionStamp]:
    """The kept earlier versions of a story without their texts, oldest first."""
    columns = (
        StoryRevisionRow.version, StoryRevisionRow.saved_at, StoryRevisionRow.action,
        StoryRevisionRow.by,
    )  # fmt: skip
    query = select(*columns).where(StoryRevisionRow.story_id == story_id)
    return [RevisionStamp(*row) for row in session.execute(query.order_by(columns[0]))]


def snapshot_text(snapshot: dict[str, Any]) -> bytes:
    return _TEXT.encode(snapshot).encode("utf-8")


# What `json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"))` writes, the same
# bytes, without building an encoder for each revision (about 2 of its 10 microseconds:
# the worker's moves to published write one for every story they move).
_TEXT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _packed(text: bytes, key_text: bytes | None) -> bytes:
    """A revision's text packed on its own (a key), or against its key's text (compressed
    once: the batch of the worker's moves to published pays for every byte here)."""
    if key_text is None:
        return zlib.compress(text, 9)
    packer = zlib.compressobj(9, zdict=_dictionary(key_text))
    return packer.compress(text) + packer.flush()


def _dictionary(key_text: bytes) -> bytes:
    return key_text[-ZLIB_WINDOW:]  # zlib looks back no further


def snapshot_of(row: StoryRevisionRow, key_packed: bytes | None = None) -> dict[str, Any]:
    """A kept revision's content: packed (against its key revision, whose packed bytes
    are `key_packed`), or, kept before packing, plain JSON."""
    if row.packed is None:
        return row.content or {}
    if row.packed_against is not None and key_packed is None:
        raise LibraryDamaged(f"A revision of story {row.story_id} lost its key revision.")
    try:
        if row.packed_against is None:
            text = zlib.decompress(row.packed)
        else:
            assert key_packed is not None
            unpacker = zlib.decompressobj(zdict=_dictionary(zlib.decompress(key_packed)))
            text = unpacker.decompress(row.packed) + unpacker.flush()
        unpacked = json.loads(text.decode("utf-8"))
    except (zlib.error, ValueError) as damage:  # ValueError: UnicodeDecodeError, JSON's
        raise LibraryDamaged(
            f"Version {row.version} of story {row.story_id}, kept as a revision, cannot be "
            f"read: its stored text is damaged ({type(damage).__name__})."
        ) from None
    if not isinstance(unpacked, dict):
        raise LibraryDamaged(f"Version {row.version} of story {row.story_id}, kept as a "
                             "revision, cannot be read: its stored text is not a story.")
    return unpacked
