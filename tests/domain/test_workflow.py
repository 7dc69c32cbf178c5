"""The workflow's table drives these tests: every move it lists is allowed (to the state
it names), every state refuses a move it does not list (naming those it does), and the
roles, notes and ownership say who may make each."""

from __future__ import annotations

import pytest

from editorial.domain.errors import BadInput, MoveNotAllowed
from editorial.domain.story import Status
from editorial.domain.workflow import (
    EVERY_ROLE,
    MOVES,
    SYSTEM_ACTIONS,
    Action,
    Actor,
    Role,
    actor_roles,
    allowed_actions,
    is_read_only,
    moves_from,
    plan_move,
    roles_needed,
)

CHIEF = Actor("Carla Chief", EVERY_ROLE)
REPORTER = Actor("Rita Reporter", frozenset({Role.REPORTER}))
COPY_EDITOR = Actor("Cody Copy", frozenset({Role.COPY_EDITOR}))


def mover(action: Action) -> Actor | None:
    return None if action in SYSTEM_ACTIONS else CHIEF


@pytest.mark.parametrize("move", MOVES, ids=lambda m: f"{m.source.value}-{m.action.value}")
def test_every_move_of_the_table_is_allowed(move: object) -> None:
    from editorial.domain.workflow import Move

    assert isinstance(move, Move)
    to = plan_move(
        move.source, move.action, mover(move.action), note="Because.",
        restore_to=Status.SUBMITTED,
    )  # fmt: skip
    assert to == (move.to or Status.SUBMITTED)


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_every_state_refuses_a_move_it_does_not_list_and_names_those_it_does(
    status: Status,
) -> None:
    listed = {m.action for m in moves_from(status)}
    refused = next(a for a in Action if a not in listed)
    with pytest.raises(MoveNotAllowed) as refusal:
        plan_move(status, refused, CHIEF, note="Because.")
    message = str(refusal.value)
    assert refused.value in message and status.value in message
    for action in listed - SYSTEM_ACTIONS:
        assert action.value in message
    assert isinstance(refusal.value, BadInput) and refusal.value.exit_status == 1


def test_the_workflow_reads_as_the_newsroom_says() -> None:
    path = [
        (Status.DRAFT, Action.SUBMIT, Status.SUBMITTED),
        (Status.SUBMITTED, Action.RETURN, Status.RETURNED),
        (Status.RETURNED, Action.SUBMIT, Status.SUBMITTED),
        (Status.SUBMITTED, Action.APPROVE, Status.APPROVED),
        (Status.APPROVED, Action.PUBLISH, Status.PUBLISHED),
        (Status.PUBLISHED, Action.CORRECT, Status.CORRECTED),
        (Status.CORRECTED, Action.SUBMIT, Status.SUBMITTED),
    ]
    for source, action, to in path:
        assert plan_move(source, action, mover(action), note="n") is to
    with pytest.raises(MoveNotAllowed, match="killed is final"):
        plan_move(Status.KILLED, Action.RESTORE, CHIEF)


def test_a_spiked_story_is_restored_to_the_state_it_had() -> None:
    assert plan_move(Status.SPIKED, Action.RESTORE, CHIEF, restore_to=Status.RETURNED) is (
        Status.RETURNED
    )
    # Spiked before the state it had was kept (the trash of before): a draft again.
    assert plan_move(Status.SPIKED, Action.RESTORE, CHIEF) is Status.DRAFT


@pytest.mark.parametrize("action", [Action.RETURN, Action.KILL])
def test_return_and_kill_need_a_note(action: Action) -> None:
    source = next(m.source for m in MOVES if m.action is action)
    with pytest.raises(MoveNotAllowed, match="give a note"):
        plan_move(source, action, CHIEF, note="  ")


