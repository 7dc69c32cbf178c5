"""`editorial import`, `export` and `check`: stories as files, and the checks without a
window."""

from __future__ import annotations

import argparse
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editorial.cli_arguments import file_name, findable, story_id
from editorial.cli_output import (
    EX_SOFTWARE,
    complain,
    file_problem,
    finding_json,
    format_finding,
    print_json,
    say,
)
from editorial.domain.errors import BadInput, EditorialError, LibraryMissing
from editorial.domain.findings import Severity
from editorial.domain.removed_copy import removed_json
from editorial.domain.story import Story

if TYPE_CHECKING:
    from editorial.services.desk import Desk
    from editorial.services.transfer import FileImport, TransferService

IMPORT_FORMATS = ("auto", "web", "html", "ninjs", "markdown", "docx", "odt", "eml")
EXPORT_FORMATS = ("ninjs", "markdown", "html")
ARCHIVE_FORMAT = "ninjs-jsonl"  # the whole library, one ninjs item a line


def add_file_commands(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help="import web copy (.txt), web pages (.html), ninjs (.json/.jsonl), Markdown, "
        "Word (.docx), OpenDocument (.odt) or e-mail (.eml)",
    )
    importing.add_argument("files", nargs="+", metavar="FILE", type=file_name)
    importing.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(run=_import, parser=importing)

    exporting = commands.add_parser(
        "export",
        help="write a story as ninjs, Markdown or HTML; --all: the whole library as ninjs "
        "JSON Lines (--format ninjs-jsonl), which `import` reads back",
    )
    exporting.add_argument("id", metavar="ID|FILE", nargs="?",
                           help="the story; with --all, the file to write (or -o)")  # fmt: skip
    exporting.add_argument("--all", action="store_true", help="every story of the library")
    exporting.add_argument("--format", choices=(*EXPORT_FORMATS, ARCHIVE_FORMAT), required=True)
    exporting.add_argument("-o", "--output", metavar="FILE", type=file_name,
                           help="write here, not to stdout")  # fmt: skip
    exporting.set_defaults(run=_export, parser=exporting)

    checking = commands.add_parser(
        "check", help="check a story (by id) or a file; exits 1 on any error-level finding"
    )
    checking.add_argument("target", metavar="ID|FILE", type=file_name)
    checking.add_argument("--json", action="store_true", help="print JSON")
    checking.set_defaults(run=_check)


def _import(args: argparse.Namespace) -> int:
    """File by file, each kept whole or not at all, its outcome printed as soon as it is
    known; a file that fails never stops the ones after it."""
    from editorial.cli_common import open_desk_for

    if "-" in args.files:  # the convention for standard input, which a file's format,
        # its all-or-nothing import and its name in every message all need to be a file
        args.parser.error("stories are imported from files, not from standard input (-): "
                          "save the copy to a file and import that")  # fmt: skip
    transfer = open_desk_for(args).transfer
    rows: list[dict[str, object]] = []
    try:
        return _import_each(transfer, args, rows)
    finally:  # what was kept is reported, even when the library fails on a later file
        if args.json:
            print_json(rows)


def _import_each(transfer: TransferService, args: argparse.Namespace,
                 rows: list[dict[str, object]]) -> int:  # fmt: skip
    status = 0
    done = 0  # files whose outcome is known (kept, or not)
    try:
        for path in args.files:
            result = _imported(transfer, args.format, path)
            done += 1
            status = max(status, _said_of(result, path, args, rows))
    except KeyboardInterrupt:  # a file's transaction is rolled back: none of it is kept
        left = args.files[done:]
        more = f", nor of the {len(left) - 1} after it" if len(left) > 1 else ""
        complain(f"interrupted: nothing of this file was imported{more}",
                 path=left[0] if left else None)  # fmt: skip
        return 130
    return status


def _imported(transfer: TransferService, chosen: str, path: str) -> FileImport | None:
    """The file imported, or None for a bug (said: this file is not kept, the others go
    on). A library that cannot be used is raised: no later file would fare better."""
    try:
        return transfer.import_file(path, chosen)
    except EditorialError:
        raise
    except Exception as error:
        complain(f"internal error: {type(error).__name__}: {error}", path=path)
        return None


