"""Correct, assisted, and the story's versions, in the window on real widgets over a real
library: Correct opens the published story's new version at once; its Submit shows the
word diff from the version published with the drafted correction note to edit; the
History tab compares any two versions and restores one as a new version. And the desk's
Spike and Restore are offered by the rule the moves follow (whose story it is, too).

Pictures for a reviewer go to artifacts/: the correction dialog and the comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.changes import DeskChanges
from editorial.domain.story import Status
from editorial.domain.story import new_story as draft
from editorial.domain.workflow import Role
from editorial.services.editing import EditingService
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import artifacts_dir
from tests.ui.test_story_workflow import history_rows, open_status

PICTURE_SIZE = (1024, 700)
HEADLINE = "Russia urges resumption of Georgia talks"
LEDE = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks on European "
    "security to resume."
)
BODY = (
    "Speaking to reporters in Ankara, the minister said dialogue was the only way forward.\n\n"
    "He said 12 warships would take part in the joint exercise in the Black Sea next month, "
    "and that observers from Turkey had been invited.\n\n"
    "Talks between the two sides broke off in August."
)
CORRECTED_BODY = BODY.replace("12 warships", "15 warships").replace("August", "September")


@pytest.fixture
def desk_user(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(USER_VARIABLE, "Carla Desk")
    return "Carla Desk"


def services(library: Library) -> tuple[EditingService, WorkflowService]:
    holder = PreferencesHolder(Preferences())
    workflow = WorkflowService(library, holder)
    return EditingService(library, holder, workflow=workflow), workflow


def published_story(path: Path) -> int:
    with Library.open(path) as library:
        editing, workflow = services(library)
        story = editing.create(HEADLINE).story
        assert story.id is not None
        editing.save(story.edited(lede=LEDE, body=BODY), explicit=True)
        workflow.submit(story.id)
        workflow.approve(story.id)
        workflow.mark_published(story.id)
        return story.id


def save_picture(qtbot: QtBot, widget: object, name: str) -> None:
    widget.resize(*PICTURE_SIZE)  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert widget.grab().save(str(artifacts_dir() / name))  # type: ignore[attr-defined]


def open_correction(qtbot: QtBot, window: MainWindow, picture: str = "") -> None:
    """Desk ▸ Correct: no note asked (nothing has changed yet), only what follows said."""
    wait_idle(qtbot, window)
    window.commands.correct.trigger()
    controller = window.controllers.workflow  # type: ignore[union-attr]
    box = controller.correct_question
    assert box is not None and box.isVisible() and controller.note_dialog is None
    assert "drafts the correction note" in box.informativeText()
    if picture:
        assert box.grab().save(str(artifacts_dir() / picture))
    (button,) = [b for b in box.buttons() if b.text() == "Open Correction"]
    button.click()
    qtbot.waitUntil(lambda: open_status(window) is Status.CORRECTED)
    wait_idle(qtbot, window)


def test_correct_opens_the_new_version_and_its_submit_drafts_the_note_from_the_diff(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    story_id = published_story(library_path)
    window = make_window(library_path)
    a = window.commands
    assert window.session.story_id == story_id and open_status(window) is Status.PUBLISHED
    assert window.editor.body.isReadOnly()

    open_correction(qtbot, window, picture="correct-question.png")
    controller = window.controllers.workflow  # type: ignore[union-attr]
    assert not window.editor.body.isReadOnly()
    window.editor.body.setPlainText(CORRECTED_BODY)
    wait_idle(qtbot, window)

    a.submit.trigger()
    qtbot.waitUntil(lambda: controller.correction_dialog is not None)
    dialog = controller.correction_dialog
    assert dialog is not None and dialog.isVisible()
    fragment = dialog.diff.fragment
    assert '<del class="diff-del">12</del><ins class="diff-ins">15</ins>' in fragment
    assert '<del class="diff-del">August</del><ins class="diff-ins">September</ins>' in fragment
    assert "Headline" not in fragment  # only what changed is shown
    drafted = dialog.text.toPlainText()
    assert drafted == (
        "Corrects a figure in the third paragraph and a date in the fourth paragraph."
    )
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Submit Correction"
    save_picture(qtbot, dialog, "correction-dialog-1024x700.png")

    dialog.text.setPlainText("")  # a correction is never filed without its note
    assert not dialog.ok.isEnabled()
    note = "Corrects the number of warships and the month talks broke off."
    dialog.text.setPlainText(note)
    # The note is signed with the editor's initials (made from the name: none chosen).
    assert dialog.signature.isVisible() and "CD" in dialog.signature.text()
    dialog.ok.click()
    qtbot.waitUntil(lambda: open_status(window) is Status.SUBMITTED)
    wait_idle(qtbot, window)
    signed = f"{note} — CD"
    assert history_rows(window)[0][1:4] == ("CD", "Submit", signed)
    with Library.open(library_path) as library:
        stored = library.get(story_id)
    assert stored.status is Status.SUBMITTED and stored.body == CORRECTED_BODY
    assert stored.note == signed and stored.version == 8


def test_correct_cancelled_opens_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    published_story(library_path)
    window = make_window(library_path)
    wait_idle(qtbot, window)
    window.commands.correct.trigger()
    box = window.controllers.workflow.correct_question  # type: ignore[union-attr]
    assert box is not None
    box.reject()
    wait_idle(qtbot, window)
    assert open_status(window) is Status.PUBLISHED and window.editor.body.isReadOnly()


def test_a_cancelled_correction_files_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    published_story(library_path)
    window = make_window(library_path)
    open_correction(qtbot, window)
    window.commands.submit.trigger()
    controller = window.controllers.workflow  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.correction_dialog is not None)
    dialog = controller.correction_dialog
    assert dialog is not None
    # Nothing changed yet: nothing is drafted, and the editor is told what to write.
    assert dialog.text.toPlainText() == "" and not dialog.ok.isEnabled()
    assert "nothing a reader sees has changed" in dialog.hint.text()
    dialog.reject()
    wait_idle(qtbot, window)
    assert open_status(window) is Status.CORRECTED


def saved_versions(path: Path) -> int:
    with Library.open(path) as library:
        editing, _ = services(library)
        story = editing.create(HEADLINE).story
        story = editing.save(story.edited(lede=LEDE, body=BODY), explicit=True).story
        editing.save(story.edited(body=CORRECTED_BODY), explicit=True)
        assert story.id is not None
        return story.id


def test_any_two_versions_are_compared_and_any_restored_as_a_new_one(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    story_id = saved_versions(library_path)
    window = make_window(library_path)
    panel = window.history_panel
    window.side_tabs.setCurrentWidget(panel)
    wait_idle(qtbot, window)
    assert [row[4] for row in history_rows(window)] == ["3", "2"]
    assert not panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()

    panel.select_versions(2, 3)
    assert panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()
    versions = window.controllers.versions  # type: ignore[union-attr]
    panel.compare_button.click()
    qtbot.waitUntil(lambda: versions.compare_dialog is not None)
    compare = versions.compare_dialog
    assert compare is not None and compare.isVisible()
    assert '<del class="diff-del">12</del><ins class="diff-ins">15</ins>' in compare.diff.fragment
    assert "version 2" in compare.heading.text() and "current text" in compare.heading.text()
    save_picture(qtbot, compare, "compare-versions-1024x700.png")
    compare.reject()

    panel.select_versions(2)
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    qtbot.waitUntil(lambda: window.editor.body.toPlainText() == BODY)
    wait_idle(qtbot, window)
    rows = history_rows(window)
    assert rows[0][1:5] == ("CD", "Restore version", "Restored version 2.", "4")
    with Library.open(library_path) as library:
        stored = library.get(story_id)
        assert stored.body == BODY and stored.version == 4
        # The text it replaced is kept: nothing is lost by a restore.
        assert [r.story.body for r in library.revisions(story_id)][-1] == CORRECTED_BODY


def test_a_read_only_story_offers_compare_but_no_restore(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    published_story(library_path)
    window = make_window(library_path)
    panel = window.history_panel
    wait_idle(qtbot, window)
    panel.select_versions(2)
    assert panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()


def test_spike_and_restore_are_offered_only_as_the_workflow_allows(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    with Library.open(library_path) as library:
        _, workflow = services(library)
        workflow.keep_profile("Rita Reporter", frozenset({Role.REPORTER}))
        workflow.keep_profile("Carl Copy", frozenset({Role.COPY_EDITOR}))
        spiked = library.add(draft("example.org", headline="Carl's spiked"), by="Carl Copy")
        assert spiked.id is not None
        monkeypatch.setenv(USER_VARIABLE, "Carl Copy")
        workflow.spike(spiked.id)
        monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
        theirs = library.add(draft("example.org", headline="Carl's draft"), by="Carl Copy")
    window = make_window(library_path)
    a = window.commands
    assert window.session.story_id == theirs.id
    wait_idle(qtbot, window)
    # A reporter submits anyone's draft but spikes only her own: the service's rule.
    assert a.submit.isEnabled() and not a.trash.isEnabled()

    a.show_trash.trigger()
    qtbot.waitUntil(lambda: window.model.trashed and window.model.row_of(spiked.id) is not None)
    window.list_panel.view.setCurrentIndex(window.model.index_of(spiked.id))
    qtbot.waitUntil(lambda: window.session.story_id == spiked.id)
    wait_idle(qtbot, window)
    assert not a.restore.isEnabled() and not window.list_panel.restore_button.isEnabled()
    window.list_panel.restore_button.click()  # disabled: nothing happens
    wait_idle(qtbot, window)
    assert window.model.row_of(spiked.id) is not None

    monkeypatch.setenv(USER_VARIABLE, "Carl Copy")  # Carl takes the chair
    window.bus.publish(DeskChanges(preferences=frozenset({"editor_name"})))
    qtbot.waitUntil(window.list_panel.restore_button.isEnabled)
    assert a.restore.isEnabled()
    window.list_panel.restore_button.click()
    qtbot.waitUntil(lambda: window.model.row_of(spiked.id) is None)


def test_typing_refreshes_a_hidden_history_only_when_it_is_shown(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    saved_versions(library_path)
    window = make_window(library_path)
    window.side_tabs.setCurrentWidget(window.checks_panel)
    wait_idle(qtbot, window)
    assert [row[4] for row in history_rows(window)] == ["3", "2"]
    window.editor.body.setPlainText("Typed while the history is hidden.")
    window.session.save_now()  # an autosave's write, without waiting for its timer
    wait_idle(qtbot, window)
    assert [row[4] for row in history_rows(window)] == ["3", "2"]  # not read again yet
    window.side_tabs.setCurrentWidget(window.history_panel)
    qtbot.waitUntil(lambda: [row[4] for row in history_rows(window)] == ["4", "3", "2"])
