"""What every `editorial` command shares: opening the desk the arguments name. Kept apart
from `cli.py` so that the command modules (`cli_files.py`) and the parser that lists them
do not import each other (what they print is `cli_output.py`)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from editorial.cli_output import complain
from editorial.domain.errors import BadInput

if TYPE_CHECKING:
    from editorial.services.desk import Desk


# Only these commands may create a library; the others only read and need one to exist.
CREATING_COMMANDS = frozenset({"new", "import"})


# A library that lives and dies with the command: for checking a file when the editor has
# no library yet (a read-only command never creates one on disk).
IN_MEMORY = "sqlite://"


def open_desk_for(
    args: argparse.Namespace, *, create: bool | None = None, in_memory: bool = False
) -> Desk:
    from editorial.services.desk import open_desk
    from editorial.services.styles import StyleBook

    if create is None:
        create = args.command in CREATING_COMMANDS

    # The house styles are read when a command first formats or checks (`list` never
    # does); an editor's style file that cannot be used is named, and skipped.
    def warn(problem: Exception) -> None:
        complain(str(problem), warning=True)

    from editorial.settings import system_settings_problems

    # IT's system-wide file: what in it cannot be used is said (and left out) every time.
    for problem in system_settings_problems():
        complain(problem, warning=True)
    location = IN_MEMORY if in_memory else args.library
    create = create or in_memory
    # A library that cannot be written still answers the commands that read it; a command
    # that writes is told it cannot be written when it tries.
    return open_desk(
        location,
        create=create,
        styles=StyleBook(lazy=True, report=warn),
        or_read_only=not create,
    )


def read_secret_line(what: str, limit: int) -> str:
    """One line of standard input holding a secret (a password, an endpoint's token): asked
    for without echo at a terminal, read to `limit` bytes from a pipe, so that the secret
    never has to stand on a command line. `what` names it in the prompt and the errors."""
    stream = sys.stdin
    try:
        if stream is not None and stream.isatty():
            return getpass.getpass(f"{what.capitalize()}: ")
        data = stream.buffer.readline(limit) if stream is not None else b""
    except (OSError, ValueError, AttributeError, EOFError):
        raise BadInput(f"The {what} could not be read from standard input.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"The {what} on standard input is not UTF-8 text.") from None
