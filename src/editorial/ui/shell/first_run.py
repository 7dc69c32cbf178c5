"""This user's first start: the short setup (`FirstRunDialog`), offered over the window
once the library is open, answered or skipped. Either way the settings file is written,
so it is offered once; what it sets goes on the change bus (a house style rewrites the
open story's dateline, a name is the desk's user at once)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from editorial.services.workflow import USER_VARIABLE
from editorial.settings import OPTIONS, login_full_name
from editorial.ui.dialogs.first_run_dialog import FirstRunDialog, StyleChoice
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.translations import ENGLISH, language_for, preferred_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editorial.services.preferences import PreferencesChanges, PreferencesService
    from editorial.settings import Preferences
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner

NOTICE_MS = 6000


def setup_wanted(preferences: PreferencesService) -> bool:
    """The first start, and nobody named at the desk by the environment."""
    return preferences.is_first_start() and not os.environ.get(USER_VARIABLE, "").strip()


def suggested_name() -> str:
    """The login's full name when the system knows one (its GECOS field), never the bare
    login name: `root` is nobody's byline."""
    import getpass

    full = login_full_name()
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = ""
    return "" if full == login else full


class FirstRun(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        preferences: PreferencesService,
        bus: ChangeBus,
        notices: Notices,
        default_library: str,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self._runner = runner
        self._preferences = preferences
        self._bus = bus
        self._notices = notices
        self._default_library = default_library
        self._host = host
        self.dialog: FirstRunDialog | None = None
        if setup_wanted(preferences):
            self.offer()

    def offer(self) -> None:
        """Read the house styles (files: on the database lane), then ask."""
        preferences = self._preferences

        def gather() -> tuple[Preferences, list[StyleChoice]]:
            styles = [(s.key, s.title, s.description) for s in preferences.house_styles()]
            return preferences.current(), styles

        self._runner.database(gather, self._ask, label="first start", receiver=self)

    def _ask(self, gathered: tuple[Preferences, list[StyleChoice]]) -> None:
        current, styles = gathered
        dialog = self.dialog = FirstRunDialog(
            suggested_name=suggested_name(),
            styles=styles,
            style=current.house_style,
            location=current.library_location,
            default_library=self._default_library,
            locked=current.locked,
            parent=self._host,
        )

        def answered(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            accepted = result == FirstRunDialog.DialogCode.Accepted
            self._keep(dialog.values() if accepted else {})

        dialog.finished.connect(answered)
        dialog.open()

    def _keep(self, values: dict[str, Any]) -> None:
        if self._runner.is_closed:  # the window closed over the setup: offered next time
            return
        preferences = self._preferences
        name = str(values.get("editor_name", ""))
        values = {**values, **_stories_in_the_window_language(preferences.current())}

        def kept(changes: PreferencesChanges) -> None:
            self._bus.publish(changes.changes, self)
            if name:
                self._notices.say(self.tr("Welcome, {name}").format(name=name), NOTICE_MS)

        self._runner.database(
            lambda: preferences.update(values, always_write=True),
            kept,
            lambda error: self._notices.error(
                self.tr("Your settings could not be saved: {error}").format(error=error_text(error))
            ),
            label="first start",
            receiver=self,
        )


def _stories_in_the_window_language(current: Preferences) -> dict[str, Any]:
    """A desk whose window speaks Russian writes in Russian: at the first start, new
    stories take the window's language unless the language of new stories was chosen
    (or set for the computer by its administrator)."""
    window = language_for(preferred_language())
    untouched = current.default_language == OPTIONS["default_language"].default
    if window != ENGLISH and untouched and "default_language" not in current.locked:
        return {"default_language": window}
    return {}
