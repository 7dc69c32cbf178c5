"""Why the desk's publishing refuses a request (send by hand, resend, pre-flight, an
endpoint's settings): the English the command line prints, made from templates marked for
translation (context "Publishing"), so the window can say it in its own language.

A story's status and an outbox entry's state are `Words` (context "WorkflowWords"); an
endpoint's name, a story's and an entry's number stay as they are.
"""

from __future__ import annotations

from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageText, Words

NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Publishing", "Only an approved or published story is sent; story {story} is {status}."
)
NO_ENDPOINT = QT_TRANSLATE_NOOP("Publishing", "There is no endpoint named {name}.")
ENDPOINT_EXISTS = QT_TRANSLATE_NOOP("Publishing", "There is an endpoint named {name} already.")
NO_SUCH_KIND = QT_TRANSLATE_NOOP(
    "Publishing", "{kind} is no kind of endpoint; the kinds are {kinds}."
)
ALREADY_THERE = QT_TRANSLATE_NOOP(
    "Publishing", "{endpoint} has this version of story {story} already, or it waits to go there."
)
NOT_RESENDABLE = QT_TRANSLATE_NOOP(
    "Publishing",
    "Outbox entry {entry} is {state}: only a failed entry, or one waiting to be tried "
    "again, can be resent.",
)
NO_ENTRY = QT_TRANSLATE_NOOP("Publishing", "There is no outbox entry {entry}.")
SECRET_KEPT = QT_TRANSLATE_NOOP(
    "Publishing",
    "The endpoint {name} was removed, but its secret could not be deleted: {problem}",
)
# An outbox entry's states, as in "Outbox entry 3 is {state}" (a story's are marked in
# `workflow_messages.VOCABULARY`).
OUTBOX_STATES = (
    QT_TRANSLATE_NOOP("WorkflowWords", "queued"),
    QT_TRANSLATE_NOOP("WorkflowWords", "sending"),
    QT_TRANSLATE_NOOP("WorkflowWords", "delivered"),
    QT_TRANSLATE_NOOP("WorkflowWords", "canceled"),
)


def refusal(template: str, **arguments: str) -> Message:
    """`refusal(NO_ENTRY, entry="7")`: raise it as `BadInput.saying(...)`."""
    # Made afresh, not through `said`'s cache: a value may be a `MessageText`.
    return Message(template, tuple(arguments.items()), "Publishing")


def no_endpoint(name: str) -> Message:
    return refusal(NO_ENDPOINT, name=repr(name))


def not_approved(story_id: int, status: str) -> Message:
    return refusal(NOT_APPROVED, story=str(story_id), status=Words((status,)))


def not_resendable(entry_id: int, state: str) -> Message:
    return refusal(NOT_RESENDABLE, entry=str(entry_id), state=Words((state,)))


def secret_kept(name: str, problem: MessageText) -> Message:
    return refusal(SECRET_KEPT, name=repr(name), problem=problem)
