"""The `editorial` command: the window when given no subcommand, otherwise the same
services as the window, for scripts and the desk's automation. Nothing on the command-line
paths imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from editorial import __version__
from editorial.cli_common import open_desk_for, print_json
from editorial.domain.story import Story, StorySummary

if TYPE_CHECKING:
    from editorial.services.editing import EditingService

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="editorial",
        description="A workstation for the news desk. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"editorial {__version__}")
    parser.add_argument(
        "--library",
        metavar="LOCATION",
        help="library file or SQLAlchemy URL (default: $EDITORIAL_LIBRARY, then the "
        "library in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list the stories, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.set_defaults(run=_list)

    show = commands.add_parser("show", help="show one story")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=_show)

    new = commands.add_parser("new", help="start a new story")
    new.add_argument("--headline", required=True)
    new.add_argument("--json", action="store_true", help="print the new story as JSON")
    new.set_defaults(run=_new)

    render = commands.add_parser("render", help="print a story's published HTML")
    render.add_argument("id", type=int)
    render.set_defaults(run=_render)

    from editorial.cli_files import add_file_commands

    add_file_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from editorial.ui.shell.app import run_app

        return run_app(args.library)
    from editorial.domain.errors import EditorialError

    try:
        command: Command = args.run
        return command(args)
    except EditorialError as error:
        print(f"editorial: {error}", file=sys.stderr)
        return error.exit_status
    except BrokenPipeError:  # `editorial list | head`: the reader has gone, not an error
        sys.stderr.close()
        return 0


def _editing(args: argparse.Namespace) -> EditingService:
    return open_desk_for(args).editing


def _list(args: argparse.Namespace) -> int:
    editing = _editing(args)
    summaries: list[StorySummary] = editing.list_stories(trashed=args.trash)
    if args.json:
        print_json([summary_json(s) for s in summaries])
        return 0
    for s in summaries:
        updated = s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{s.id:>5}  {s.status.value:<9}  {updated}  {s.slug or '-':<32}  {s.headline}")
    return 0


def _show(args: argparse.Namespace) -> int:
    editing = _editing(args)
    story: Story = editing.get(args.id)
    if args.json:
        print_json(story_json(story, editing.dateline_text(story)))
        return 0
    print(story.headline)
    dateline = editing.dateline_text(story)
    for label, value in (
        ("Slug", story.slug),
        ("By", "; ".join(b.name for b in story.bylines)),
        ("Dateline", dateline),
        ("Status", story.status.value),
        ("Version", str(story.version)),
    ):
        print(f"{label + ':':<10}{value}")
    print()
    if story.lede:
        print(story.lede, end="\n\n")
    print(story.body)
    return 0


def _new(args: argparse.Namespace) -> int:
    editing = _editing(args)
    story: Story = editing.create(args.headline).story
    if args.json:
        print_json(story_json(story, editing.dateline_text(story)))
    else:
        print(f"{story.id}\t{story.headline}")
    return 0


def _render(args: argparse.Namespace) -> int:
    editing = _editing(args)
    print(editing.render(editing.get(args.id)))
    return 0


def summary_json(summary: StorySummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "uri": summary.uri,
        "headline": summary.headline,
        "slug": summary.slug,
        "status": summary.status.value,
        "updated_at": summary.updated_at.isoformat(),
        "trashed_at": summary.trashed_at.isoformat() if summary.trashed_at else None,
    }


def story_json(story: Story, dateline_text: str) -> dict[str, object]:
    """The JSON shape scripts rely on; fields are only ever added to it."""

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": story.id,
        "uri": story.uri,
        "version": story.version,
        "headline": story.headline,
        "slug": story.slug,
        "bylines": [{"name": b.name, "role": b.role} for b in story.bylines],
        "dateline": {
            "city": story.dateline.city,
            "region": story.dateline.region,
            "country": story.dateline.country,
            "date": iso(story.dateline.date),
            "source": story.dateline.source,
            "text": dateline_text,
        },
        "lede": story.lede,
        "body": story.body,
        "note": story.note,
        "keywords": list(story.keywords),
        "language": story.language,
        "urgency": story.urgency,
        "subjects": list(story.subjects),
        "embargo": iso(story.embargo),
        "status": story.status.value,
        "created_at": iso(story.created_at),
        "updated_at": iso(story.updated_at),
        "trashed_at": iso(story.trashed_at),
    }
