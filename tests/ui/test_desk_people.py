"""Who is at the desk, in the window: the first start asks the editor's name (and only
then), and People and Roles keeps the desk's profiles, whose roles the Desk menu follows
at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.story import Status
from editorial.domain.story import new_story as draft
from editorial.domain.workflow import Role
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder, login_full_name
from editorial.storage.library import Library
from editorial.ui.dialogs.profiles_dialog import ProfilesDialog
from editorial.ui.shell.desk_people import DeskPeople
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir


def people(window: MainWindow) -> DeskPeople:
    assert window.controllers is not None
    return window.controllers.people


def test_the_first_start_asks_the_name_and_keeps_it(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    window = make_window(library_path)
    dialog = people(window).name_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == login_full_name()  # a start the editor can accept
    dialog.name.setText("  Anna   Ivanova ")
    dialog.ok.click()
    wait_idle(qtbot, window)
    assert window.controllers is not None
    assert window.controllers.services.preferences.current().editor_name == "Anna Ivanova"
    qtbot.waitUntil(
        lambda: (
            window.controllers is not None
            and window.controllers.workflow.user is not None
            and window.controllers.workflow.user.name == "Anna Ivanova"
        )
    )
    window.close()
    again = make_window(library_path)  # the name is known now: no question
    assert people(again).name_dialog is None


def test_not_now_asks_again_next_time_and_a_name_in_the_variable_asks_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert people(make_window(library_path)).name_dialog is None  # EDITORIAL_USER is set
    monkeypatch.delenv(USER_VARIABLE)
    window = make_window(library_path)
    dialog = people(window).name_dialog
    assert dialog is not None
    dialog.reject()
    wait_idle(qtbot, window)
    assert window.controllers is not None
    assert window.controllers.services.preferences.current().editor_name == ""
    assert people(make_window(library_path)).name_dialog is not None


def submitted_story(path: Path) -> int:
    with Library.open(path) as library:
        story = library.add(draft("example.org", headline="Council votes"), by="Rita Reporter")
        assert story.id is not None
        WorkflowService(library, PreferencesHolder(Preferences())).submit(story.id)
        return story.id


def add_person(qtbot: QtBot, dialog: ProfilesDialog, name: str, *roles: Role) -> None:
    dialog.people.setCurrentItem(None)
    dialog.name.setText(name)
    dialog.initials.clear()
    for role, box in dialog.roles.items():
        box.setChecked(role in roles)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: name in [p.name for p in dialog.profiles()])


def test_people_and_roles_decide_what_the_desk_menu_offers(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    submitted_story(library_path)
    window = make_window(library_path)
    a = window.commands
    wait_idle(qtbot, window)
    assert window.editor.story() is not None
    assert window.editor.story().status is Status.SUBMITTED  # type: ignore[union-attr]
    assert a.approve.isEnabled()  # alone in the library: every role

    a.profiles.trigger()
    dialog = people(window).profiles_dialog
    assert dialog is not None and dialog.isVisible()
    add_person(qtbot, dialog, "Rita Reporter", Role.REPORTER)
    add_person(qtbot, dialog, "Desk Tester", Role.REPORTER)
    assert [p.initials for p in dialog.profiles()] == ["DT", "RR"]
    # Two people now, and the one at the desk a reporter: no approving.
    qtbot.waitUntil(lambda: not a.approve.isEnabled())
    assert not a.return_story.isEnabled()

    add_person(qtbot, dialog, "Desk Tester", Role.COPY_EDITOR)  # changed, not added
    assert len(dialog.profiles()) == 2
    qtbot.waitUntil(a.approve.isEnabled)
    dialog.resize(460, 480)
    assert dialog.grab().save(str(artifacts_dir() / "people-and-roles.png"))

    dialog.people.setCurrentRow(1)
    assert dialog.name.text() == "Rita Reporter" and dialog.roles[Role.REPORTER].isChecked()
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: [p.name for p in dialog.profiles()] == ["Desk Tester"])
    with Library.open(library_path) as library:
        kept = WorkflowService(library, PreferencesHolder(Preferences())).profiles()
    assert [(p.name, p.roles) for p in kept] == [("Desk Tester", frozenset({Role.COPY_EDITOR}))]
