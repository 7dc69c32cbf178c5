"""The one error every reader in `editorial.formats` raises for bad input."""

from __future__ import annotations

import os

from editorial.domain.errors import BadInput
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageText, said

DEFAULT_AGENCY_DOMAIN = "newsroom.example"
"""The agency domain of new story URIs when the caller names none (the settings'
default; the CLI and the window pass the configured one)."""


class FormatError(BadInput):
    """Input that cannot become a story: malformed JSON, an unknown encoding, a binary
    file, text too large to be a story.

    `str()` names the file (when there is one), the line (when known) and the problem,
    ready to show an editor: `wire.jsonl: line 3: malformed JSON: Expecting ',' …`.
    A `message` made by `problem` carries its template, and `said` then the whole of it
    for the window to translate.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        message: str,
        *,
        line: int | None = None,
    ) -> None:
        self.path = os.fspath(path) if path is not None else None
        self.message = message
        self.line = line
        super().__init__(str(self), said=self._said())

    def __str__(self) -> str:
        parts = [part for part in (self.path, f"line {self.line}" if self.line else None) if part]
        return ": ".join([*parts, self.message])

    def _said(self) -> Message | None:
        if not isinstance(self.message, MessageText):
            return None
        if self.path and self.line:
            return _whole(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: line {line}: {problem}"),
                path=self.path, line=str(self.line), problem=self.message,
            )  # fmt: skip
        if self.path:
            return _whole(
                QT_TRANSLATE_NOOP("ImportErrors", "{path}: {problem}"),
                path=self.path, problem=self.message,
            )  # fmt: skip
        if self.line:
            return _whole(
                QT_TRANSLATE_NOOP("ImportErrors", "line {line}: {problem}"),
                line=str(self.line), problem=self.message,
            )  # fmt: skip
        return self.message.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keep the error picklable (it crosses from worker threads/processes to the window).
        return (_rebuild, (self.path, self.message, self.line))


def _whole(template: str, **arguments: str) -> Message:
    # Made afresh, not through `said`'s cache: the problem is a `MessageText`, which a
    # cached message with the same English as a plain text would lose.
    return Message(template, tuple(arguments.items()), "ImportErrors")


def _rebuild(path: str | None, message: str, line: int | None) -> FormatError:
    return FormatError(path, message, line=line)


def problem(template: str, **arguments: object) -> MessageText:
    """A `FormatError`'s problem from a template marked with
    `QT_TRANSLATE_NOOP("ImportErrors", ...)` and its values (numbers are written as the
    English does, `12,345`)."""
    shown = tuple(
        (name, f"{value:,}" if isinstance(value, int) else value if isinstance(value, str)
         else str(value))
        for name, value in arguments.items()
    )  # fmt: skip
    return MessageText(Message(template, shown, "ImportErrors"))


def words(text: str) -> MessageText:
    """Words marked with `QT_TRANSLATE_NOOP("ImportErrors", ...)` as a problem's value."""
    return MessageText(said(text, None, "ImportErrors"))
