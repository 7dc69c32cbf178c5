"""Another library in the running window: when the `library_location` preference changes
(Edit ▸ Preferences ▸ Library, the first start's setup), the window moves there at once.

What is typed is saved first (the pending autosave flushed). Then the new library is
opened, on the database lane, while the editor keeps working in the old one; only once it
is open is the old one left, as a quit leaves it: what was typed meanwhile saved, the
story's lock released, the outbox's worker, the pollers and the lanes stopped, the
connections closed. Then the composition root
runs again over the new desk (`reopen`, from `app.py`): a new window in the old one's
place, with its list, tabs and status bar, and every controller built afresh, so nothing
of the old library lingers in a widget. Where the editor was looking (the tabs, the
search's words) is carried over; the review and the story open start afresh, as the
story is not in the new library (`window_place.py`).

A location that cannot be opened (a folder that is not there, a file that is no library,
a server that does not answer) is said in the banner, and the window stays on the
library it has, losing nothing; the preference goes back to that library, so the next
start opens it too. So does a switch whose save failed (a conflict waiting for the
editor's choice): the text stays in the editor, and nothing is made at the new location.

The window's own library may have come from `--library` or `$EDITORIAL_LIBRARY`: a
location chosen in the preferences while it runs is what the editor asked for, and is
opened all the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.help_menu import masked_location

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from editorial.domain.changes import DeskChanges
    from editorial.domain.story import StorySummary
    from editorial.services.desk import Desk
    from editorial.services.preferences import PreferencesChanges
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.desk_controllers import DeskControllers
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_place import PlacedWindow
    from editorial.ui.shell.window_state import WindowState

    # Types only: the window and its place are not needed before a switch (the module
    # is not loaded for the window's first frame).
    class SwitchingWindow(PlacedWindow, Protocol):
        """What the switch takes from the main window."""

        runner: TaskRunner
        bus: ChangeBus
        notices: Notices
        state: WindowState
        controllers: DeskControllers | None

        @property
        def ready(self) -> SignalInstance: ...

        def keep_layout(self) -> None: ...

        def retire(self) -> None: ...

    # Builds the window over a desk already open: (desk, its first page, the window state).
    Reopen = Callable[["Desk", "list[StorySummary]", "WindowState"], SwitchingWindow]

KEY = "library_location"
NOTICE_MS = 8000


def chosen_location(preferred: str) -> str | None:
    """What to open for the preference: its path or URL, or None for the default library
    in the data folder (made there, with its welcome story, when there is none)."""
    from editorial.services.library import LIBRARY_ENV, default_library_path

    if preferred.strip():
        return os.path.expanduser(preferred.strip())
    # None would be `$EDITORIAL_LIBRARY`'s library when it is set: name the default.
    return str(default_library_path()) if os.environ.get(LIBRARY_ENV, "").strip() else None


def same_location(one: str | None, other: str) -> bool:
    from editorial.services.library import default_library_path

    first = one if one is not None else str(default_library_path())
    if "://" in first or "://" in other:
        return first == other
    return os.path.realpath(first) == os.path.realpath(other)


def open_library(location: str | None) -> tuple[Desk, list[StorySummary]]:
    """On the database lane: the desk over the library and its first page."""
    from editorial.services.desk import open_desk
    from editorial.ui.library.story_list_model import PAGE_SIZE

    desk = open_desk(location, keep_locally=True)
    try:
        return desk, desk.editing.list_page(limit=PAGE_SIZE)
    except BaseException:
        desk.close()
        raise


def shown_location(location: str | None) -> str:
    from editorial.services.library import default_library_path

    return masked_location(location if location is not None else str(default_library_path()))


class LibrarySwitch(QObject):
    """`switched(window)`: the new window, over the new library; `refused(message)`: the
    location could not be opened (or the last save failed) and the window stayed."""

    switched = Signal(object)
    refused = Signal(str)

    def __init__(self, window: SwitchingWindow, reopen: Reopen, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._reopen = reopen
        self._kept = ""  # the preference of the library open now, to go back to
        self.busy = False
        window.bus.changed.connect(self.changes_published)
        window.ready.connect(self._remember)
        if window.controllers is not None:
            self._remember()

    def _remember(self) -> None:
        if self._window.controllers is not None:
            self._kept = self._window.controllers.services.preferences.current().library_location

    def changes_published(self, changes: DeskChanges, initiator: object) -> None:
        controllers = self._window.controllers
        if initiator is self or KEY not in changes.preferences or controllers is None:
            return
        self.switch_to(controllers.services.preferences.current().library_location)

    def switch_to(self, preferred: str) -> None:
        """Leave the library open now for the one `preferred` names."""
        window, controllers = self._window, self._window.controllers
        if controllers is None or window.runner.is_closed or self.busy:
            return
        location = chosen_location(preferred)
        current = controllers.services.location
        if same_location(location, current):
            self._kept = preferred
            return
        self.busy = True

        def saved(ok: bool) -> None:
            if window.runner.is_closed:
                return
            if not ok:  # nothing is made at the new location
                self._unsaved(controllers)
                return
            window.notices.say(
                self.tr("Opening the library {location}…").format(
                    location=shown_location(location)
                ),
                NOTICE_MS,
            )
            window.runner.database(
                lambda: open_library(location),
                lambda opened: self._opened(*opened),
                self._refuse,
                label="switch library",
                receiver=self,
            )

        # What is typed goes into the library it was typed in; again before it is left.
        controllers.session.flush(saved)

    def _opened(self, desk: Desk, summaries: list[StorySummary]) -> None:
        window, controllers = self._window, self._window.controllers
        if controllers is None or window.runner.is_closed:  # the window closed meanwhile
            desk.close()
            return

        def saved(ok: bool) -> None:
            if window.runner.is_closed:  # the editor quit meanwhile: stay quit
                desk.close()
                return
            if ok:
                self._move(desk, summaries)
                return
            window.runner.database(desk.close, label="close library")
            self._unsaved(controllers)

        controllers.session.flush(saved)

    def _unsaved(self, controllers: DeskControllers) -> None:
        error = controllers.session.last_error
        self._stay(
            self.tr(
                "Your latest changes could not be saved, so Editorial stays on this "
                "library and keeps them in the editor: {error}"
            ).format(error=error)
        )

    def _move(self, desk: Desk, summaries: list[StorySummary]) -> None:
        old = self._window
        old.keep_layout()  # the new window takes the old one's place and size
        from editorial.ui.shell.window_place import WindowPlace

        place = WindowPlace.of(old)
        new = self._reopen(desk, summaries, old.state)
        place.give(new)
        old.retire()  # closes the library, stops its workers; deleted in a moment
        self.busy = False
        new.notices.say(
            self.tr("Now working in the library {location}").format(
                location=shown_location(desk.location)
            ),
            NOTICE_MS,
        )
        self.switched.emit(new)

    def _refuse(self, error: Exception) -> None:
        controllers = self._window.controllers
        current = controllers.services.location if controllers is not None else ""
        self._stay(
            self.tr("{error}\nYou are still working in {current}.").format(
                error=error_text(error), current=shown_location(current)
            )
        )

    def _stay(self, message: str) -> None:
        """Say why, and put the preference back to the library still open."""
        self.busy = False
        window, controllers = self._window, self._window.controllers
        window.notices.clear_line()  # "Opening the library …" is over
        window.notices.error(message)
        self.refused.emit(message)
        if controllers is None or window.runner.is_closed:
            return
        preferences, kept = controllers.services.preferences, self._kept

        def reverted(changes: PreferencesChanges) -> None:
            window.bus.publish(changes.changes, self)

        window.runner.database(
            lambda: preferences.update({KEY: kept}), reverted, label="keep library", receiver=self
        )
