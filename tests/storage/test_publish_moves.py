"""The outbox's worker moves the stories it delivered to published several at a time, in a
few statements for the whole batch (`WorkflowStore.move_each`): each story ends exactly as
a move of its own would leave it (state, version, history entry, the revision of the
version it replaces, packed against its key), and a story that cannot move is returned as
its error while the others move."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from editorial.domain.errors import MoveNotAllowed, StoryNotFound, VersionConflict
from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import Status, new_story
from editorial.domain.workflow import Action
from editorial.storage.library import Library
from editorial.storage.revisions import KEY_EVERY
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
