"""The services of one open library, built together: the composition the CLI uses and the
window hands to its widgets.

The library itself is not part of the desk's surface: every use case goes through one of
the services, so the window and the command line never hold storage objects.
"""

from __future__ import annotations

from editorial.services.checking import CheckingService
from editorial.services.editing import EditingService
from editorial.services.library import open_library
from editorial.services.preferences import PreferencesService
from editorial.services.reading import ReadingService
from editorial.services.staff import StaffService
from editorial.services.styles import StyleBook
from editorial.services.transfer import TransferService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library


class Desk:
    """Every service of one open library. `close()` closes the library (call it once the
    last task that uses a service has run)."""

    __slots__ = (
        "_library",
        "checking",
        "editing",
        "preferences",
        "reading",
        "staff",
        "styles",
        "transfer",
    )

    def __init__(self, library: Library, holder: PreferencesHolder, styles: StyleBook) -> None:
        self._library = library
        self.styles = styles
        self.preferences = PreferencesService(holder, styles)
        self.editing = EditingService(library, holder, styles)
        self.checking = CheckingService(library, holder, styles)
        self.transfer = TransferService(library, holder, styles)
        self.staff = StaffService(library)
        self.reading = ReadingService(holder)

    def close(self) -> None:
        self._library.close()


def open_desk(
    location: str | None,
    preferences: PreferencesHolder | Preferences | None = None,
    *,
    create: bool = True,
) -> Desk:
    """Open the library (raising `LibraryError` with a message for the user) and build the
    services over it. Without `create`, a library that does not exist yet is an error.
    Preferences given as a snapshot are kept in memory only; by default
    they are loaded from, and saved to, the user's settings file."""
    if preferences is None:
        holder = PreferencesHolder.load()
    elif isinstance(preferences, Preferences):
        holder = PreferencesHolder(preferences)
    else:
        holder = preferences
    library = open_library(location, holder.current, create=create)
    return Desk(library, holder, StyleBook())
