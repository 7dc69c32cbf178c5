"""The one error every reader in `editorial.formats` raises for bad input."""

from __future__ import annotations

import os

from editorial.domain.errors import BadInput

DEFAULT_AGENCY_DOMAIN = "newsroom.example"
"""The agency domain of new story URIs when the caller names none (the settings'
default; the CLI and the window pass the configured one)."""


class FormatError(BadInput):
    """Input that cannot become a story: malformed JSON, an unknown encoding, a binary
    file, text too large to be a story.

    `str()` names the file (when there is one), the line (when known) and the problem,
    ready to show an editor: `wire.jsonl: line 3: malformed JSON: Expecting ',' …`.
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
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [part for part in (self.path, f"line {self.line}" if self.line else None) if part]
        return ": ".join([*parts, self.message])

    def __reduce__(self) -> tuple[object, ...]:
        # Keep the error picklable (it crosses from worker threads/processes to the window).
        return (_rebuild, (self.path, self.message, self.line))


def _rebuild(path: str | None, message: str, line: int | None) -> FormatError:
    return FormatError(path, message, line=line)
