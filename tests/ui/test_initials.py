"""The editor's initials in the window, on real widgets over a real library: the notes
they write are signed with them, the History tab and the desk view name people by
initials (the full name in the tooltip), initials left empty are made from the name
(Cyrillic too), and a change in the preferences shows at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.domain.review import DeskGroup
from editorial.domain.story import Status
from editorial.domain.workflow import Role
from editorial.services.desk import open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences, save_preferences
from editorial.storage.library import Library
from editorial.ui.desk.desk_model import DeskRole
from editorial.ui.dialogs.first_run_dialog import FirstRunDialog
from editorial.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.review_helpers import COPY_EDITOR, REPORTER, file_stories
from tests.ui.test_desk_view import show_desk
from tests.ui.test_main_window import new_story
from tests.ui.test_story_workflow import answer_note, history_rows, open_status, trigger

NAME = "Анна Иванова"


def test_a_note_is_signed_and_history_names_people_by_initials(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv(USER_VARIABLE)
    save_preferences(Preferences(editor_name=NAME))  # no initials chosen: made from the name
    window = make_window(library_path)
    a = window.commands
    story_id = new_story(qtbot, window)
    window.editor.headline.insert("Мост закроют в марте")  # keyClicks: ASCII only
    trigger(qtbot, window, a.submit, Status.SUBMITTED)

    dialog = answer_note(qtbot, window, a.return_story, "Назовите депутата.")
    assert dialog.signature.text() == "Signed with your initials: АИ"
    qtbot.waitUntil(lambda: open_status(window) is Status.RETURNED)
    wait_idle(qtbot, window)
    with Library.open(library_path) as library:
        (entry,) = [e for e in library.workflow.history(story_id) if e.action == "return"]
    assert (entry.by, entry.note) == (NAME, "Назовите депутата. — АИ")  # the name kept in full

    rows = history_rows(window)
    assert rows[0][1:4] == ("АИ", "Return", "Назовите депутата. — АИ")
    tip = window.history_panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert f"by {NAME}" in tip

    # Initials chosen in the preferences: the history says them at once, the next note too.
    window.tools.save_preferences({"initials": "АнИв"})
    qtbot.waitUntil(lambda: history_rows(window)[0][1] == "АнИв", timeout=10_000)
    trigger(qtbot, window, a.submit, Status.SUBMITTED)  # once the moves are offered again
    dialog = answer_note(qtbot, window, a.return_story, "Ещё раз. — АнИв")  # signed by hand
    qtbot.waitUntil(lambda: open_status(window) is Status.RETURNED)
    wait_idle(qtbot, window)
    assert history_rows(window)[0][1:4] == ("АнИв", "Return", "Ещё раз. — АнИв")  # once


def test_without_a_name_nothing_signs_and_nobody_is_invented(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv(USER_VARIABLE)
    save_preferences(Preferences())  # not the first start: the setup would be offered
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Bridge to close")
    trigger(qtbot, window, window.commands.submit, Status.SUBMITTED)
    dialog = answer_note(qtbot, window, window.commands.return_story, "Name the councillor.")
    assert not dialog.signature.isVisible() and dialog.note() == "Name the councillor."
    qtbot.waitUntil(lambda: open_status(window) is Status.RETURNED)
    wait_idle(qtbot, window)
    assert history_rows(window)[0][3] == "Name the councillor."


def test_the_desk_view_names_the_filer_by_the_initials_of_her_profile(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    file_stories(library_path, "Council votes to close the old bridge")
    window = make_window(library_path)
    show_desk(qtbot, window)
    item = window.desk_view.model.groups[DeskGroup.FILED].child(0)
    assert item.data(DeskRole.DETAILS).endswith("  ·  RR")  # made from "Rita Reporter"
    assert REPORTER in item.toolTip()

    # Her profile's own initials, kept by another desk: shown at the window's next look.
    desk = open_desk(str(library_path), Preferences())
    try:
        desk.workflow.keep_profile(REPORTER, frozenset({Role.REPORTER}), "RiRe")
    finally:
        desk.close()
    qtbot.waitUntil(
        lambda: str(
            window.desk_view.model.groups[DeskGroup.FILED].child(0).data(DeskRole.DETAILS)
        ).endswith("  ·  RiRe"),
        timeout=10_000,
    )
    assert REPORTER in window.desk_view.model.groups[DeskGroup.FILED].child(0).toolTip()


def profile_elsewhere(library: Path, *args: str) -> None:
    """`editorial profile ...` run by another program on the same library."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root / "src"), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "editorial", "--library", str(library), "profile", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_initials_changed_by_another_program_reach_the_open_window(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another machine on the shared library changes a person's profile: the History tab
    and the desk view of a window already open name her by the new initials, within the
    window's usual look at the library (no restart, no action of the editor's)."""
    monkeypatch.setenv(USER_VARIABLE, COPY_EDITOR)
    (story_id,) = file_stories(library_path)
    window = make_window(library_path)
    assert window.controllers is not None
    window.controllers.watcher.set_poll_interval(200)
    show_desk(qtbot, window)
    window.side_tabs.setCurrentWidget(window.history_panel)
    qtbot.waitUntil(lambda: window.session.story_id == story_id, timeout=10_000)
    qtbot.waitUntil(lambda: bool(history_rows(window)), timeout=10_000)

    def desk_line() -> str:
        item = window.desk_view.model.groups[DeskGroup.FILED].child(0)
        return str(item.data(DeskRole.DETAILS))

    def filer() -> str:
        return next(row[1] for row in history_rows(window) if row[2] == "Submit")

    assert desk_line().endswith("  ·  RR") and filer() == "RR"  # made from "Rita Reporter"
    told = window.controllers.watcher.people_told

    profile_elsewhere(library_path, "add", REPORTER, "--initials", "RiRe")
    qtbot.waitUntil(lambda: desk_line().endswith("  ·  RiRe"), timeout=10_000)
    qtbot.waitUntil(lambda: filer() == "RiRe", timeout=10_000)
    assert window.controllers.watcher.people_told == told + 1  # told once, not every look

    # Her profile removed there: she is named by the initials of her name again.
    profile_elsewhere(library_path, "remove", REPORTER)
    qtbot.waitUntil(lambda: desk_line().endswith("  ·  RR") and filer() == "RR", timeout=10_000)


def test_the_initials_fields_show_those_made_from_the_name_as_it_is_typed(
    qapp: object, qtbot: QtBot
) -> None:
    dialog = PreferencesDialog(Preferences(editor_name="Anna Ivanova").values())
    qtbot.addWidget(dialog)
    name, initials = dialog.editors["editor_name"], dialog.editors["initials"]
    assert initials.placeholderText() == "AI"  # type: ignore[attr-defined]
    name.setText("Павел Сидоров")  # type: ignore[attr-defined]
    assert initials.placeholderText() == "ПС"  # type: ignore[attr-defined]
    assert dialog.values()["initials"] == ""  # made from the name, not stored

    first = FirstRunDialog(
        suggested_name="", styles=[("agency", "Agency", "")], style="agency", location="",
        default_library="/tmp/library.sqlite",
    )  # fmt: skip
    qtbot.addWidget(first)
    qtbot.keyClicks(first.name, "Jean-Paul Roux")
    assert first.initials.placeholderText() == "JPR"
    assert first.values()["initials"] == ""
    qtbot.keyClicks(first.initials, "J P")
    assert first.values()["initials"] == "JP"
