"""What can go wrong when opening or writing a library, in words an editor can act on."""

from __future__ import annotations


class LibraryError(Exception):
    """Base of every storage error; `str(error)` is a message fit for a dialog."""


class LibraryNotWritable(LibraryError):
    pass


class NotALibrary(LibraryError):
    """The location holds something that is not an Editorial library (nothing was changed)."""


class LibraryTooNew(LibraryError):
    """The library was written by a newer Editorial; opening it could damage it."""


class StoryNotFound(LibraryError):
    def __init__(self, story_id: int) -> None:
        super().__init__(f"There is no story with id {story_id} in this library.")
        self.story_id = story_id


class VersionConflict(LibraryError):
    """Someone saved the story since this copy was read; saving would lose their work."""

    def __init__(self, story_id: int, expected: int, found: int) -> None:
        super().__init__(
            f"Story {story_id} was changed elsewhere (version {found}, this copy is version "
            f"{expected}). Reload it before saving."
        )
        self.story_id = story_id
        self.expected = expected
        self.found = found
