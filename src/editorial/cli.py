"""The `editorial` command: the window when given no subcommand, otherwise the same
services as the window, for scripts and the desk's automation. Nothing on the command-line
paths imports Qt.

Errors are caught in one place (`main`): an `EditorialError` is one line on stderr and its
exit status (1 for bad input or a missing story, 2 for a library that cannot be opened);
a file that cannot be read or written is named with the reason; anything else is a bug,
reported as an internal error with exit status 70 (EX_SOFTWARE), never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from editorial.app_log import logger, setup_logging

if TYPE_CHECKING:
    import argparse

    from editorial.domain.story import Story, StorySummary
    from editorial.services.editing import EditingService

Command = Callable[["argparse.Namespace"], int]


def build_parser() -> argparse.ArgumentParser:
    # argparse and the commands are loaded only here: `editorial` alone opens the window
    # without them (`window_library`).
    from editorial.cli_arguments import SafeParser, VersionAction, library_location, story_id

    parser = SafeParser(
        prog="editorial",
        description="A workstation for the news desk. With no command, opens the window.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    parser.add_argument(
        "--library",
        metavar="LOCATION",
        type=library_location,
        help="library file or SQLAlchemy URL (default: $EDITORIAL_LIBRARY, then the "
        "library in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list the stories, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.set_defaults(run=_list)

    show = commands.add_parser("show", help="show one story")
    show.add_argument("id", type=story_id)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=_show)

    new = commands.add_parser("new", help="start a new story")
    new.add_argument("--headline", required=True)
    new.add_argument("--json", action="store_true", help="print the new story as JSON")
    new.set_defaults(run=_new)

    render = commands.add_parser("render", help="print a story's published HTML")
    render.add_argument("id", type=story_id)
    render.set_defaults(run=_render)

    from editorial.cli_files import add_file_commands
    from editorial.cli_library import add_library_commands
    from editorial.cli_profiles import add_profile_commands
    from editorial.cli_publishing import add_publishing_commands
    from editorial.cli_search import add_search_commands
    from editorial.cli_workflow import add_workflow_commands

    add_file_commands(commands)
    add_workflow_commands(commands)
    add_profile_commands(commands)
    add_publishing_commands(commands)
    add_search_commands(commands)
    add_library_commands(commands)
    return parser


def window_files(
    argv: Sequence[str], commands: Collection[str]
) -> tuple[list[str], list[str]] | None:
    """`editorial [--library L] FILE...` (the desktop entry's `editorial %F`): the
    arguments without the files, and the files; None when a command is named."""
    rest: list[str] = []
    files: list[str] = []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--library":
            rest += [argument, next(arguments, "")]
        elif argument.startswith("-") and not files:
            rest.append(argument)
        elif not files and (argument in commands or not _names_a_file(argument)):
            return None
        else:
            files.append(argument)
    return (rest, files) if files else None


def window_library(argv: Sequence[str]) -> tuple[str | None] | None:
    """`editorial` or `editorial --library L` alone, the window's usual start: the
    library named (None: the default), without building the commands' parser (it
    imports every command's module, some 20 ms of the window's start); None for any
    other command line, which the parser reads as before."""
    if not argv:
        return (None,)
    if len(argv) == 1 and argv[0].startswith("--library="):
        location = argv[0].partition("=")[2]
    elif len(argv) == 2 and argv[0] == "--library":
        location = argv[1]
    else:
        return None
    # What argparse would take as an option or refuse (an empty location): the parser's.
    return (location,) if location.strip() and not location.startswith("-") else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    only_window = window_library(argv)
    if only_window is not None:  # the window sets its log up once it is painted
        from editorial.ui.shell.app import run_app

        return run_app(only_window[0], [])
    parser = build_parser()
    given = window_files(argv, _command_names(parser))
    args = parser.parse_args(given[0] if given else argv)
    setup_logging()
    if args.command is None:
        from editorial.ui.shell.app import run_app

        files = [os.path.abspath(name) for name in given[1]] if given else []
        return run_app(args.library, files)
    from editorial.cli_output import EX_SOFTWARE, complain, file_problem, protect_streams
    from editorial.domain.errors import EditorialError

    protect_streams()
    # The command's name only: its arguments may name files and URLs the log need not keep.
    logger.info("command %s", args.command)
    try:
        command: Command = args.run
        return command(args)
    except EditorialError as error:
        complain(str(error))
        return error.exit_status
    except BrokenPipeError:  # `editorial list | head`: the reader has gone, not an error
        _quiet_stdout()
        return 0
    except OSError as error:  # a file named on the command line, in words
        complain(file_problem(error), path=_filename(error))
        return 1
    except KeyboardInterrupt:  # Ctrl+C: what was under way is rolled back or removed
        complain("interrupted")
        return 130
    except Exception as error:  # a bug: said in one line, never a traceback
        logger.exception("internal error in the command %s", args.command)
        complain(f"internal error: {type(error).__name__}: {error}")
        complain("this is a bug in Editorial; please report it with the command that was run")
        return EX_SOFTWARE


def _filename(error: OSError) -> str | None:
    name = error.filename
    return os.fsdecode(name) if isinstance(name, str | bytes) else None


def _quiet_stdout() -> None:
    """After the reader of stdout has gone, point it at nothing so that Python's final
    flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (stdout captured in process)
        pass


def _editing(args: argparse.Namespace) -> EditingService:
    from editorial.cli_common import open_desk_for

    return open_desk_for(args).editing


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    import argparse

    # argparse lists a parser's commands only on its (private) subparsers action.
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _names_a_file(argument: str) -> bool:
    """A path rather than a mistyped command (`lst` stays argparse's "invalid choice")."""
    return os.path.exists(argument) or os.sep in argument or "." in os.path.basename(argument)


def _list(args: argparse.Namespace) -> int:
    from editorial.cli_output import print_json, say, summary_json

    editing = _editing(args)
    summaries: list[StorySummary] = editing.list_stories(trashed=args.trash)
    if args.json:
        print_json([summary_json(s) for s in summaries])
        return 0
    for s in summaries:
        updated = s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        say(f"{s.id:>5}  {s.status.value:<9}  {updated}  {s.slug or '-':<32}  {s.headline}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from editorial.cli_arguments import findable
    from editorial.cli_output import print_json, say, story_json

    editing = _editing(args)
    story: Story = editing.get(findable(args.id))
    if args.json:
        print_json(story_json(story, editing.dateline_text(story)))
        return 0
    lines = [story.headline]
    dateline = editing.dateline_text(story)
    for label, value in (
        ("Slug", story.slug),
        ("By", "; ".join(b.name for b in story.bylines)),
        ("Dateline", dateline),
        ("Status", story.status.value),
        ("Version", str(story.version)),
    ):
        lines.append(f"{label + ':':<10}{value}")
    lines.append("")
    if story.lede:
        lines.extend([story.lede, ""])
    lines.append(story.body)
    say("\n".join(lines))
    return 0


def _new(args: argparse.Namespace) -> int:
    from editorial.cli_arguments import text_argument
    from editorial.cli_output import print_json, say, story_json

    # A headline is one line (as the window's field and a ninjs import make it).
    headline = " ".join(text_argument(args.headline, "--headline").split())
    editing = _editing(args)
    story: Story = editing.create(headline).story
    if args.json:
        print_json(story_json(story, editing.dateline_text(story)))
    else:
        say(f"{story.id}\t{story.headline}")
    return 0


def _render(args: argparse.Namespace) -> int:
    from editorial.cli_arguments import findable
    from editorial.cli_output import say

    editing = _editing(args)
    say(editing.render(editing.get(findable(args.id))))
    return 0
