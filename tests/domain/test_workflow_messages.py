"""The workflow's refusals and read-only reasons carry their message as a template marked
for translation with its values (the desk's words kept as words), and that template
filled in is exactly the English the command line prints."""

from __future__ import annotations

import pickle

import pytest

from editorial.domain.errors import MoveNotAllowed
from editorial.domain.story import Status
from editorial.domain.translatable import Message, Words
from editorial.domain.workflow import (
    Action,
    Actor,
    Role,
    plan_move,
    read_only_message,
    read_only_reason,
)

ACTORS = (
    None,  # the publishing side
    Actor("Rita Reporter", frozenset({Role.REPORTER})),
    Actor("Carl Copy", frozenset({Role.COPY_EDITOR})),
    Actor("Chris Chief", frozenset(Role)),
    Actor("Nobody", frozenset()),
    Actor("", frozenset()),
    Actor("", frozenset({Role.REPORTER, Role.COPY_EDITOR})),
)


def refusals() -> list[MoveNotAllowed]:
    found = []
    for status in Status:
        for action in Action:
            for actor in ACTORS:
                for owner in (None, "Someone Else"):
                    for note in ("", "Because."):
                        try:
                            plan_move(status, action, actor, note=note, owner=owner)
                        except MoveNotAllowed as refused:
                            found.append(refused)
    return found


def test_every_refusal_formats_back_to_its_english() -> None:
    found = refusals()
    templates = set()
    for refused in found:
        said = refused.said
        assert isinstance(said, Message) and said.context == "Workflow"
        assert said.template.format(**dict(said.arguments)) == str(refused) == said.text
        templates.add(said.template)
    # Every wording this table reaches was met: three for a move not in the table (a
    # final state, "a"/"an" before the others; a state with no move left is another
    # table's), the person, two for the notes, the publishing side, four for a missing
    # role, a reporter's own stories.
    assert len(templates) == 12, sorted(templates)


def test_the_english_is_what_it_was() -> None:
    chief, reporter = ACTORS[3], ACTORS[1]
    cases = [
        ((Status.KILLED, Action.SUBMIT, chief), "A killed story cannot be moved by submit: "
                                                "killed is final."),
        ((Status.APPROVED, Action.SUBMIT, chief), "An approved story cannot be moved by submit;"
                                                  " the moves from approved are: return, kill."),
        ((Status.SUBMITTED, Action.APPROVE, reporter), "To approve a story takes the role of "
                                                       "copy editor or chief; Rita Reporter is "
                                                       "reporter."),
        ((Status.SUBMITTED, Action.APPROVE, ACTORS[5]), "To approve a story takes the role of "
                                                        "copy editor or chief; you has no role in "
                                                        "this library."),
        ((Status.APPROVED, Action.PUBLISH, chief), "A story is published only by the "
                                                   "publishing side, never by hand."),
        ((Status.SUBMITTED, Action.APPROVE, None), "Only a person can approve a story."),
        ((Status.SUBMITTED, Action.RETURN, chief), "To return a story, give a note saying why."),
    ]  # fmt: skip
    for (status, action, actor), english in cases:
        with pytest.raises(MoveNotAllowed) as refused:
            plan_move(status, action, actor)
        assert str(refused.value) == english
    with pytest.raises(MoveNotAllowed) as refused:
        plan_move(Status.DRAFT, Action.SPIKE, reporter, owner="Anna")
    assert str(refused.value) == (
        "A reporter can spike only a story of their own (this one is Anna's); the role of "
        "copy editor or chief can spike any."
    )
    roles = dict(refused.value.said.arguments)["senior"]  # type: ignore[union-attr]
    assert isinstance(roles, Words) and roles.words == ("copy editor", "chief")


def test_read_only_reasons() -> None:
    for status in Status:
        assert read_only_message(status).text == read_only_reason(status)
    assert read_only_reason(Status.APPROVED) == (
        "This story is approved and read-only; return it to its author to edit it."
    )
    assert read_only_reason(Status.SPIKED) == "This story is spiked; restore it to edit it."


def test_a_refusal_crosses_processes_whole() -> None:
    [refused] = [r for r in refusals() if "the moves from approved" in str(r)][:1]
    copied = pickle.loads(pickle.dumps(refused))
    assert str(copied) == str(refused) and copied.said == refused.said
    options = dict(copied.said.arguments)["options"]
    assert isinstance(options, Words) and options.words == ("return", "kill")
