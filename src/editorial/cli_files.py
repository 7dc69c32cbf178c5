"""`editorial import`, `export` and `check`: stories as files, and the checks without a
window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editorial.domain.findings import Finding, Severity
from editorial.domain.story import Story

if TYPE_CHECKING:
    from editorial.services.desk import Desk

IMPORT_FORMATS = ("auto", "web", "ninjs", "markdown")
EXPORT_FORMATS = ("ninjs", "markdown", "html")


def add_file_commands(commands: Any) -> None:
    importing = commands.add_parser(
        "import", help="import web copy, ninjs (.json/.jsonl) or Markdown files"
    )
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(run=_import)

    exporting = commands.add_parser("export", help="write a story as ninjs, Markdown or HTML")
    exporting.add_argument("id", type=int)
    exporting.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporting.add_argument("-o", "--output", metavar="FILE", help="write here, not to stdout")
    exporting.set_defaults(run=_export)

    checking = commands.add_parser(
        "check", help="check a story (by id) or a file; exits 1 on any error-level finding"
    )
    checking.add_argument("target", metavar="ID|FILE")
    checking.add_argument("--json", action="store_true", help="print JSON")
    checking.set_defaults(run=_check)


def _import(args: argparse.Namespace) -> int:
    from editorial.cli_common import open_desk_for, print_json

    report = open_desk_for(args).transfer.import_files(args.files, args.format)
    for failed in report.failed:
        print(f"editorial: {failed.error}", file=sys.stderr)
    stories = [story for result in report.files for story in result.stories]
    if args.json:
        print_json([{"id": s.id, "headline": s.headline} for s in stories])
    else:
        for story in stories:
            print(f"{story.id}\t{story.headline}")
    return 1 if report.failed else 0


def _export(args: argparse.Namespace) -> int:
    from editorial.cli_common import open_desk_for

    desk = open_desk_for(args)
    text = desk.transfer.export(desk.editing.get(args.id), args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    from editorial.cli_common import open_desk_for, print_json

    desk = open_desk_for(args)
    stories = _stories_to_check(args.target, desk)
    worst: Severity | None = None
    results: list[dict[str, object]] = []
    for label, story in stories:
        findings = desk.checking.check(story)
        for finding in findings:
            if worst is None or finding.severity.rank > worst.rank:
                worst = finding.severity
            if not args.json:
                print(format_finding(label, finding))
        results.append({"story": label, "findings": [finding_json(f) for f in findings]})
    if args.json:
        print_json(results)
    return 1 if worst is Severity.ERROR else 0


def _stories_to_check(target: str, desk: Desk) -> list[tuple[str, Story]]:
    """A number names a story in the library, unless a file of that name exists."""
    if target.isdigit() and not Path(target).exists():
        return [(target, desk.editing.get(int(target)))]
    stories = desk.reading.stories_in_file(target)
    if len(stories) == 1:
        return [(target, stories[0])]
    return [(f"{target}#{n}", story) for n, story in enumerate(stories, start=1)]


def format_finding(label: str, finding: Finding) -> str:
    """`12:body:3:14: warning: "stated" → "said" [style.word]`, as compilers print."""
    where = f"{label}:{finding.field.value}"
    if finding.line:
        where += f":{finding.line}:{finding.column}"
    shown = [f"“{s}”" for s in finding.suggestions[:3] if s.strip()]
    hint = f" (try: {', '.join(shown)})" if shown else ""
    return f"{where}: {finding.severity.value}: {finding.message}{hint} [{finding.code}]"


def finding_json(finding: Finding) -> dict[str, object]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "field": finding.field.value,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "suggestions": list(finding.suggestions),
    }
