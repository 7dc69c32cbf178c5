"""Arguments of the `editorial` commands that need more than argparse's types: a story
id, a file name or library location that is there, and text that must be storable."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any

from editorial import installed_version
from editorial.domain.errors import BadInput, StoryNotFound

LARGEST_STORY_ID = 2**63 - 1  # SQLite's largest integer
_STORY_ID = re.compile(r"[0-9]{1,100}")


def story_id(text: str) -> int:
    """An argument naming a story: a whole number from 1 (argparse reports anything
    else as a usage error). A number too large for any library is a story that is not
    there (`findable`), not a usage error."""
    value = int(text) if _STORY_ID.fullmatch(text.strip()) else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a story id (a whole number from 1)")
    return value


def entry_number(text: str) -> int:
    """An argument naming an outbox entry: a whole number from 1, as a story id is."""
    try:
        return story_id(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not an outbox entry number (a whole number from 1)"
        ) from None


def findable(story_id: int) -> int:
    """The id, if a library could hold it; else `StoryNotFound` at once, before the
    number reaches the database."""
    if story_id > LARGEST_STORY_ID:
        raise StoryNotFound(story_id)
    return story_id


def text_argument(value: str, name: str) -> str:
    """Text given as an argument; bytes that are not UTF-8 (kept by Python as lone
    surrogates) cannot be stored, so they are refused, never silently changed."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{name} is not valid UTF-8 text") from None
    return value


def file_name(text: str) -> str:
    """A file to read or write. An empty one is a usage error: it is what a script's unset
    variable gives (`-o "$OUT"`), and taken as a path it names the current folder."""
    if not text:
        raise argparse.ArgumentTypeError("the file name is empty")
    return text


def library_location(text: str) -> str:
    """`--library`: an empty location is a usage error, not the user's own library (a
    script's `--library "$DESK"` with DESK unset meant another one)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "the location is empty (a library file or a database URL)"
        )
    return text


class SafeParser(argparse.ArgumentParser):
    """argparse, with the arguments it quotes in usage errors shown safely."""

    def _print_message(self, message: str, file: Any = None) -> None:
        from editorial.cli_output import printable  # only to say what was wrong

        super()._print_message(printable(message), file)


class VersionAction(argparse.Action):
    """argparse's `version` action, with the version looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"editorial {installed_version()}")
        parser.exit()
