"""The errors the library raises: the shared vocabulary of `editorial.domain.errors`,
re-exported here so storage code names them where it raises them."""

from __future__ import annotations

from editorial.domain.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    LibraryNotWritable,
    LibraryTooNew,
    NotALibrary,
    StoryNotFound,
    VersionConflict,
)

__all__ = [
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryError",
    "LibraryMissing",
    "LibraryNotWritable",
    "LibraryTooNew",
    "NotALibrary",
    "StoryNotFound",
    "VersionConflict",
]
