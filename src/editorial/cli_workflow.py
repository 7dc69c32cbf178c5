"""`editorial submit|approve|return|spike|restore|correct|kill ID [--note TEXT]` and
`editorial history ID [--json]`: the desk's workflow without a window, by the current user
(the preferences' name, else `$EDITORIAL_USER`, else the login).

A corrected story submitted without `--note` gets the correction note drafted from what
changed since the version last published (said on stderr); when nothing a reader sees
changed, the note must be given."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from editorial.cli_arguments import findable, story_id, text_argument
from editorial.cli_output import complain, print_json, say

if TYPE_CHECKING:
    from editorial.domain.workflow import HistoryEntry
    from editorial.services.desk import Desk
    from editorial.services.workflow import WorkflowService

# Each command, its help, and whether a note is required: the workflow itself refuses a
# move without its note (exit 1, as any refused move), so argparse does not.
MOVE_COMMANDS: tuple[tuple[str, str, bool], ...] = (
    (
        "submit",
        "file a draft (or a returned or corrected story) for review; a correction's "
        "note is drafted from its changes unless --note gives it",
        False,
    ),
    ("approve", "approve a submitted story", False),
    ("return", "return a story to its author with a note (--note required)", True),
    ("spike", "shelve a story (the trash); restore brings it back", False),
    ("restore", "bring a spiked story back to the state it had", False),
    (
        "correct",
        "open a published story's new version to correct (the note comes at submit)",
        False,
    ),
    ("kill", "withdraw a published story for good (--note: the reason)", True),
)


def add_workflow_commands(commands: Any) -> None:
    for name, help_text, needs_note in MOVE_COMMANDS:
        move = commands.add_parser(name, help=help_text)
        move.add_argument("id", type=story_id)
        move.add_argument(
            "--note", default="", help="why, in a line" + (" (required)" if needs_note else "")
        )
        move.add_argument("--json", action="store_true", help="print the story as JSON")
        move.set_defaults(run=_move)

    history = commands.add_parser("history", help="who moved a story, when, and why")
    history.add_argument("id", type=story_id)
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(run=_history)


def _workflow(args: argparse.Namespace) -> WorkflowService:
    from editorial.cli_common import open_desk_for

    return open_desk_for(args).workflow


def _move(args: argparse.Namespace) -> int:
    import datetime as dt

    from editorial.cli_common import open_desk_for
    from editorial.cli_output import story_json
    from editorial.domain.story_lock import being_edited_message

    note = text_argument(args.note, "--note")
    desk = open_desk_for(args)
    workflow = desk.workflow
    story_number = findable(args.id)
    if args.command == "submit" and not note.strip():
        note = _drafted_correction_note(desk, story_number)
    moves = {
        "submit": lambda: workflow.submit(story_number, note=note),
        "approve": lambda: workflow.approve(story_number, note=note),
        "return": lambda: workflow.return_(story_number, note),
        "spike": lambda: workflow.spike(story_number, note=note),
        "restore": lambda: workflow.restore(story_number, note=note),
        "correct": lambda: workflow.correct(story_number, note=note),
        "kill": lambda: workflow.kill(story_number, note),
    }
    # A soft lock does not stop the command line (scripts move stories), but a move on a
    # story someone is typing in is said: what it moved is the text the library holds.
    lock = desk.locks.held_elsewhere(story_number) if args.command != "restore" else None
    story = moves[args.command]().story
    if lock is not None and not lock.is_stale(dt.datetime.now(dt.UTC)):
        complain(
            f"{being_edited_message(lock)}: {args.command} moved the text the library holds, "
            "not what is still being typed there",
            warning=True,
        )
    if args.json:
        print_json(story_json(story, ""))
    else:
        say(f"{story.id}\t{story.status.value}\tversion {story.version}\t{story.headline}")
    return 0


def _drafted_correction_note(desk: Desk, story_number: int) -> str:
    """For a corrected story: the note drafted from its changes since publication."""
    from editorial.domain.errors import MoveNotAllowed
    from editorial.domain.story import Status

    if desk.editing.get(story_number).status is not Status.CORRECTED:
        return ""
    note = desk.revisions.correction_draft(story_number).note
    if not note:
        raise MoveNotAllowed(
            "Nothing a reader sees has changed since the version published; to submit the "
            "correction, give its note with --note."
        )
    complain(f"drafted the correction note: {note}", warning=False)
    return note


def history_json(entry: HistoryEntry) -> dict[str, object]:
    return {
        "at": entry.at.isoformat(),
        "by": entry.by,
        "action": entry.action,
        "status": entry.status.value,
        "note": entry.note,
        "version": entry.version,
    }


def _history(args: argparse.Namespace) -> int:
    entries = _workflow(args).history(findable(args.id))
    if args.json:
        print_json([history_json(entry) for entry in entries])
        return 0
    for entry in entries:
        at = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
        note = f"  “{entry.note}”" if entry.note else ""
        say(f"{at}  v{entry.version:<4} {entry.action:<8} {entry.status.value:<9}  "
            f"{entry.by}{note}")  # fmt: skip
    return 0
