"""The desk's workflow: which moves take a story from which state to which, and who may
make them. Both are data (`MOVES`, `ROLE_GRANTS`): a newsroom that works otherwise
changes a table, not the code that walks it.

A story is drafted, submitted, approved and published (publication is the publishing
side's move, never a person's); a copy editor returns it to its author with a note; it is
spiked (shelved, the desk's trash) and restored to the state it had; after publication a
chief corrects it (a new working version that goes through submit and approve again) or
kills it (withdrawn, for good).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NoReturn

from editorial.domain import workflow_messages as refusals
from editorial.domain.errors import MoveNotAllowed
from editorial.domain.story import Status
from editorial.domain.translatable import Message


class Action(StrEnum):
    """What a person (or the publishing side) does to a story's state."""

    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    SPIKE = "spike"
    RESTORE = "restore"
    CORRECT = "correct"
    KILL = "kill"
    PUBLISH = "publish"  # the publishing side only (`WorkflowService.mark_published`)


class Role(StrEnum):
    REPORTER = "reporter"
    COPY_EDITOR = "copy editor"
    CHIEF = "chief"


# Who may do what: each role and the actions it grants. Publication is granted to no
# role: only the publishing side moves a story there.
ROLE_GRANTS: dict[Role, frozenset[Action]] = {
    Role.REPORTER: frozenset({Action.SUBMIT, Action.SPIKE, Action.RESTORE}),
    Role.COPY_EDITOR: frozenset(
        {Action.SUBMIT, Action.SPIKE, Action.RESTORE, Action.RETURN, Action.APPROVE}
    ),
    Role.CHIEF: frozenset(
        {Action.SUBMIT, Action.SPIKE, Action.RESTORE, Action.RETURN, Action.APPROVE,
         Action.CORRECT, Action.KILL}
    ),
}  # fmt: skip
EVERY_ROLE = frozenset(Role)
SYSTEM_ACTIONS = frozenset({Action.PUBLISH})

# States whose text is what went (or is about to go) out: changed only through Correct.
READ_ONLY = frozenset({Status.APPROVED, Status.PUBLISHED, Status.KILLED, Status.SPIKED})
FINAL = frozenset({Status.KILLED})


@dataclass(frozen=True, slots=True)
class Move:
    """One allowed move: from a state, by an action, to a state. `needs_note`: the move
    is refused without a note (it says why: the return's reason, the correction, the
    kill). `to` None: back to the state the story had before (restore from the spike).
    `own_only_for`: roles that may make this move only on a story they started."""

    source: Status
    action: Action
    to: Status | None
    needs_note: bool = False
    own_only_for: frozenset[Role] = frozenset()


_REPORTER_OWN = frozenset({Role.REPORTER})
_S = Status
# The workflow, whole: every move there is. Anything else is refused.
MOVES: tuple[Move, ...] = (
    Move(_S.DRAFT, Action.SUBMIT, _S.SUBMITTED),
    Move(_S.DRAFT, Action.SPIKE, _S.SPIKED, own_only_for=_REPORTER_OWN),
    Move(_S.RETURNED, Action.SUBMIT, _S.SUBMITTED),
    Move(_S.RETURNED, Action.SPIKE, _S.SPIKED, own_only_for=_REPORTER_OWN),
    # The correction note is asked when the corrected text is filed, not when Correct
    # opens it: only then is there a change to draft it from (`correction_note`).
    Move(_S.CORRECTED, Action.SUBMIT, _S.SUBMITTED, needs_note=True),
    Move(_S.SUBMITTED, Action.APPROVE, _S.APPROVED),
    Move(_S.SUBMITTED, Action.RETURN, _S.RETURNED, needs_note=True),
    Move(_S.SUBMITTED, Action.SPIKE, _S.SPIKED, own_only_for=_REPORTER_OWN),
    Move(_S.APPROVED, Action.RETURN, _S.RETURNED, needs_note=True),
    Move(_S.APPROVED, Action.PUBLISH, _S.PUBLISHED),
    # Killed before it went out (the publishing side then sends nothing for it).
    Move(_S.APPROVED, Action.KILL, _S.KILLED, needs_note=True),
    Move(_S.SPIKED, Action.RESTORE, None, own_only_for=_REPORTER_OWN),
    Move(_S.PUBLISHED, Action.CORRECT, _S.CORRECTED),
    Move(_S.PUBLISHED, Action.KILL, _S.KILLED, needs_note=True),
    # What went out is withdrawn while its correction is still being written.
    Move(_S.CORRECTED, Action.KILL, _S.KILLED, needs_note=True),
)


def moves_from(status: Status) -> tuple[Move, ...]:
    return tuple(move for move in MOVES if move.source is status)


