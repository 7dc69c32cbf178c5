"""What can go wrong, in words an editor can act on: the one error vocabulary of Editorial.

Every layer raises these (storage, formats and sync raise subclasses of them), so the
window and the command line catch them without reaching into the layer that raised:
`str(error)` is a message fit for a dialog or one line on stderr, and `exit_status` is
what the `editorial` command exits with (1 for a problem with the input or a story, 2 for
a library that cannot be opened or used).
"""

from __future__ import annotations

from typing import Self

from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageText, said


class EditorialError(Exception):
    """Base of every error Editorial reports to a person.

    `said`: the same message as a template marked for translation and its values
    (`domain/translatable.py`), for the window to show in its language; None for a
    message that has only its English. `str()` stays the English (the command line's).
    An error made from a `MessageText` carries its message."""

    exit_status = 1
    said: Message | None = None

    def __init__(self, *args: object, said: Message | None = None) -> None:
        super().__init__(*args)
        if said is None and args and isinstance(args[0], MessageText):
            said = args[0].message
        if said is not None:
            self.said = said

    @classmethod
    def saying(cls, message: Message) -> Self:
        """The error whose English is `message`'s, carrying it for the window."""
        return cls(message.text, said=message)


class BadInput(EditorialError, ValueError):
    """Input that cannot become what was asked for: a malformed file, a value out of range."""


class MoveNotAllowed(BadInput):
    """A workflow move the story's state, the person's roles or the missing note forbid;
    the message names what is allowed instead. `said`: the same as a template and its
    values, for the window to show translated (None: a message from elsewhere)."""

    def __init__(self, message: str, said: Message | None = None) -> None:
        super().__init__(message, said=said)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (str(self), self.said))


class StoryError(EditorialError):
    """A problem with one story of an open library."""


class StoryNotFound(StoryError):
    def __init__(self, story_id: int) -> None:
        message = said(
            QT_TRANSLATE_NOOP("Errors", "There is no story with id {id} in this library."),
            {"id": str(story_id)},
            "Errors",
        )
        super().__init__(message.text, said=message)
        self.story_id = story_id

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.story_id,))


class StoryReadOnly(StoryError):
    """The story's state forbids editing it (approved, published, spiked, killed)."""


class VersionConflict(StoryError):
    """Someone saved the story since this copy was read; saving would lose their work."""

    def __init__(self, story_id: int, expected: int, found: int) -> None:
        message = said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Story {id} was changed elsewhere (version {found}, this copy is version "
                "{expected}). Reload it before saving.",
            ),
            {"id": str(story_id), "found": str(found), "expected": str(expected)},
            "Errors",
        )
        super().__init__(message.text, said=message)
        self.story_id = story_id
        self.expected = expected
        self.found = found

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.story_id, self.expected, self.found))


class LibraryError(EditorialError):
    """The library cannot be opened or used; nothing at its location was changed."""

    exit_status = 2


class LibraryNotWritable(LibraryError):
    pass


class LibraryMissing(LibraryError):
    """There is no library at the location yet, and the command only reads (it would not
    make one): nothing was created."""


class NotALibrary(LibraryError):
    """The location holds something that is not an Editorial library (nothing was changed)."""


class LibraryTooNew(LibraryError):
    """The library was written by a newer Editorial; opening it could damage it."""


class LibraryBusy(LibraryError):
    """Another program held the library's write lock for longer than we wait."""


class LibraryDamaged(LibraryError):
    """The library's file is damaged: it can still be read where it is whole, but Editorial
    writes nothing more to it, so recovery starts from what is there now."""
