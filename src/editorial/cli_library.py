"""`editorial backup DEST`, `editorial check-library` and `editorial library-password`:
keeping the library safe, and the password a shared (PostgreSQL) library is opened with.

The password is read from standard input (without echo at a terminal), never taken as an
argument: the shell's history and `ps` would show it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editorial.cli_arguments import file_name
from editorial.cli_common import read_secret_line
from editorial.cli_output import print_json, say
from editorial.domain.errors import BadInput, LibraryDamaged

_PASSWORD_LIMIT = 4097


def add_library_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="copy the library to a new file, safely while it is in use (SQLite)"
    )
    backup.add_argument("destination", metavar="DEST", type=_backup_file)
    backup.set_defaults(run=_backup)
    check = commands.add_parser("check-library", help="check that the library is whole")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index if it is out of step"
    )
    check.set_defaults(run=_check)
    password = commands.add_parser(
        "library-password",
        help="keep the password of a PostgreSQL library (--library) in the system keyring",
    )
    password.add_argument("--forget", action="store_true", help="remove it from the keyring")
    password.set_defaults(run=_password)


def _backup_file(text: str) -> Path:
    return Path(file_name(text))


def _backup(args: argparse.Namespace) -> int:
    from editorial.services.maintenance import backup_library

    shown, copy = backup_library(args.library, args.destination)
    say(f"{shown} backed up to {copy}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from editorial.services.maintenance import check_library, repair_library

    repaired: str | None = None
    notes: list[str] = []
    if args.repair:
        shown, repaired, problems = repair_library(args.library)
    else:
        found = check_library(args.library)
        shown, problems, notes = found.shown, found.problems, found.notes
    if args.json:
        print_json({"library": shown, "ok": not problems, "problems": problems,
                    "repaired": repaired, "notes": notes})  # fmt: skip
    else:
        if repaired is not None:
            say(f"{shown}: repaired: {repaired}")
        for problem in problems:
            say(f"{shown}: {problem}")
        if not problems:
            say(f"{shown}: ok" + "".join(f" ({note})" for note in notes))
    return LibraryDamaged.exit_status if problems else 0


def _password(args: argparse.Namespace) -> int:
    from editorial.services.library_password import (
        forget_password,
        keep_password,
        password_name,
    )

    if not args.library:
        raise BadInput("Name the library: editorial --library postgresql+psycopg://ROLE@HOST/"
                       "DATABASE library-password")  # fmt: skip
    if args.forget:
        gone = forget_password(args.library)
        say("forgotten" if gone else "the keyring held no password for that library")
        return 0
    password_name(args.library)  # a location that cannot have one is said before asking
    name = keep_password(args.library, read_secret_line("password", _PASSWORD_LIMIT))
    say(f"the password of {name} is kept in the system keyring")
    return 0

