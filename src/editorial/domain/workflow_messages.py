"""Why the workflow refuses a move, and why a story cannot be edited: the English the
command line prints, made from templates marked for translation (context "Workflow") with
their values kept (`Message`), so the window can say it in its own language.

The desk's words inside them (an action, a state, a role) are `Words`, each translated on
its own in the context "WorkflowWords" (`VOCABULARY` marks them all).
"""

from __future__ import annotations

from collections.abc import Iterable

from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, Words, said

VOCABULARY = (
    # Actions, as in "To approve a story …"
    QT_TRANSLATE_NOOP("WorkflowWords", "submit"),
    QT_TRANSLATE_NOOP("WorkflowWords", "approve"),
    QT_TRANSLATE_NOOP("WorkflowWords", "return"),
    QT_TRANSLATE_NOOP("WorkflowWords", "spike"),
    QT_TRANSLATE_NOOP("WorkflowWords", "restore"),
    QT_TRANSLATE_NOOP("WorkflowWords", "correct"),
    QT_TRANSLATE_NOOP("WorkflowWords", "kill"),
    QT_TRANSLATE_NOOP("WorkflowWords", "publish"),
    # States, as in "A submitted story …"
    QT_TRANSLATE_NOOP("WorkflowWords", "draft"),
    QT_TRANSLATE_NOOP("WorkflowWords", "submitted"),
    QT_TRANSLATE_NOOP("WorkflowWords", "approved"),
    QT_TRANSLATE_NOOP("WorkflowWords", "published"),
    QT_TRANSLATE_NOOP("WorkflowWords", "killed"),
    QT_TRANSLATE_NOOP("WorkflowWords", "returned"),
    QT_TRANSLATE_NOOP("WorkflowWords", "spiked"),
    QT_TRANSLATE_NOOP("WorkflowWords", "corrected"),
    # Roles
    QT_TRANSLATE_NOOP("WorkflowWords", "reporter"),
    QT_TRANSLATE_NOOP("WorkflowWords", "copy editor"),
    QT_TRANSLATE_NOOP("WorkflowWords", "chief"),
)


def _said(template: str, **arguments: str) -> Message:
    return said(template, arguments, "Workflow")


def word(value: str) -> Words:
    return Words((value,))


def not_from_here(status: str, action: str, allowed: Iterable[str], final: bool) -> Message:
    """The move is not in the table from this state (naming those that are)."""
    an = status[:1] in "aeiou"
    words = {"status": word(status), "action": word(action)}
    if final:
        if an:
            return _said(QT_TRANSLATE_NOOP(
                "Workflow", "An {status} story cannot be moved by {action}: {status} is final."
            ), **words)  # fmt: skip
        return _said(QT_TRANSLATE_NOOP(
            "Workflow", "A {status} story cannot be moved by {action}: {status} is final."
        ), **words)  # fmt: skip
    options = tuple(allowed)
    if not options:
        if an:
            return _said(QT_TRANSLATE_NOOP(
                "Workflow",
                "An {status} story cannot be moved by {action}; the moves from {status} are: "
                "none (only the publishing side moves it on).",
            ), **words)  # fmt: skip
        return _said(QT_TRANSLATE_NOOP(
            "Workflow",
            "A {status} story cannot be moved by {action}; the moves from {status} are: "
            "none (only the publishing side moves it on).",
        ), **words)  # fmt: skip
    listed = Words(options, ",")
    if an:
        return _said(QT_TRANSLATE_NOOP(
            "Workflow",
            "An {status} story cannot be moved by {action}; the moves from {status} are: "
            "{options}.",
        ), options=listed, **words)  # fmt: skip
    return _said(QT_TRANSLATE_NOOP(
        "Workflow",
        "A {status} story cannot be moved by {action}; the moves from {status} are: {options}.",
    ), options=listed, **words)  # fmt: skip


def only_a_person(action: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("Workflow", "Only a person can {action} a story."), action=word(action)
    )


def correction_note_needed() -> Message:
    return _said(
        QT_TRANSLATE_NOOP("Workflow", "To submit a correction, give the correction note.")
    )


def note_needed(action: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("Workflow", "To {action} a story, give a note saying why."),
        action=word(action),
    )


def publishing_side_only(state: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Workflow", "A story is {state} only by the publishing side, never by hand."
        ),
        state=word(state),
    )


def role_needed(action: str, needed: Iterable[str], name: str, roles: Iterable[str]) -> Message:
    """`name` "" is the person at the keyboard; `roles` the ones they have."""
    held = sorted(roles)
    words = {"action": word(action), "needed": Words(needed, "or")}
    if name and held:
        return _said(QT_TRANSLATE_NOOP(
            "Workflow", "To {action} a story takes the role of {needed}; {name} is {roles}."
        ), name=name, roles=Words(held, "and"), **words)  # fmt: skip
    if name:
        return _said(QT_TRANSLATE_NOOP(
            "Workflow",
            "To {action} a story takes the role of {needed}; {name} has no role in this library.",
        ), name=name, **words)  # fmt: skip
    if held:
        return _said(QT_TRANSLATE_NOOP(
            "Workflow", "To {action} a story takes the role of {needed}; you is {roles}."
        ), roles=Words(held, "and"), **words)  # fmt: skip
    return _said(QT_TRANSLATE_NOOP(
        "Workflow",
        "To {action} a story takes the role of {needed}; you has no role in this library.",
    ), **words)  # fmt: skip


def own_stories_only(action: str, owner: str, senior: Iterable[str]) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "Workflow",
        "A reporter can {action} only a story of their own (this one is {owner}'s); "
        "the role of {senior} can {action} any.",
    ), action=word(action), owner=owner, senior=Words(senior, "or"))  # fmt: skip


def read_only(status: str) -> Message:
    if status == "spiked":
        return _said(QT_TRANSLATE_NOOP("Workflow", "This story is spiked; restore it to edit it."))
    if status == "killed":
        return _said(
            QT_TRANSLATE_NOOP("Workflow", "This story was killed; it can no longer change.")
        )
    if status == "published":
        return _said(QT_TRANSLATE_NOOP(
            "Workflow", "This story is published; change it only through Correct."
        ))  # fmt: skip
    return _said(QT_TRANSLATE_NOOP(
        "Workflow",
        "This story is {status} and read-only; return it to its author to edit it.",
    ), status=word(status))  # fmt: skip