def _said_of(result: FileImport | None, path: str, args: argparse.Namespace,
             rows: list[dict[str, object]]) -> int:  # fmt: skip
    """A file's outcome printed (and kept in `rows`): 0, 1 (the file's problem) or
    EX_SOFTWARE (a bug)."""
    if result is None:
        return EX_SOFTWARE
    status = 0
    if result.error is not None:
        named = result.error.startswith(f"{path}:")
        complain(result.error, path=None if named else path)
        status = 1
    for warning in result.warnings:
        complain(warning, path=path, warning=True)
    file_rows = _import_rows(result)
    rows.extend(file_rows)
    if not args.json:
        for row in file_rows:
            say(_import_line(row))
        sys.stdout.flush()
    return status


def _import_rows(result: FileImport) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for action, stories in (("added", result.added), ("updated", result.updated)):
        for story in stories:
            rows.append({"id": story.id, "headline": story.headline, "action": action,
                         "version": story.version, "file": result.path,
                         "removed": removed_json(result.removed_from(story.uri))})  # fmt: skip
    for skipped in result.skipped:
        rows.append({"id": skipped.story_id, "headline": skipped.headline, "action": "skipped",
                     "reason": skipped.reason, "file": result.path,
                     "removed": removed_json(result.removed_from(skipped.uri))})  # fmt: skip
    return rows


def _import_line(row: dict[str, object]) -> str:
    """`7\tHeadline`, `7\tHeadline (updated to version 3)`, `-\tHeadline (skipped: …)`."""
    if row["action"] == "updated":
        return f"{row['id']}\t{row['headline']} (updated to version {row['version']})"
    if row["action"] == "skipped":
        return f"-\t{row['headline']} (skipped: {row['reason']})"
    return f"{row['id']}\t{row['headline']}"


def _export(args: argparse.Namespace) -> int:
    from editorial.cli_common import open_desk_for

    if args.all or args.format == ARCHIVE_FORMAT:
        return _export_all(args)
    if args.id is None:
        args.parser.error("name the story to export (an id), or --all")
    try:
        number = story_id(args.id)
    except argparse.ArgumentTypeError as error:
        args.parser.error(f"argument ID|FILE: {error}")
    desk = open_desk_for(args)
    text = desk.transfer.export(desk.editing.get(findable(number)), args.format)
    text = text if text.endswith("\n") else text + "\n"
    if args.output:
        write_output(args.output, text)
    elif sys.stdout.isatty():
        say(text.removesuffix("\n"))  # on a terminal, controls made visible
    else:
        sys.stdout.write(text)  # into a pipe or file: the export exactly
    return 0


def _export_all(args: argparse.Namespace) -> int:
    """Every story as one ninjs line, written as it is read (memory stays flat whatever
    the library's size). A file is written beside its place and put there whole at the
    end: an export that fails leaves no half archive under the name."""
    from editorial.cli_common import open_desk_for

    if not (args.all and args.format == ARCHIVE_FORMAT):
        args.parser.error(f"--all goes with --format {ARCHIVE_FORMAT}, and it with --all")
    if args.id is not None and args.output is not None:
        args.parser.error("name the file once: FILE or -o FILE")
    target = args.output if args.output is not None else args.id
    try:
        target = target if target is None else file_name(target)
    except argparse.ArgumentTypeError as error:
        args.parser.error(f"argument ID|FILE: {error}")
    lines = open_desk_for(args).transfer.archive_lines()
    if target is None or target == "-":
        for line in lines:
            sys.stdout.write(line)
        return 0
    count = write_whole(target, lines)
    say(f"{count} stories written to {target}")
    return 0


