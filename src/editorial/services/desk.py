"""The services of one open library, built together: the composition the CLI uses and the
window hands to its widgets.

The library itself is not part of the desk's surface: every use case goes through one of
the services, so the window and the command line never hold storage objects.

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

from typing import TYPE_CHECKING

from editorial.services.checking import CheckingService
from editorial.services.conflicts import ConflictService
from editorial.services.editing import EditingService
from editorial.services.frozen_payloads import PayloadRenderer
from editorial.services.journaled_editing import JournaledEditing
from editorial.services.library import open_library
from editorial.services.places import Places, shared_places
from editorial.services.preferences import PreferencesService
from editorial.services.reading import ReadingService
from editorial.services.review import ReviewService
from editorial.services.revisions import RevisionService
from editorial.services.search import SearchService
from editorial.services.staff import StaffService
from editorial.services.story_locks import LockService
from editorial.services.styles import StyleBook
from editorial.services.text_journal import TextJournal
from editorial.services.transfer import TransferService
from editorial.services.workflow import WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library

if TYPE_CHECKING:
    from editorial.services.publishing import PublishingService


class Desk:
    """Every service of one open library. `close()` closes the library (call it once the
    last task that uses a service has run)."""

    __slots__ = (
        "_holder",
        "_library",
        "_publishing",
        "checking",
        "conflicts",
        "editing",
        "location",
        "locks",
        "places",
        "preferences",
        "reading",
        "review",
        "revisions",
        "search",
        "staff",
        "styles",
        "transfer",
        "workflow",
    )

    def __init__(
        self,
        library: Library,
        holder: PreferencesHolder,
        styles: StyleBook,
        places: Places,
        journal: TextJournal | None = None,
    ) -> None:
        self._library = library
        self.location = library.location
        self.styles = styles
        self.places = places
        self.preferences = PreferencesService(holder, styles)
        self.workflow = WorkflowService(library, holder)
        # The window's saves never fail for a library that cannot be written: they go to
        # the journal (journaled_editing.py). The command line reports such a failure.
        self.editing = (
            EditingService(library, holder, styles, self.workflow)
            if journal is None
            else JournaledEditing(library, holder, journal, styles, self.workflow)
        )
        self.checking = CheckingService(library, holder, styles, places)
        self.transfer = TransferService(library, holder, styles, places)
        self.staff = StaffService(library)
        self.reading = ReadingService(holder, places, styles)
        self.locks = LockService(library, holder, self.editing)
        self.conflicts = ConflictService(library, holder)
        self.revisions = RevisionService(library, holder, styles)
        self.review = ReviewService(library, holder, self.editing)
        self.search = SearchService(library, holder)
        self._holder = holder
        self._publishing: PublishingService | None = None
        library.render_payloads_with(PayloadRenderer(holder, styles))

    @property
    def publishing(self) -> PublishingService:
        """Endpoints, the outbox and sending; built on first use, so commands that never
        publish load no HTTP client, keyring or retry library."""
        if self._publishing is None:
            from editorial.services.publishing import PublishingService

            self._publishing = PublishingService(self._library, self._holder, self.styles)
        return self._publishing

    def close(self) -> None:
        self.locks.release_all()  # a window's locks go with it
        self._library.close()


def open_desk(
    location: str | None,
    preferences: PreferencesHolder | Preferences | None = None,
    *,
    create: bool = True,
    styles: StyleBook | None = None,
    places: Places | None = None,
    keep_locally: bool = False,
    or_read_only: bool = False,
    welcome_language: str = "en",
) -> Desk:
    """Open the library (raising `LibraryError` with a message for the user) and build the
    services over it. Without `create`, a library that does not exist yet is an error.
    Preferences given as a snapshot are kept in memory only; by default
    they are loaded from, and saved to, the user's settings file. `styles` and `places`
    hand in catalogs built already (another desk's, a test's, the command line's lazy
    one); by default the house styles are read now and the process's shared gazetteer is
    built on first need. `keep_locally`: saves the library refuses go to this computer's
    journal of the library (the window), instead of failing. `welcome_language`: the
    window's language, which a new library's welcome story is written in."""
    if preferences is None:
        holder = PreferencesHolder.load()
    elif isinstance(preferences, Preferences):
        holder = PreferencesHolder(preferences)
    else:
        holder = preferences
    library = open_library(
        location, holder.current, create=create, or_read_only=or_read_only or keep_locally,
        welcome_language=welcome_language,
    )  # fmt: skip
    if not library.read_only:  # IT's preset endpoints (ones that cannot be added are left out)
        from editorial.services.system_presets import add_preset_endpoints
        from editorial.settings import machine_settings

        add_preset_endpoints(library, machine_settings())
    journal = TextJournal.for_library(library.location) if keep_locally else None
    return Desk(library, holder, styles or StyleBook(), places or shared_places(), journal)
