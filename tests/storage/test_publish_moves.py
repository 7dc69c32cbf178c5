"""The outbox's worker moves the stories it delivered to published several at a time, in a
few statements for the whole batch (`WorkflowStore.move_each`): each story ends exactly as
a move of its own would leave it (state, version, history entry, the revision of the
version it replaces, packed against its key), and a story that cannot move is returned as
its error while the others move."""

from __future__ import annotations

import datetime as dt
import zlib

import pytest
from sqlalchemy import select, update

from editorial.domain.errors import LibraryDamaged, MoveNotAllowed, StoryNotFound, VersionConflict
from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import Status, new_story
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.outbox_tables import OutboxRow, OutboxSnapshotRow
from editorial.storage.revisions import KEY_EVERY, _packed, snapshot_text
from editorial.storage.tables import StoryRevisionRow
from tests.storage.test_outbox_store import approved, clock, library, move

__all__ = ["clock", "library"]  # the fixtures, used by name


def _kept(library: Library, story_id: int) -> list[tuple[int, str, str, str]]:
    return [(r.story.version, r.action, r.by, r.story.body) for r in library.revisions(story_id)]


def test_moving_together_leaves_each_story_as_a_move_of_its_own_would(library: Library) -> None:
    alone, *together = [approved(library, f"Story {n}") for n in range(3)]
    # One story with many versions: its new revision is packed against its latest key.
    long_lived = library.add(new_story("x.org", headline="Long-lived").edited(body="Body."))
    for n in range(KEY_EVERY + 3):
        long_lived = library.save(long_lived.edited(body=f"Body {n}."), explicit=True)
    together.append(move(library, move(library, long_lived, Action.SUBMIT), Action.APPROVE))

    published_alone = move(library, alone, Action.PUBLISH)
    errors = library.workflow.move_each(
        [(s.id, s.version) for s in together], Action.PUBLISH, None)  # type: ignore[misc]
    assert errors == [None, None, None]

    assert alone.id is not None
    for story in together:
        assert story.id is not None
        now = library.get(story.id)
        assert (now.status, now.version) == (Status.PUBLISHED, story.version + 1)
        assert now.body == story.body
        history = library.workflow.history(story.id)[-1]
        mine = library.workflow.history(alone.id)[-1]
        assert (history.by, history.action, history.status, history.version) == (
            mine.by, mine.action, mine.status, now.version)  # fmt: skip
        kept = _kept(library, story.id)[-1]
        assert kept == (story.version, "publish", "publishing", story.body)
    assert _kept(library, alone.id)[-1][:3] == (alone.version, "publish", "publishing")
    assert published_alone.status is Status.PUBLISHED
    # Every revision of the long-lived story still reads back (its key found).
    assert long_lived.id is not None
    assert [v for v, *_ in _kept(library, long_lived.id)] == sorted(
        {v for v, *_ in _kept(library, long_lived.id)})


def test_a_story_that_cannot_move_is_returned_as_its_error_and_the_others_move(
    library: Library,
) -> None:
    ready, changed, other = (approved(library, f"Story {n}") for n in range(3))
    assert ready.id is not None and changed.id is not None and other.id is not None
    move(library, changed, Action.RETURN, "Check the figures.")  # a newer version now
    back = library.get(other.id)  # approved, as read now
    errors = library.workflow.move_each(
        [(ready.id, ready.version), (changed.id, changed.version), (10**6, 1),
         (other.id, back.version)],
        Action.PUBLISH, None,
    )  # fmt: skip
    assert errors[0] is None
    assert isinstance(errors[1], VersionConflict)
    assert isinstance(errors[2], StoryNotFound)
    assert errors[3] is None
    assert library.get(ready.id).status is Status.PUBLISHED
    assert library.get(changed.id).status is Status.RETURNED
    again = library.workflow.move_each([(ready.id, ready.version + 1)], Action.PUBLISH, None)
    assert isinstance(again[0], MoveNotAllowed)  # published already


