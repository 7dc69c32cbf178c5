"""Who is at the desk, in the window: the first start offers a short setup (name, house
style, library; skippable, and only then), and People and Roles keeps the desk's
profiles, whose roles the Desk menu follows at once."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial import settings as settings_module
from editorial.domain.story import Status
from editorial.domain.story import new_story as draft
from editorial.domain.workflow import Role
from editorial.services.library import default_library_path
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder, config_dir
from editorial.storage.library import Library
from editorial.ui.dialogs.first_run_dialog import FirstRunDialog
from editorial.ui.dialogs.profiles_dialog import ProfilesDialog
from editorial.ui.shell.desk_people import DeskPeople
from editorial.ui.shell.first_run import FirstRun, suggested_name
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir, new_story


def people(window: MainWindow) -> DeskPeople:
    assert window.controllers is not None
    return window.controllers.people


def first_run(window: MainWindow) -> FirstRun:
    assert window.controllers is not None
    return window.controllers.first_run


def setup_dialog(qtbot: QtBot, window: MainWindow) -> FirstRunDialog:
    qtbot.waitUntil(lambda: first_run(window).dialog is not None, timeout=10_000)
    dialog = first_run(window).dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_first_start_offers_a_setup_and_keeps_the_answers(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    window = make_window(library_path)
    dialog = setup_dialog(qtbot, window)
    assert dialog.name.text() == suggested_name() != getpass.getuser()  # never `root`
    assert dialog.name.accessibleName() and dialog.house_style.accessibleName()
    styles = [dialog.house_style.itemData(i) for i in range(dialog.house_style.count())]
    assert {"agency", "ap", "reuters"} <= set(styles)
    assert dialog.library.on_file.isChecked() and dialog.library.location() == ""
    assert dialog.library.path.placeholderText() == str(default_library_path())
    dialog.resize(640, 420)
    assert dialog.grab().save(str(artifacts_dir() / "first-start.png"))
    dialog.name.setText("  Anna   Ivanova ")
    dialog.house_style.setCurrentIndex(styles.index("ap"))
    assert "AP" in dialog.style_note.text() or dialog.style_note.text()
    dialog.start.click()
    qtbot.waitUntil(lambda: first_run(window).dialog is None)
    wait_idle(qtbot, window)
    assert window.controllers is not None
    kept = window.controllers.services.preferences.current()
    assert (kept.editor_name, kept.house_style, kept.library_location) == (
        "Anna Ivanova", "ap", ""
    )
    qtbot.waitUntil(
        lambda: (
            window.controllers is not None
            and window.controllers.workflow.user is not None
            and window.controllers.workflow.user.name == "Anna Ivanova"
        )
    )
    new_story(qtbot, window)
    assert window.editor.bylines.text() == "Anna Ivanova"
    window.close()
    again = make_window(library_path)  # set up: no second offer
    wait_idle(qtbot, again)
    assert first_run(again).dialog is None


def test_a_skipped_setup_is_not_offered_again_and_signs_no_story_with_the_login(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    window = make_window(library_path)
    dialog = setup_dialog(qtbot, window)
    dialog.skip.click()
    qtbot.waitUntil(lambda: first_run(window).dialog is None)
    wait_idle(qtbot, window)
    assert (config_dir() / "settings.json").is_file()  # answered: not offered again
    assert window.controllers is not None
    assert window.controllers.services.preferences.current().editor_name == ""
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    assert window.editor.bylines.text() == ""  # not BY ROOT
    story = window.editor.story()
    assert story is not None and story.bylines == ()
    qtbot.waitUntil(lambda: "structure.missing-byline" in finding_codes(window), timeout=10_000)
    window.close()
    again = make_window(library_path)
    wait_idle(qtbot, again)
    assert first_run(again).dialog is None


@pytest.mark.parametrize(("window_language", "stories_in"), [("ru", "ru"), ("en", "en")])
def test_a_desk_whose_window_speaks_russian_writes_new_stories_in_russian(
    make_window: WindowFactory,
    library_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    window_language: str,
    stories_in: str,
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    monkeypatch.setattr(
        "editorial.ui.shell.first_run.preferred_language", lambda: window_language
    )
    window = make_window(library_path)
    setup_dialog(qtbot, window).skip.click()
    qtbot.waitUntil(lambda: first_run(window).dialog is None)
    wait_idle(qtbot, window)
    assert window.controllers is not None
    current = window.controllers.services.preferences.current()
    assert current.default_language == stories_in
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    story = window.editor.story()
    assert story is not None and story.language == stories_in


def test_a_window_closed_over_the_setup_closes_and_offers_it_next_time(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    window = make_window(library_path)
    setup_dialog(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    qtbot.wait(100)
    assert not (config_dir() / "settings.json").exists()
    again = make_window(library_path)
    setup_dialog(qtbot, again)


def test_a_name_in_the_variable_or_a_settings_file_offers_no_setup(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(library_path)  # EDITORIAL_USER is set (tests/conftest.py)
    wait_idle(qtbot, window)
    assert first_run(window).dialog is None
    monkeypatch.delenv(USER_VARIABLE)
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.json").write_text('{"theme": "light"}')
    window = make_window(library_path)
    wait_idle(qtbot, window)
    assert first_run(window).dialog is None


def test_the_setup_greys_what_the_administrator_set(
    make_window: WindowFactory,
    library_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv(USER_VARIABLE)
    config = tmp_path / "config.toml"
    config.write_text('locked = ["house_style"]\n[preferences]\nhouse_style = "reuters"\n')
    monkeypatch.setattr(settings_module, "machine_settings",
                        lambda: settings_module.read_system_settings(config))  # fmt: skip
    window = make_window(library_path)
    dialog = setup_dialog(qtbot, window)
    assert not dialog.house_style.isEnabled()
    assert dialog.house_style.currentData() == "reuters"
    assert "administrator" in dialog.house_style.toolTip()
    assert "house_style" not in dialog.values()
    dialog.name.setText("Anna Ivanova")
    dialog.accept()
    qtbot.waitUntil(lambda: first_run(window).dialog is None)
    wait_idle(qtbot, window)
    assert window.controllers is not None
    kept = window.controllers.services.preferences.current()
    assert (kept.editor_name, kept.house_style) == ("Anna Ivanova", "reuters")


def finding_codes(window: MainWindow) -> set[str]:
    model = window.checks_panel.model
    found = (model.finding_at(row) for row in range(model.rowCount()))
    return {finding.code for finding in found if finding is not None}


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
