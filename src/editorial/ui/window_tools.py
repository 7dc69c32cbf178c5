"""The editor's tools beyond the fields, wired to the window: completion of cities, staff
names and subjects; reading pasted web copy; import and export; the preferences and the
staff list. The window makes one `WindowTools` and tells it when the library is open;
every use case goes through the desk's services on the task runner's lanes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

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
    from editorial.services.preferences import HouseStyleChoice, PreferencesChanges
    from editorial.settings import Preferences
    from editorial.ui.desk_window import DeskWindow
    from editorial.ui.story_desk import StoryDesk

NOTICE_MS = 8000

# What the preferences dialog needs: the preferences and the house styles to choose
# from (reading the style files the first time, so gathered on the database lane).
_Gathered = tuple["Preferences", list["HouseStyleChoice"]]


class WindowTools(QObject):
    """`host`: the window, as the widget dialogs open over and files are dropped on."""

    def __init__(self, window: DeskWindow, desk: StoryDesk, host: QWidget) -> None:
        super().__init__(host)
        self.window = window
        self.host = host
        editor = window.editor
        self.transfer = StoryTransfer(window, desk, host)
        self.paste = StructuredPaste(editor, window.runner, self._notify)
        self.cities = CityCompleter(editor.dateline, window.runner)
        self.staff_names = StaffCompleter(editor.bylines, window.runner)
        self.subjects = SubjectsCompleter(editor.subjects)
        self.gazetteer = GazetteerWarmer(window.runner, self)
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
        self.staff_names.set_service(desk.staff)
        self.paste.set_reader(desk.reading)
        self.cities.set_places(desk.places)
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

        preferences = services.preferences

        def gather() -> _Gathered:
            return preferences.current(), preferences.house_styles()

        self.window.runner.database(
            gather, self._show_preferences, label="preferences", receiver=self
        )

    def _show_preferences(self, gathered: _Gathered) -> None:
        current, styles = gathered
        dialog = PreferencesDialog(
            current.values(),
            choices={"house_style": [(style.key, style.title) for style in styles]},
            descriptions={"house_style": {style.key: style.description for style in styles}},
            suggestions={"default_language": LANGUAGES},
            parent=self.host,
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
        preferences = services.preferences
        self.window.runner.database(
            lambda: preferences.update(values),
            self._preferences_saved,
            lambda error: self.window.show_error(f"The preferences could not be saved: {error}"),
            label="save preferences",
            receiver=self,
        )

    def _preferences_saved(self, changes: PreferencesChanges) -> None:
        window = self.window
        window.status.headline_limit = changes.preferences.headline_limit
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
        dialog = StaffDialog(services.staff, self.window.runner, self.host)
        dialog.finished.connect(lambda _result: self._forget_staff(dialog))
        self.staff_dialog = dialog
        dialog.open()

    def _forget_staff(self, dialog: StaffDialog) -> None:
        if self.staff_dialog is dialog:
            self.staff_dialog = None
        dialog.deleteLater()