def test_the_correction_note_is_asked_when_the_correction_is_filed_not_opened() -> None:
    # Correct opens the new version at once: there is nothing to draft a note from yet.
    assert plan_move(Status.PUBLISHED, Action.CORRECT, CHIEF) is Status.CORRECTED
    with pytest.raises(MoveNotAllowed, match="give the correction note"):
        plan_move(Status.CORRECTED, Action.SUBMIT, CHIEF, note=" ")
    assert plan_move(Status.CORRECTED, Action.SUBMIT, CHIEF, note="Corrects x.") is (
        Status.SUBMITTED
    )
    assert plan_move(Status.DRAFT, Action.SUBMIT, REPORTER) is Status.SUBMITTED  # no note


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("actor", [CHIEF, REPORTER, COPY_EDITOR], ids=lambda a: a.name)
@pytest.mark.parametrize("owner", [None, "Rita Reporter", "Otto Other"])
def test_the_moves_offered_are_exactly_those_plan_move_allows(
    status: Status, actor: Actor, owner: str | None
) -> None:
    """One rule for the menus and the moves: whatever `allowed_actions` offers goes
    through (given a note), and whatever it leaves out is refused."""
    offered = allowed_actions(status, actor, owner)
    for action in Action:
        try:
            plan_move(status, action, actor, note="Because.", owner=owner)
        except MoveNotAllowed:
            assert action not in offered, action
        else:
            assert action in offered, action


def test_a_reporter_is_not_offered_the_spike_of_anothers_story() -> None:
    assert Action.SPIKE not in allowed_actions(Status.DRAFT, REPORTER, "Otto Other")
    assert Action.SPIKE in allowed_actions(Status.DRAFT, REPORTER, "Rita Reporter")
    assert Action.RESTORE not in allowed_actions(Status.SPIKED, REPORTER, "Otto Other")
    assert Action.RESTORE in allowed_actions(Status.SPIKED, COPY_EDITOR, "Otto Other")


def test_a_missing_role_is_named() -> None:
    with pytest.raises(MoveNotAllowed, match="role of copy editor or chief; Rita Reporter is"):
        plan_move(Status.SUBMITTED, Action.APPROVE, REPORTER)
    with pytest.raises(MoveNotAllowed, match="role of chief; Cody Copy is copy editor"):
        plan_move(Status.PUBLISHED, Action.KILL, COPY_EDITOR, note="Libel.")
    assert plan_move(Status.SUBMITTED, Action.APPROVE, COPY_EDITOR) is Status.APPROVED
    assert roles_needed(Action.SUBMIT) == (Role.REPORTER, Role.COPY_EDITOR, Role.CHIEF)


def test_publication_is_the_publishing_sides_alone() -> None:
    with pytest.raises(MoveNotAllowed, match="publishing side"):
        plan_move(Status.APPROVED, Action.PUBLISH, CHIEF)
    with pytest.raises(MoveNotAllowed, match="Only a person"):
        plan_move(Status.DRAFT, Action.SUBMIT, None)
    assert plan_move(Status.APPROVED, Action.PUBLISH, None) is Status.PUBLISHED


def test_a_reporter_spikes_and_restores_only_their_own_stories() -> None:
    assert plan_move(Status.DRAFT, Action.SPIKE, REPORTER, owner=REPORTER.name) is Status.SPIKED
    with pytest.raises(MoveNotAllowed, match=r"only a story of their own .* Carla Chief.s"):
        plan_move(Status.DRAFT, Action.SPIKE, REPORTER, owner="Carla Chief")
    with pytest.raises(MoveNotAllowed, match="only a story of their own"):
        plan_move(Status.SPIKED, Action.RESTORE, REPORTER, owner="Carla Chief")
    assert plan_move(Status.DRAFT, Action.SPIKE, COPY_EDITOR, owner="Carla Chief") is (
        Status.SPIKED
    )


def test_one_person_or_none_has_every_role() -> None:
    assert actor_roles("Anna", {}) == EVERY_ROLE
    assert actor_roles("Anna", {"Anna": frozenset({Role.REPORTER})}) == EVERY_ROLE
    desk = {"Anna": frozenset({Role.REPORTER}), "Boris": frozenset({Role.CHIEF})}
    assert actor_roles("Anna", desk) == {Role.REPORTER}
    assert actor_roles("Boris", desk) == {Role.CHIEF}
    assert actor_roles("Stranger", desk) == {Role.REPORTER}


def test_approved_and_published_stories_are_read_only() -> None:
    editable = {s for s in Status if not is_read_only(s)}
    assert editable == {Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.CORRECTED}