def test_a_revision_kept_from_the_outbox_snapshot_is_the_one_a_move_of_its_own_keeps(
    library: Library,
) -> None:
    # Text the snapshot's JSON escapes (non-ASCII, quotes, a new line) and every kind of
    # field: the revision made from the outbox's copy is byte for byte the row's own.
    library.endpoints.add(EndpointProfile("wire", "ninjs-push", "http://127.0.0.1/wire"))
    fields = dict(body='Тело «материала»,\n"quoted" — and more.', lede="Лид.",
                  keywords=("война", "мир"), urgency=2,
                  embargo=dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC))  # fmt: skip
    alone, together = (
        move(library, move(library, library.add(
            new_story("x.org", headline="Заголовок").edited(**fields), by="Anna Ivanova"),  # type: ignore[arg-type]
            Action.SUBMIT),
            Action.APPROVE)
        for _ in range(2)
    )  # fmt: skip
    assert alone.id is not None and together.id is not None
    move(library, alone, Action.PUBLISH)
    assert library.workflow.move_each([(together.id, together.version)], Action.PUBLISH,
                                      None) == [None]  # fmt: skip
    with library._read() as session:  # the packed bytes themselves, as stored
        kept = {story_id: (packed, made_by) for story_id, packed, made_by in session.execute(
            select(StoryRevisionRow.story_id, StoryRevisionRow.packed, StoryRevisionRow.made_by)
            .where(StoryRevisionRow.version == alone.version,
                   StoryRevisionRow.story_id.in_([alone.id, together.id]))
        )}  # fmt: skip
    assert kept[alone.id][0] is not None
    assert bytes(kept[alone.id][0]) == bytes(kept[together.id][0])
    # Who wrote the version kept: named the same way by both (0012's `made_by`).
    assert kept[alone.id][1] == kept[together.id][1] == "Anna Ivanova"
    assert _kept(library, together.id)[-1] == (together.version, "publish", "publishing",
                                               fields["body"])  # fmt: skip


def _left_at_approval(library: Library, story_id: int) -> list[tuple[int, bytes, int | None]]:
    """What an approval left with each of its outbox entries: (version, bytes, key)."""
    with library._read() as session:
        return [(version, bytes(packed), against) for version, packed, against in session.execute(
            select(OutboxSnapshotRow.revision_version, OutboxSnapshotRow.revision,
                   OutboxSnapshotRow.revision_against)
            .join(OutboxRow, OutboxRow.id == OutboxSnapshotRow.outbox_id)
            .where(OutboxRow.story_id == story_id).order_by(OutboxRow.id)
        )]  # fmt: skip


def _stored(library: Library, story_id: int, version: int) -> tuple[bytes, int | None]:
    with library._read() as session:
        packed, against = session.execute(
            select(StoryRevisionRow.packed, StoryRevisionRow.packed_against)
            .where(StoryRevisionRow.story_id == story_id, StoryRevisionRow.version == version)
        ).one()  # fmt: skip
    return bytes(packed), against


@pytest.mark.parametrize("saves", [0, KEY_EVERY - 3, KEY_EVERY + 3])
def test_the_revision_an_approval_packs_is_the_one_the_move_keeps(
    library: Library, saves: int
) -> None:
    # Two endpoints (two entries, one revision); stories with no key yet, a key with
    # room for one more, and one whose key is full (the revision is packed alone).
    for name in ("site", "wire"):
        library.endpoints.add(EndpointProfile(name, "ninjs-push", f"http://127.0.0.1/{name}"))
    twins = []
    for _ in range(2):
        story = library.add(new_story("x.org", headline="Twin").edited(body="Body."))
        for n in range(saves):
            story = library.save(story.edited(body=f"Body {n}."), explicit=True)
        twins.append(move(library, move(library, story, Action.SUBMIT), Action.APPROVE))
    batch, alone = twins
    assert batch.id is not None and alone.id is not None
    left = _left_at_approval(library, batch.id)
    assert len(left) == 2 and left[0] == left[1] and left[0][0] == batch.version

    assert library.workflow.move_each([(batch.id, batch.version)], Action.PUBLISH,
                                      None) == [None]  # fmt: skip
    move(library, alone, Action.PUBLISH)  # a move of its own packs it there and then

    assert _stored(library, batch.id, batch.version) == left[0][1:]
    assert _stored(library, batch.id, batch.version) == _stored(library, alone.id, alone.version)
    assert _kept(library, batch.id)[-1] == (batch.version, "publish", "publishing", batch.body)
    # Every revision still reads back (each one's key found).
    assert [v for v, *_ in _kept(library, batch.id)] == [
        v for v, *_ in _kept(library, alone.id)]  # fmt: skip


