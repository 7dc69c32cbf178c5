"""The services of one open library, built together: the composition the CLI uses and the
window hands to its widgets."""

from __future__ import annotations

from dataclasses import dataclass

from editorial.services.checking import CheckingService
from editorial.services.editing import EditingService
from editorial.services.library import open_library
from editorial.services.styles import StyleBook
from editorial.services.transfer import TransferService
from editorial.settings import Settings
from editorial.storage.library import Library


@dataclass(frozen=True, slots=True)
class Desk:
    library: Library
    settings: Settings
    styles: StyleBook
    editing: EditingService
    checking: CheckingService
    transfer: TransferService

    def close(self) -> None:
        self.library.close()


def open_desk(
    location: str | None, settings: Settings | None = None, *, create: bool = True
) -> Desk:
    """Open the library (raising `LibraryError` with a message for the user) and build the
    services over it. Without `create`, a library that does not exist yet is an error."""
    settings = settings or Settings.load()
    library = open_library(location, settings, create=create)
    styles = StyleBook()
    return Desk(
        library=library,
        settings=settings,
        styles=styles,
        editing=EditingService(library, settings, styles),
        checking=CheckingService(library, settings, styles),
        transfer=TransferService(library, settings, styles),
    )
