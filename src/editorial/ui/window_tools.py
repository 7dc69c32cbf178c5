"""The editor's tools beyond the fields, wired to the window: completion of cities, staff
names and subjects; reading pasted web copy; import and export; the preferences and the
staff list. The window makes one `WindowTools` and tells it when the library is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from editorial.settings import OPTIONS
from editorial.ui.completers import (
    CityCompleter,
    GazetteerWarmer,
    StaffCompleter,
    SubjectsCompleter,
)
from editorial.ui.import_export import StoryTransfer
from editorial.ui.message_banner import Severity
from editorial.ui.preferences_dialog import PreferencesDialog
from editorial.ui.staff_dialog import StaffDialog
from editorial.ui.story_editor import LANGUAGES
from editorial.ui.web_copy_paste import StructuredPaste

if TYPE_CHECKING:
    from editorial.services.desk import Desk
    from editorial.ui.main_window import MainWindow

NOTICE_MS = 8000

# What the preferences dialog needs: the values, the styles (key, title) and their
# descriptions; read on the database lane.
_Gathered = tuple[dict[str, Any], list[tuple[str, str]], dict[str, str]]


class WindowTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        editor = window.editor
        self.transfer = StoryTransfer(window)
        self.paste = StructuredPaste(editor, window.runner, self._notify, self._agency_domain)
        self.cities = CityCompleter(editor.dateline, window.runner)
        self.staff_names = StaffCompleter(editor.bylines, window.runner)
        self.subjects = SubjectsCompleter(editor.subjects)
        self.gazetteer = GazetteerWarmer(self)
        self.gazetteer.loaded.connect(self.cities.gazetteer_loaded)
        self.gazetteer.failed.connect(
            lambda error: window.statusBar().showMessage(
                f"City completion is not available: {error}", NOTICE_MS
            )
        )
        self.preferences_dialog: PreferencesDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        actions = window.commands
        actions.import_files.triggered.connect(self.transfer.ask_import)
        actions.export.triggered.connect(self.transfer.ask_export)
        actions.preferences.triggered.connect(self.open_preferences)
        actions.staff.triggered.connect(self.open_staff)

    def library_opened(self, desk: Desk) -> None:
        self.staff_names.set_library(desk.library)
        self.cities.set_places(desk.places)
        self.paste.places = desk.places
        self.window.editor.dateline.places = desk.places
        actions = self.window.commands
        for action in (actions.import_files, actions.preferences, actions.staff):
            action.setEnabled(True)
        # The window is on screen: now the cities can load, off the GUI thread.
        self.gazetteer.start(desk.places)
        problems = desk.styles.catalog.problems  # built when the desk opened
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self._notify(f"A house style file was skipped: {problems[0]}{more}", True)

    def _agency_domain(self) -> str:
        services = self.window.services
        return str(services.settings.get("agency_domain")) if services else "newsroom.example"

    def _notify(self, message: str, warning: bool) -> None:
        if warning:
            self.window.banner.show_message(message, Severity.WARNING)
        else:
            self.window.statusBar().showMessage(message, NOTICE_MS)

    # Preferences

    def open_preferences(self) -> None:
        services = self.window.services
        if services is None:
            return

        def gather() -> _Gathered:
            # Read the style files again: the editor may have changed them since.
            styles = services.styles.reload().styles
            values = {key: services.settings.stored(key) for key in OPTIONS}
            titles = [(key, style.title) for key, style in styles.items()]
            descriptions = {key: style.description for key, style in styles.items()}
            return values, titles, descriptions

        self.window.runner.database(gather, self._show_preferences, label="preferences")

    def _show_preferences(self, gathered: _Gathered) -> None:
        values, titles, descriptions = gathered
        dialog = PreferencesDialog(
            values,
            choices={"house_style": titles},
            descriptions={"house_style": descriptions},
            suggestions={"default_language": LANGUAGES},
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.save_preferences(dialog.values()))
        dialog.finished.connect(lambda _result: self._forget_preferences(dialog))
        self.preferences_dialog = dialog
        dialog.open()

    def _forget_preferences(self, dialog: PreferencesDialog) -> None:
        if self.preferences_dialog is dialog:
            self.preferences_dialog = None
        dialog.deleteLater()

    def save_preferences(self, values: dict[str, Any]) -> None:
        services = self.window.services
        if services is None:
            return
        settings = services.settings

        def save() -> None:
            for key, value in values.items():
                settings.set(key, value)
            settings.save()

        self.window.runner.database(
            save,
            lambda _none: self._preferences_saved(),
            lambda error: self.window.show_error(f"The preferences could not be saved: {error}"),
            label="save preferences",
        )

    def _preferences_saved(self) -> None:
        window = self.window
        services = window.services
        if services is None:
            return
        window.status.headline_limit = int(services.settings.get("headline_limit"))
        window.editor.refresh_dateline()
        story = window.editor.story()
        window.preview.show_story(story, at_once=True)
        window.status.show_story(story, at_once=True)
        window.statusBar().showMessage("Preferences saved", NOTICE_MS)

    # Staff

    def open_staff(self) -> None:
        services = self.window.services
        if services is None:
            return
        if self.staff_dialog is not None:
            self.staff_dialog.raise_()
            return
        dialog = StaffDialog(services.library, self.window.runner, self.window)
        dialog.finished.connect(lambda _result: self._forget_staff(dialog))
        self.staff_dialog = dialog
        dialog.open()

    def _forget_staff(self, dialog: StaffDialog) -> None:
        if self.staff_dialog is dialog:
            self.staff_dialog = None
        dialog.deleteLater()
