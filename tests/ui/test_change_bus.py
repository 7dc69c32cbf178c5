"""The controllers are built once the desk is open, each over the services it uses; every
mutation is published on the change bus and each view refreshes only what concerns it."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

import editorial.ui
from editorial.domain.byline import Byline
from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import new_story as draft
from editorial.storage.library import Library
from editorial.ui.shell.app import application, open_library_task
from editorial.ui.shell.change_bus import ChangeBus
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.tasks import TaskRunner
from tests.ui.checks_helpers import wait_checked
from tests.ui.conftest import OPEN_TIMEOUT_MS, WindowFactory, close_window, wait_idle
from tests.ui.test_completers import focus
from tests.ui.test_main_window import new_story
from tests.ui.test_startup import process_env, run_python

HEADLINE = "Parliament approves the budget after a long night"  # 49 characters


def with_story(make_window: WindowFactory, library_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, HEADLINE)
    window.session.save_now()
    wait_checked(qtbot, window)
    return window


def publish_and_settle(
    qtbot: QtBot, window: MainWindow, changes: DeskChanges, initiator: object = None
) -> None:
    window.bus.publish(changes, initiator)
    wait_idle(qtbot, window)


# Composition


def test_the_controllers_are_built_only_once_the_desk_is_open(
    qapp: object, qtbot: QtBot, library_path: Path
) -> None:
    application()
    runner = TaskRunner()
    window = MainWindow(runner)
    runner.setParent(window)
    window.show()
    try:
        assert window.controllers is None
        with pytest.raises(LookupError, match="not open yet"):
            _ = window.desk
        story_actions = [window.commands.new_story, window.commands.save, window.commands.trash]
        story_actions += [window.commands.import_files, window.commands.preferences]
        assert not any(action.isEnabled() for action in story_actions)

        with qtbot.waitSignal(window.ready, timeout=OPEN_TIMEOUT_MS):
            runner.database(
                lambda: open_library_task(str(library_path)),
                lambda opened: window.library_opened(*opened),
            )
        controllers = window.controllers
        assert controllers is not None
        desk = controllers.services
        # Each controller holds the service it uses from the first moment, never None.
        assert controllers.session._editing is desk.editing
        assert controllers.stories._editing is desk.editing
        assert controllers.desk._editing is desk.editing
        assert controllers.checks._checking is desk.checking
        assert controllers.checks.runner._checking is desk.checking
        assert controllers.panes._preferences is desk.preferences
        tools = controllers.tools
        assert tools._preferences is desk.preferences and tools._staff is desk.staff
        assert tools.transfer._transfer is desk.transfer
        assert tools.paste._reader is desk.reading
        assert tools.staff_names._staff is desk.staff
        assert window.commands.new_story.isEnabled() and window.commands.preferences.isEnabled()
        assert not window.commands.save.isEnabled()  # no story is open yet
    finally:
        close_window(qtbot, window)


def test_no_controller_is_imported_before_the_window_is_shown(tmp_path: Path) -> None:
    later = (
        "editorial.ui.shell.desk_controllers",
        "editorial.ui.shell.window_tools",
        "editorial.services",
    )
    result = run_python(
        f"""
        import sys
        from editorial.ui.shell.app import application
        from editorial.ui.shell.main_window import MainWindow
        from editorial.ui.shell.tasks import TaskRunner
        app = application()
        runner = TaskRunner()
        window = MainWindow(runner)
        window.show()
        app.processEvents()
        print(sorted(m for m in sys.modules if m.startswith({later!r})))
        runner.shutdown()
        """,
        process_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    # The one service module the window needs at once: where the bundled icons and
    # styles are (a path lookup, no I/O of its own).
    assert result.stdout.strip() == "['editorial.services', 'editorial.services.resources']"


def test_no_controller_waits_for_a_service_that_is_not_there() -> None:
    """The guards of the time controllers were built before the library opened are
    gone, and no controller is handed the window to reach through."""
    folder = Path(editorial.ui.__file__).parent
    guard = re.compile(r"\b(services|editing|checking|staff|reader|transfer)\s+is\s+None")
    reach = re.compile(r"self\.window\.")
    for module in sorted(folder.rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert not guard.search(source), f"{module.name} still guards a missing service"
        assert not reach.search(source), f"{module.name} reaches into the window"


# The bus


class Listener(QObject):
    def __init__(self, bus: ChangeBus) -> None:
        super().__init__()
        self.heard: list[tuple[DeskChanges, object, threading.Thread]] = []
        bus.changed.connect(self.hear)

    def hear(self, changes: DeskChanges, initiator: object) -> None:
        self.heard.append((changes, initiator, threading.current_thread()))


def test_a_change_published_on_another_thread_reaches_the_views_on_the_gui_thread(
    qapp: object, qtbot: QtBot
) -> None:
    """What a poller of a shared library will do: publish from its own thread, with no
    initiator in this window."""
    bus = ChangeBus()
    listener = Listener(bus)
    changes = DeskChanges.of_stories(StoryChanges(updated=frozenset({7})))
    poller = threading.Thread(target=lambda: bus.publish(changes))
    poller.start()
    poller.join()
    qtbot.waitUntil(lambda: bool(listener.heard), timeout=5000)
    assert listener.heard == [(changes, None, threading.main_thread())]

    bus.publish(StoryChanges())  # nothing changed: nobody is bothered
    bus.publish(DeskChanges())
    qtbot.wait(50)
    assert len(listener.heard) == 1


# What each view does with a change


def test_a_new_headline_limit_rechecks_the_open_story_and_leaves_the_list_alone(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = with_story(make_window, library_path, qtbot)
    assert not [f for f in window.checks.result.findings if f.code == "count.headline-long"]  # type: ignore[union-attr]
    listings = window.controllers.stories.listings  # type: ignore[union-attr]
    rows_reset: list[bool] = []
    window.model.modelReset.connect(lambda: rows_reset.append(True))

    window.tools.save_preferences({"headline_limit": 40})  # as the dialog's OK does
    qtbot.waitUntil(lambda: window.checks.result.headline_limit == 40, timeout=20_000)  # type: ignore[union-attr]
    result = wait_checked(qtbot, window)
    long = [f for f in result.findings if f.code == "count.headline-long"]
    assert [f.message for f in long] == ["The headline is 49 characters; the limit is 40."]
    assert window.status.headline_limit == 40
    assert "Preferences saved" in window.status.currentMessage()
    assert window.controllers.stories.listings == listings and not rows_reset  # type: ignore[union-attr]


def test_a_preference_no_open_story_shows_refreshes_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = with_story(make_window, library_path, qtbot)
    generation = window.checks.runner.generation
    rendered: list[str] = []
    window.preview.rendered.connect(rendered.append)

    publish_and_settle(qtbot, window, DeskChanges(preferences=frozenset({"editor_name"})))
    assert window.checks.runner.generation == generation
    assert rendered == []

    publish_and_settle(qtbot, window, DeskChanges(preferences=frozenset({"house_style"})))
    assert window.checks.runner.generation == generation + 1  # checked again
    assert len(rendered) == 1  # and drawn again in the new house style


def test_a_word_added_to_the_dictionary_goes_on_the_bus_and_rechecks(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = with_story(make_window, library_path, qtbot)
    listener = Listener(window.bus)
    generation = window.checks.runner.generation
    window.checks.accept_word("Gazprombank", keep=True)
    qtbot.waitUntil(lambda: bool(listener.heard), timeout=5000)
    [(changes, initiator, _thread)] = listener.heard
    assert changes.dictionary == {"en"} and initiator is window.checks
    assert window.checks.runner.generation == generation + 1  # checked again
    checking = window.controllers.services.checking  # type: ignore[union-attr]
    assert "Gazprombank" in checking.dictionary_words("en")

    generation = window.checks.runner.generation
    publish_and_settle(qtbot, window, DeskChanges(staff=True))  # not the checks' concern
    assert window.checks.runner.generation == generation


def test_a_story_saved_in_the_window_updates_its_row_from_the_story_in_hand(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = with_story(make_window, library_path, qtbot)
    listings = window.controllers.stories.listings  # type: ignore[union-attr]
    listener = Listener(window.bus)  # kept: a view deleted hears nothing more
    heard = listener.heard
    qtbot.keyClicks(window.editor.headline, ", again")
    window.session.save_now()
    wait_idle(qtbot, window)
    [(changes, initiator, _thread)] = heard
    assert initiator is window.session
    assert changes.stories.updated == {window.session.story_id}
    assert [s.headline for s in window.model.summaries()] == [HEADLINE + ", again"]
    assert window.controllers.stories.listings == listings  # type: ignore[union-attr]


def test_a_story_saved_elsewhere_updates_its_row_and_leaves_the_open_story_alone(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with Library.open(library_path) as library:
        other = library.add(draft("example.org", headline="Budget talks resume"))
    assert other.id is not None
    window = with_story(make_window, library_path, qtbot)
    open_id = window.session.story_id
    assert [s.headline for s in window.model.summaries()] == [HEADLINE, "Budget talks resume"]
    with Library.open(library_path) as library:  # another process on the same library
        library.save(library.get(other.id).edited(headline="Budget passes, opposition walks out"))
    generation = window.checks.runner.generation
    editor_before = window.editor.story()

    changes = StoryChanges(updated=frozenset({other.id}))
    publish_and_settle(qtbot, window, DeskChanges.of_stories(changes))  # as a poller would
    headlines = [s.headline for s in window.model.summaries()]
    assert headlines == ["Budget passes, opposition walks out", HEADLINE]
    assert window.session.story_id == open_id
    assert window.list_panel.view.selected_id() == open_id  # its row stays selected
    assert window.editor.story() == editor_before
    assert window.checks.runner.generation == generation


def test_a_staff_member_added_elsewhere_is_offered_under_the_byline_at_once(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    bylines = window.editor.bylines
    completion = window.tools.staff_names
    focus(qtbot, window, bylines)
    bylines.clear()  # a new story starts with the editor's own byline
    qtbot.keyClicks(bylines, "iva")
    qtbot.wait(400)
    wait_idle(qtbot, window)
    assert completion.choices() == []  # nobody on the staff list yet

    with Library.open(library_path) as library:
        library.staff.add(Byline("Anna Ivanova", "Moscow correspondent"))
    publish_and_settle(qtbot, window, DeskChanges(staff=True))
    qtbot.waitUntil(lambda: completion.choices() != [], timeout=5000)
    assert completion.choices() == ["Anna Ivanova / Moscow correspondent"]
    assert bylines.text() == "iva"  # offered, not typed for the editor


def test_the_staff_dialog_shows_a_change_made_elsewhere(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    window.tools.open_staff()
    dialog = window.tools.staff_dialog
    assert dialog is not None
    wait_idle(qtbot, window)
    assert dialog.names() == []
    listener = Listener(window.bus)  # kept: a view deleted hears nothing more
    heard = listener.heard
    dialog.name.setText("John Smith")
    dialog.add_person()
    qtbot.waitUntil(lambda: dialog.names() == ["John Smith"], timeout=5000)
    assert [(c.staff, i) for c, i, _ in heard] == [(True, dialog)]

    with Library.open(library_path) as library:
        library.staff.add(Byline("Anna Ivanova"))
    publish_and_settle(qtbot, window, DeskChanges(staff=True))
    qtbot.waitUntil(lambda: dialog.names() == ["Anna Ivanova", "John Smith"], timeout=5000)
    dialog.reject()