def test_the_move_copies_what_the_approval_left_and_makes_it_itself_when_there_is_none(
    library: Library,
) -> None:
    library.endpoints.add(EndpointProfile("wire", "ninjs-push", "http://127.0.0.1/wire"))
    copied, made, keyless = (approved(library, f"Story {n}") for n in range(3))
    assert copied.id is not None and made.id is not None and keyless.id is not None
    marked = _packed(snapshot_text({"body": "Left at approval."}), None)
    with library._write() as session:
        entries = {row.story_id: row.id for row in session.scalars(select(OutboxRow))}
        # Copied, not made again: the bytes left at approval are what the move keeps.
        session.execute(update(OutboxSnapshotRow)
                        .where(OutboxSnapshotRow.outbox_id == entries[copied.id])
                        .values(revision=marked, revision_against=None))  # fmt: skip
        # An entry queued before migration 0015 left nothing.
        session.execute(update(OutboxSnapshotRow)
                        .where(OutboxSnapshotRow.outbox_id == entries[made.id])
                        .values(revision=None, revision_against=None, revision_version=None))
        # One packed against a key that is no longer there is not copied.
        session.execute(update(OutboxSnapshotRow)
                        .where(OutboxSnapshotRow.outbox_id == entries[keyless.id])
                        .values(revision=marked, revision_against=999))  # fmt: skip
    moving = [(s.id, s.version) for s in (copied, made, keyless)]
    assert library.workflow.move_each(moving, Action.PUBLISH, None) == [None] * 3  # type: ignore[arg-type]
    assert _stored(library, copied.id, copied.version) == (marked, None)
    assert library.revisions(copied.id)[-1].story.body == "Left at approval."
    for story in (made, keyless):
        assert story.id is not None
        assert _kept(library, story.id)[-1] == (story.version, "publish", "publishing", "Body.")


@pytest.mark.parametrize("damage", [b"\x00\xff\x00", zlib.compress(b"\xff\xfe not utf-8"),
                                    zlib.compress(b"[1, 2]")])  # fmt: skip
def test_a_damaged_revision_is_named_when_read_and_the_others_still_read(
    library: Library, damage: bytes
) -> None:
    # Bytes damaged in the file (here where an approval left them, so the move copies
    # them): reading that story's revisions says which version cannot be read, as the
    # library's error, not zlib's or JSON's; every other story reads as before.
    library.endpoints.add(EndpointProfile("wire", "ninjs-push", "http://127.0.0.1/wire"))
    damaged, whole = approved(library, "Damaged"), approved(library, "Whole")
    assert damaged.id is not None and whole.id is not None
    with library._write() as session:
        entry = session.scalar(select(OutboxRow.id).where(OutboxRow.story_id == damaged.id))
        session.execute(update(OutboxSnapshotRow).where(OutboxSnapshotRow.outbox_id == entry)
                        .values(revision=damage, revision_against=None))  # fmt: skip
    moving = [(damaged.id, damaged.version), (whole.id, whole.version)]
    assert library.workflow.move_each(moving, Action.PUBLISH, None) == [None, None]
    with pytest.raises(LibraryDamaged, match=f"Version {damaged.version} of story {damaged.id}"):
        library.revisions(damaged.id)
    assert _kept(library, whole.id)[-1] == (whole.version, "publish", "publishing", "Body.")
    assert library.get(damaged.id).status is Status.PUBLISHED
