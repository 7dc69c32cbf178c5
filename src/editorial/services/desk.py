"""The services of one open library, built together: the composition the CLI uses and the
window hands to its widgets.

The catalogs are built here once and handed to the services that need them: the house
styles when the desk opens (a few milliseconds; every command formats or checks with
them), the gazetteer on first need under a lock (about a second, and only city lookups
need it, so `editorial list` never builds it; the window asks for it on a background lane
right after the desk opens). Both are immutable once built; a reload of the styles swaps
in a whole new catalog.
"""

from __future__ import annotations

from dataclasses import dataclass

from editorial.services.checking import CheckingService
from editorial.services.editing import EditingService
from editorial.services.library import open_library
from editorial.services.places import Places, shared_places
from editorial.services.styles import StyleBook
from editorial.services.transfer import TransferService
from editorial.settings import Settings
from editorial.storage.library import Library


@dataclass(frozen=True, slots=True)
class Desk:
    library: Library
    settings: Settings
    styles: StyleBook
    places: Places
    editing: EditingService
    checking: CheckingService
    transfer: TransferService

    def close(self) -> None:
        self.library.close()


def open_desk(
    location: str | None,
    settings: Settings | None = None,
    *,
    styles: StyleBook | None = None,
    places: Places | None = None,
) -> Desk:
    """Open the library (raising `LibraryError` with a message for the user) and build the
    services over it. `styles` and `places` hand in catalogs built already (another desk's,
    a test's); by default the house styles are read now, and the process's shared gazetteer
    is built on first need."""
    settings = settings or Settings.load()
    library = open_library(location, settings)
    styles = styles or StyleBook()
    places = places or shared_places()
    return Desk(
        library=library,
        settings=settings,
        styles=styles,
        places=places,
        editing=EditingService(library, settings, styles),
        checking=CheckingService(library, settings, styles, places),
        transfer=TransferService(library, settings, styles, places),
    )
