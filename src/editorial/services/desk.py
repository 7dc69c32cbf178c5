"""The services of one open library, built together: the composition the CLI uses and the
window hands to its widgets.

The catalogs are built here once and handed to the services that need them, and are
immutable once built (a reload of the styles swaps in a whole new catalog):
- the house styles (about 40 ms with the imports) when the desk opens, on the window's
  database lane, so the GUI thread that formats datelines never reads a file; the
  command line hands in a lazy `StyleBook`, built on first use under a lock, so
  `editorial list` never pays for it;
- the gazetteer (about a second, 100 MB) on first need under a lock, shared by every desk
  of the process: only city lookups need it, and the window asks for it on a background
  thread as soon as the desk is open.
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
    a test's, the command line's lazy one); by default the house styles are read now and
    the process's shared gazetteer is built on first need."""
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