def write_whole(path: str, lines: Iterable[str]) -> int:
    """Write `lines` to a new file at `path` through a temporary file beside it, synced
    and renamed into place; the number of lines. Failures are `BadInput` naming the file."""
    folder = Path(path).absolute().parent
    if "\x00" in path:
        raise BadInput(f"{path}: cannot write: a file name cannot hold a NUL character")
    if not folder.is_dir():
        raise BadInput(f"{path}: cannot write: there is no folder {folder}")
    if Path(path).is_dir():
        raise BadInput(f"{path}: cannot write: it is a folder")
    if Path(path).exists() and not Path(path).is_file():
        # Renaming over it would replace a device, pipe or socket with the archive.
        raise BadInput(f"{path}: cannot write: not a file but a pipe, socket or device")
    count = 0
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", errors="surrogateescape", dir=folder,
            prefix=f".{Path(path).name}.", suffix=".partial", delete=False,
        ) as handle:  # fmt: skip
            partial = Path(handle.name)
            try:
                # The temporary file is made private (0600); the export is a file like any
                # other the user writes, or keeps the mode of the one it replaces.
                os.fchmod(handle.fileno(), _mode_for(path))
                for line in lines:
                    handle.write(line)
                    count += 1
                handle.flush()
                os.fsync(handle.fileno())
            except BaseException:
                handle.close()
                partial.unlink(missing_ok=True)
                raise
        os.replace(partial, path)
    except OSError as error:
        raise BadInput(f"{path}: cannot write: {file_problem(error)}") from None
    return count


def _mode_for(path: str) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:  # a new file: what the umask allows
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def write_output(path: str, text: str) -> None:
    """Write an export to `path`: a file whole or not at all (through a temporary file
    beside it, as `write_whole`: an interrupted or failed write never leaves half a
    story in place of the file that was there); a pipe or device as it is, opened without
    waiting (a FIFO nobody reads would block for ever). Every failure is a `BadInput`
    naming the file."""
    if "\x00" not in path and (not os.path.exists(path) or os.path.isfile(path)):
        write_whole(path, [text])
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NONBLOCK", 0)
    folder = Path(path).parent
    if "\x00" in path:
        raise BadInput(f"{path}: cannot write: a file name cannot hold a NUL character")
    try:
        descriptor = os.open(path, flags, 0o666)
    except OSError as error:
        if not folder.is_dir():
            raise BadInput(f"{path}: cannot write: there is no folder {folder}") from None
        if error.errno == errno.ENXIO:
            raise BadInput(f"{path}: cannot write: nothing is reading from this pipe") from None
        raise BadInput(f"{path}: cannot write: {file_problem(error)}") from None
    try:
        os.set_blocking(descriptor, True)
        with open(descriptor, "w", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(text)
    except OSError as error:
        raise BadInput(f"{path}: cannot write: {file_problem(error)}") from None


def _check(args: argparse.Namespace) -> int:

    desk = _desk_to_check(args)
    stories = _stories_to_check(args.target, desk)
    worst: Severity | None = None
    results: list[dict[str, object]] = []
    for label, story in stories:
        findings = desk.checking.check(story)
        for finding in findings:
            if worst is None or finding.severity.rank > worst.rank:
                worst = finding.severity
            if not args.json:
                say(format_finding(label, finding))
        results.append({"story": label, "findings": [finding_json(f) for f in findings]})
    if args.json:
        print_json(results)
    return 1 if worst is Severity.ERROR else 0


def _desk_to_check(args: argparse.Namespace) -> Desk:
    """The library's desk; for a file when there is no library yet, a desk over an empty
    library in memory (the house styles and dictionaries, without the desk's own words),
    since checking a file must not create a library."""
    from editorial.cli_common import open_desk_for

    try:
        return open_desk_for(args)
    except LibraryMissing:
        if _names_a_story(args.target):
            raise
        return open_desk_for(args, in_memory=True)


def _names_a_story(target: str) -> bool:
    return target.isascii() and target.isdigit() and not Path(target).exists()


def _stories_to_check(target: str, desk: Desk) -> list[tuple[str, Story]]:
    """A number names a story in the library, unless a file of that name exists."""
    if _names_a_story(target):
        try:
            number = story_id(target)
        except argparse.ArgumentTypeError as error:
            raise BadInput(str(error)) from None
        return [(target, desk.editing.get(findable(number)))]
    read = desk.reading.stories_in_file(target)
    for warning in read.warnings:
        complain(warning, path=target, warning=True)
    if len(read.stories) == 1:
        return [(target, read.stories[0])]
    return [(f"{target}#{n}", story) for n, story in enumerate(read.stories, start=1)]
