"""The editor's tools beyond the fields: completion of cities, staff names and subjects;
reading pasted web copy; import and export; the preferences and the staff list.

Built once the library is open, with the services they use. What the preferences and
the staff list change goes on the change bus; the views that show it refresh themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editorial.domain.language import COMMON_LANGUAGES
from editorial.services.library import default_library_path
from editorial.ui.dialogs.import_export import StoryTransfer
from editorial.ui.dialogs.preferences_dialog import PreferencesDialog
from editorial.ui.dialogs.staff_dialog import StaffDialog
from editorial.ui.editor.completers import (
    CityCompleter,
    GazetteerWarmer,
    StaffCompleter,
    SubjectsCompleter,
)
from editorial.ui.editor.web_copy_paste import StructuredPaste
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.theme import apply_theme_preference

if TYPE_CHECKING:
    from editorial.domain.changes import DeskChanges
    from editorial.services.desk import Desk
    from editorial.services.preferences import HouseStyleChoice, PreferencesChanges
    from editorial.settings import Preferences
    from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.library.story_desk import StoryDesk
    from editorial.ui.library.story_list_sync import StoryListSync
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_actions import WindowActions

NOTICE_MS = 8000

# What the preferences dialog needs: the preferences, the house styles to choose from
# and the spelling dictionaries installed (reading files, so gathered on the database lane).
_Gathered = tuple["Preferences", list["HouseStyleChoice"], list[str]]


def installed_dictionaries() -> list[str]:
    """The spelling dictionaries installed, none when spelling is off."""
    from editorial.services.spelling import SpellingUnavailable, installed_dictionaries

    try:
        return installed_dictionaries()
    except SpellingUnavailable:
        return []


class WindowTools(QObject):
    """`host`: the window, as the widget dialogs open over and files are dropped on."""

    def __init__(
        self,
        *,
        runner: TaskRunner,
        services: Desk,
        bus: ChangeBus,
        notices: Notices,
        editor: StoryEditor,
        actions: WindowActions,
        desk: StoryDesk,
        stories: StoryListSync,
        host: QWidget,
        removed_panel: RemovedLinesPanel | None = None,
    ) -> None:
        super().__init__(host)
        self._runner = runner
        self._preferences = services.preferences
        self._staff = services.staff
        self._bus = bus
        self._notices = notices
        self.host = host
        self.transfer = StoryTransfer(
            runner=runner,
            transfer=services.transfer,
            bus=bus,
            notices=notices,
            editor=editor,
            desk=desk,
            stories=stories,
            show_trash=actions.show_trash,
            host=host,
        )
        self.paste = StructuredPaste(
            editor, runner, services.reading, self._notify, removed_panel=removed_panel
        )
        if self.paste.removed is not None:
            self.transfer.show_removed = self.paste.removed.expect
        self.cities = CityCompleter(editor.dateline, runner)
        self.staff_names = StaffCompleter(editor.bylines, runner, services.staff)
        self.subjects = SubjectsCompleter(editor.subjects)
        self.gazetteer = GazetteerWarmer(runner, self)
        self.gazetteer.loaded.connect(self.cities.gazetteer_loaded)
        self.gazetteer.failed.connect(
            lambda error: notices.say(
                self.tr("City completion is not available: {error}").format(
                    error=error_text(error)
                ), NOTICE_MS
            )
        )
        self.preferences_dialog: PreferencesDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        actions.import_files.triggered.connect(self.transfer.ask_import)
        actions.export.triggered.connect(self.transfer.ask_export)
        actions.preferences.triggered.connect(self.open_preferences)
        actions.staff.triggered.connect(self.open_staff)
        self.cities.set_places(services.places)
        editor.dateline.places = services.places
        for action in (actions.import_files, actions.preferences, actions.staff):
            action.setEnabled(True)
        bus.changed.connect(self.changes_published)
        # The window is on screen: now the cities can load, off the GUI thread.
        self.gazetteer.start(services.places)
        problems = services.styles.catalog.problems  # built when the desk opened
        if problems:
            self._notify(self.house_styles_skipped(problems), True)

    def house_styles_skipped(self, problems: Sequence[object]) -> str:
        if len(problems) == 1:
            return self.tr("A house style file was skipped: {problem}").format(problem=problems[0])
        return self.tr(
            "A house style file was skipped: {problem} (and %n more)", "", len(problems) - 1
        ).format(problem=problems[0])

    def changes_published(self, changes: DeskChanges, initiator: object) -> None:
        if not changes.staff:
            return
        # The names offered under the byline field come from the staff list as it was.
        line = self.staff_names.line
        if line.hasFocus() and line.text().strip():
            self.staff_names.find(line.text())
        if self.staff_dialog is not None and initiator is not self.staff_dialog:
            self.staff_dialog.reload()

    def _notify(self, message: str, warning: bool) -> None:
        if warning:
            self._notices.warning(message)
        else:
            self._notices.say(message, NOTICE_MS)

    # Preferences

    def open_preferences(self) -> None:
        preferences = self._preferences

        def gather() -> _Gathered:
            return preferences.current(), preferences.house_styles(), installed_dictionaries()

        self._runner.database(gather, self._show_preferences, label="preferences", receiver=self)

    def _show_preferences(self, gathered: _Gathered) -> None:
        current, styles, dictionaries = gathered
        dialog = PreferencesDialog(
            current.values(),
            choices={"house_style": [(style.key, style.title) for style in styles]},
            descriptions={"house_style": {style.key: style.description for style in styles}},
            suggestions={"default_language": COMMON_LANGUAGES},
            locked=current.locked,
            dictionaries=dictionaries,
            default_library=str(default_library_path()),
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
        preferences = self._preferences
        self._runner.database(
            lambda: preferences.update(values),
            self._preferences_saved,
            lambda error: self._notices.error(
                self.tr("The preferences could not be saved: {error}").format(
                    error=error_text(error)
                )
            ),
            label="save preferences",
            receiver=self,
        )

    def _preferences_saved(self, changes: PreferencesChanges) -> None:
        apply_theme_preference()
        self._bus.publish(changes.changes, self)
        if "interface_language" in changes:
            # Every widget would have to set its texts again; a new start does it surely.
            self._notices.say(
                self.tr("Preferences saved. The new language is used when Editorial starts again."),
                NOTICE_MS,
            )
        else:
            self._notices.say(self.tr("Preferences saved"), NOTICE_MS)

    # Staff

    def open_staff(self) -> None:
        if self.staff_dialog is not None:
            self.staff_dialog.raise_()
            return
        dialog = StaffDialog(self._staff, self._runner, self.host)
        dialog.staff_changed.connect(lambda changes: self._bus.publish(changes, dialog))
        dialog.finished.connect(lambda _result: self._forget_staff(dialog))
        self.staff_dialog = dialog
        dialog.open()

    def _forget_staff(self, dialog: StaffDialog) -> None:
        if self.staff_dialog is dialog:
            self.staff_dialog = None
        dialog.deleteLater()
