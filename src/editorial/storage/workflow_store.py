"""The workflow in the library: a state change, its history entry and the revision of the
version it replaces are one transaction, and the change writes only over the version the
mover saw (`UPDATE … WHERE version = ?`): of two people moving one story at once exactly
one wins, the other gets `VersionConflict`. Also the desk's profiles (who has what role).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from editorial.domain.errors import (
    BadInput,
    EditorialError,
    StoryNotFound,
    StoryReadOnly,
    VersionConflict,
)
from editorial.domain.revision import restored_note
from editorial.domain.story import Status, Story
from editorial.domain.workflow import (
    Action,
    Actor,
    HistoryEntry,
    Profile,
    Role,
    is_read_only,
    plan_move,
    read_only_message,
)
from editorial.storage.mappers import content_values, story_from_row
from editorial.storage.moves_together import (
    ChangedMeanwhile,
    Going,
    moving_rows,
    write_together,
)
from editorial.storage.people_and_words import Transaction
from editorial.storage.revisions import keep_revision, revisions_of
from editorial.storage.tables import ProfileRow, StoryHistoryRow, StoryRow

Clock = Callable[[], dt.datetime]
# Called inside a move's transaction once the story row holds its new state (the outbox
# writes its entries here): (session, the story's row, the action, the state it moved to).
# Whatever it raises undoes the whole move.
AfterMove = Callable[[Session, StoryRow, Action, Status], None]
# Moves that write the editorial note too (a kill's reason, a correction's note).
_MOVES_WITH_A_NOTE = frozenset({Action.KILL, Action.SUBMIT, Action.CORRECT})


class WorkflowStore:
    def __init__(
        self, read: Transaction, write: Transaction, clock: Clock,
        after_move: Sequence[AfterMove] = (), hooked: Collection[Action] | None = None,
    ) -> None:  # fmt: skip
        self._read = read
        self._write = write
        self._clock = clock
        self._after_move = tuple(after_move)
        # The moves the hooks act on (None: every move): a batch of other moves loads no
        # story row for them.
        self._hooked = None if hooked is None else frozenset(hooked)

    def move(
        self, story_id: int, expected_version: int, action: Action, actor: Actor | None, *,
        note: str = "",
    ) -> Story:  # fmt: skip
        """Make one move of the workflow on the stored story, if `expected_version` is
        still the stored one; raises `MoveNotAllowed` (the table, the role, the note),
        `VersionConflict` or `StoryNotFound`."""
        with self._write() as session:
            return story_from_row(self._move_in(
                session, self._clock(), story_id, expected_version, action, actor, note,
            ))  # fmt: skip

    def move_each(
        self, moves: Sequence[tuple[int, int]], action: Action, actor: Actor | None
    ) -> list[EditorialError | None]:
        """The same move for several stories (id, expected version) in one transaction,
        each in a savepoint of its own: one refused (`VersionConflict`, `MoveNotAllowed`,
        `StoryNotFound`) is returned as its error, the others made (None). The outbox's
        worker moves the stories it delivered to published this way, one commit for all."""
        done: list[EditorialError | None] = []
        with self._write() as session:
            now = self._clock()
            together = self._move_together(session, now, moves, action, actor)
            if together is not None:
                return together
            for story_id, version in moves:
                try:
                    with session.begin_nested():
                        self._move_in(session, now, story_id, version, action, actor, "")
                except EditorialError as refused:
                    done.append(refused)
                else:
                    done.append(None)
        return done

    def _move_together(
        self, session: Session, now: dt.datetime, moves: Sequence[tuple[int, int]],
        action: Action, actor: Actor | None,
    ) -> list[EditorialError | None] | None:  # fmt: skip
        """`move_each` as a few statements for the whole batch (the worker's moves to
        published: state, version and time change, the text stays), with the same
        revisions, history and hooks as one `_move_in` each. None, with nothing written,
        when a move needs more than that (a note, the trash) or a version changed under
        it: then each goes its own way."""
        by = actor.name if actor is not None else "publishing"
        # Plain rows of the few columns a move needs: no ORM object, no story built.
        rows = moving_rows(session, [story_id for story_id, _ in moves])
        done: list[EditorialError | None] = []
        going: list[Going] = []
        planned: dict[tuple[str, str | None], Status] = {}
        for story_id, version in moves:
            row = rows.get(story_id)
            try:
                if row is None:
                    raise StoryNotFound(story_id)
                if row.version != version:
                    raise VersionConflict(story_id, version, row.version)
                status = Status(row.status)
                owner = row.started_by or None
                target = planned.get((row.status, owner))
                if target is None:
                    target = planned[row.status, owner] = plan_move(status, action, actor,
                                                                    owner=owner)  # fmt: skip
            except EditorialError as refused:
                done.append(refused)
                continue
            if Status.SPIKED in (status, target) or action in _MOVES_WITH_A_NOTE:
                return None
            done.append(None)
            going.append((row, target))
        if not going:
            return done
        try:
            with session.begin_nested():
                write_together(session, now, going, action, by)
        except ChangedMeanwhile:
            return None  # a version changed under the batch: each on its own
        if self._after_move and (self._hooked is None or action in self._hooked):
            for moved, to in going:
                story_row = session.get(StoryRow, moved.id, populate_existing=True)
                assert story_row is not None
                for hook in self._after_move:
                    hook(session, story_row, action, to)
        return done

    def _move_in(
        self, session: Session, now: dt.datetime, story_id: int, expected_version: int,
        action: Action, actor: Actor | None, note: str,
    ) -> StoryRow:  # fmt: skip
        by = actor.name if actor is not None else "publishing"
        row = session.get(StoryRow, story_id)
        if row is None:
            raise StoryNotFound(story_id)
        if row.version != expected_version:
            raise VersionConflict(story_id, expected_version, row.version)
        status = Status(row.status)
        restore_to = Status(row.spiked_from) if row.spiked_from else None
        target = plan_move(
            status, action, actor, note=note, restore_to=restore_to,
            owner=row.started_by or None,
        )  # fmt: skip
        keep_revision(session, row, replaced_at=now, action=action.value, by=by, note=note)
        values: dict[str, object] = {
            "status": target.value,
            "version": StoryRow.version + 1,
            "updated_at": now,
            "autosaved": False,
        }
        if target is Status.SPIKED:
            values |= {"spiked_from": status.value, "trashed_at": now}
        elif status is Status.SPIKED:
            values |= {"spiked_from": None, "trashed_at": None}
        # The kill's reason and the correction note travel as the editorial note.
        filed_correction = action is Action.SUBMIT and status is Status.CORRECTED
        if action is Action.KILL or filed_correction or (action is Action.CORRECT and note):
            values["note"] = note.strip()
        # The version check is part of the write: on a database that takes no lock when
        # the transaction begins, this is what lets only one of two movers through.
        statement = (
            update(StoryRow)
            .where(StoryRow.id == story_id, StoryRow.version == expected_version)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
            found = session.scalar(select(StoryRow.version).where(StoryRow.id == story_id))
            raise VersionConflict(story_id, expected_version, found or 0)
        session.add(
            StoryHistoryRow(
                story_id=story_id, at=now, by=by, action=action.value, status=target.value,
                note=note.strip(), version=expected_version + 1,
            )
        )  # fmt: skip
        session.expire(row)
        for hook in self._after_move:
            hook(session, row, action, target)
        return row

    def standing(self, story_id: int) -> tuple[Status, str | None]:
        """The story's state and who started it (None when not known), which say what
        moves anyone may make on it."""
        with self._read() as session:
            row = session.get(StoryRow, story_id)
            if row is None:
                raise StoryNotFound(story_id)
            return Status(row.status), row.started_by or None

    def reinstate(self, story_id: int, expected_version: int, version: int, by: str) -> Story:
        """Make a kept version's text the story's next version (the state stays), if
        `expected_version` is still the stored one: the version it replaces is kept and the
        history says who restored which. A story whose state is read-only is refused
        (`StoryReadOnly`), as a save would be."""
        now = self._clock()
        with self._write() as session:
            row = session.get(StoryRow, story_id)
            if row is None:
                raise StoryNotFound(story_id)
            if row.version != expected_version:
                raise VersionConflict(story_id, expected_version, row.version)
            status = Status(row.status)
            if is_read_only(status):
                raise StoryReadOnly.saying(read_only_message(status))
            kept = next(
                (r for r in revisions_of(session, story_id, row.uri) if r.story.version == version),
                None,
            )
            if kept is None:
                raise BadInput(f"Story {story_id} has no kept version {version} to restore.")
            note = restored_note(version)
            keep_revision(session, row, replaced_at=now, action="revert", by=by, note=note)
            values = content_values(kept.story) | {
                "status": status.value, "version": StoryRow.version + 1, "updated_at": now,
                "autosaved": False,
            }  # fmt: skip
            statement = (
                update(StoryRow)
                .where(StoryRow.id == story_id, StoryRow.version == expected_version)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
                found = session.scalar(select(StoryRow.version).where(StoryRow.id == story_id))
                raise VersionConflict(story_id, expected_version, found or 0)
            session.add(
                StoryHistoryRow(
                    story_id=story_id, at=now, by=by, action="revert", status=status.value,
                    note=note, version=expected_version + 1,
                )
            )  # fmt: skip
            session.expire(row)
            return story_from_row(row)

    def history(self, story_id: int) -> list[HistoryEntry]:
        """The story's state changes, oldest first."""
        with self._read() as session:
            if session.get(StoryRow, story_id) is None:
                raise StoryNotFound(story_id)
            rows = session.scalars(
                select(StoryHistoryRow)
                .where(StoryHistoryRow.story_id == story_id)
                .order_by(StoryHistoryRow.id)
            )
            return [
                HistoryEntry(r.at, r.by, r.action, Status(r.status), r.note, r.version)
                for r in rows
            ]

    # Profiles

    def profiles(self) -> list[Profile]:
        with self._read() as session:
            rows = session.scalars(select(ProfileRow).order_by(ProfileRow.name))
            return [_profile(row) for row in rows]

    def keep_profile(self, profile: Profile) -> None:
        """Add a person, or change the initials and roles of one already kept."""
        name = profile.name.strip()
        if not name:
            raise BadInput("A profile needs a name.")
        roles = sorted(role.value for role in profile.roles)
        with self._write() as session:
            row = session.scalars(select(ProfileRow).where(ProfileRow.name == name)).first()
            if row is None:
                session.add(ProfileRow(name=name, initials=profile.initials, roles=roles))
            else:
                row.initials, row.roles = profile.initials, roles

    def remove_profile(self, name: str) -> bool:
        """False when no profile has that name."""
        with self._write() as session:
            row = session.scalars(select(ProfileRow).where(ProfileRow.name == name)).first()
            if row is None:
                return False
            session.delete(row)
            return True


def _profile(row: ProfileRow) -> Profile:
    known = {role.value: role for role in Role}
    roles = frozenset(known[name] for name in row.roles if name in known)
    return Profile(row.name, row.initials, roles)


def record_start(session: Session, row: StoryRow, by: str, now: dt.datetime) -> None:
    """The history's first entry for a story just added (flushed, so it has its id)."""
    session.add(
        StoryHistoryRow(
            story_id=row.id, at=now, by=by, action="create", status=row.status, note="",
            version=row.version,
        )
    )  # fmt: skip