def roles_needed(action: Action) -> tuple[Role, ...]:
    """The roles that grant an action, least senior first."""
    return tuple(role for role in Role if action in ROLE_GRANTS[role])


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes a move: a name and the roles the library gives them."""

    name: str
    roles: frozenset[Role]

    def may(self, action: Action) -> bool:
        return any(action in ROLE_GRANTS[role] for role in self.roles)


@dataclass(frozen=True, slots=True)
class Profile:
    """A person of the desk: name, initials, and the roles that say what they may do."""

    name: str
    initials: str
    roles: frozenset[Role]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One state change: when, by whom, what, the state it left, its note and the version
    it made."""

    at: dt.datetime
    by: str
    action: str
    status: Status
    note: str
    version: int


def plan_move(
    status: Status,
    action: Action,
    actor: Actor | None,
    *,
    note: str = "",
    restore_to: Status | None = None,
    owner: str | None = None,
) -> Status:
    """The state `action` takes a story in `status` to, or `MoveNotAllowed` saying why
    not: the move is not in the table (naming those that are), the actor lacks the role
    (naming it), or the move needs a note. `actor` None is the publishing side.
    `restore_to`: the state a spiked story had; `owner`: who started the story, when
    known (a reporter spikes and restores only their own)."""
    move = next((m for m in moves_from(status) if m.action is action), None)
    if move is None:
        _refuse(_not_from_here(status, action))
    if actor is None:
        if action not in SYSTEM_ACTIONS:
            _refuse(refusals.only_a_person(action.value))
    else:
        refused = refusal_message(move, actor, owner)
        if refused:
            _refuse(refused)
    if move.needs_note and not note.strip():
        if status is Status.CORRECTED:
            _refuse(refusals.correction_note_needed())
        _refuse(refusals.note_needed(action.value))
    if move.to is not None:
        return move.to
    if restore_to is None or restore_to is Status.SPIKED:
        return Status.DRAFT  # spiked before the state it had was kept: a draft again
    return restore_to


def _refuse(message: Message) -> NoReturn:
    raise MoveNotAllowed(message.text, message)


def refusal(move: Move, actor: Actor, owner: str | None) -> str | None:
    """Why `actor` may not make `move` on a story `owner` started (None: they may). The
    one rule both the moves (`plan_move`) and the menus that offer them
    (`allowed_actions`) follow."""
    refused = refusal_message(move, actor, owner)
    return refused.text if refused else None


def refusal_message(move: Move, actor: Actor, owner: str | None) -> Message | None:
    """`refusal`, as a template and its values (for the window's translation)."""
    action = move.action
    if action in SYSTEM_ACTIONS:
        return refusals.publishing_side_only(move.to.value if move.to else action.value)
    if not actor.may(action):
        needed = [role.value for role in roles_needed(action)]
        held = [role.value for role in actor.roles]
        return refusals.role_needed(action.value, needed, actor.name, held)
    limited = all(role in move.own_only_for for role in actor.roles if action in ROLE_GRANTS[role])
    if limited and owner is not None and owner != actor.name:
        senior = [role.value for role in roles_needed(action) if role not in move.own_only_for]
        return refusals.own_stories_only(action.value, owner, senior)
    return None


def allowed_actions(status: Status, actor: Actor, owner: str | None = None) -> frozenset[Action]:
    """The moves `actor` may make on a story in `status` that `owner` started (a note,
    where one is needed, is asked afterwards)."""
    return frozenset(
        move.action for move in moves_from(status) if refusal_message(move, actor, owner) is None
    )


def _not_from_here(status: Status, action: Action) -> Message:
    allowed = [m.action.value for m in moves_from(status) if m.action not in SYSTEM_ACTIONS]
    return refusals.not_from_here(status.value, action.value, allowed, status in FINAL)


def is_read_only(status: Status) -> bool:
    """Whether the editor may save a story in this state (else: change it by Correct)."""
    return status in READ_ONLY


def read_only_reason(status: Status) -> str:
    return read_only_message(status).text


def read_only_message(status: Status) -> Message:
    """`read_only_reason`, as a template and its values (for the window's translation)."""
    return refusals.read_only(status.value)


def actor_roles(name: str, profiles: dict[str, frozenset[Role]]) -> frozenset[Role]:
    """The roles a library gives a person: with one person kept (or none yet) that
    person has every role; otherwise their profile's, and someone without a profile is a
    reporter (anyone who opens the library can draft and submit)."""
    if len(profiles) <= 1 and (not profiles or name in profiles):
        return EVERY_ROLE
    return profiles.get(name, frozenset({Role.REPORTER}))
