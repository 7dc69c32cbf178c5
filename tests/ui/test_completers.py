"""Completion in the window: cities from the gazetteer, names from the staff list,
subjects from the Media Topics."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.domain.dates import read_date
from editorial.domain.gazetteer import Gazetteer
from editorial.services.places import Places, shared_places
from editorial.ui.editor.completers import (
    GazetteerWarmer,
    StaffCompleter,
    last_item_span,
    last_person_span,
)
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.tasks import TaskRunner
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import activate, new_story

GAZETTEER_MS = 60_000  # loaded once per process; slow on a busy machine


def gazetteer_loaded() -> bool:
    return shared_places().loaded() is not None


def focus(qtbot: QtBot, window: MainWindow, line: QLineEdit) -> None:
    activate(qtbot, window)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)


def test_the_item_being_typed_is_found_after_the_last_separator() -> None:
    text = "Anna Ivanova / Moscow; John Sm"
    assert text[slice(*last_person_span(text))] == "John Sm"
    assert "Anna Ivanova and Jo"[slice(*last_person_span("Anna Ivanova and Jo"))] == "Jo"
    assert "Ann"[slice(*last_person_span("Ann"))] == "Ann"
    assert "politics;  spo"[slice(*last_item_span("politics;  spo", ";"))] == "spo"


def test_city_completion_fills_region_and_country(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.waitUntil(gazetteer_loaded, timeout=GAZETTEER_MS)
    fields = window.editor.dateline
    completion = window.tools.cities
    focus(qtbot, window, fields.city)

    with qtbot.waitSignal(completion.shown):
        qtbot.keyClicks(fields.city, "Ankar")
    assert completion.choices()[0] == "Ankara, Turkey"
    assert completion.popup().isVisible()
    # Down and Enter in the popup, as an editor picks.
    qtbot.keyClick(completion.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completion.popup(), Qt.Key.Key_Return)
    assert (fields.city.text(), fields.country.text()) == ("Ankara", "Turkey")
    story = window.editor.story()
    assert story is not None and story.dateline.country == "Turkey"
    assert window.editor.dateline.reading.text().startswith("ANKARA")

    # Another script: the name stays as typed, the region comes with the city.
    fields.city.clear()
    with qtbot.waitSignal(completion.shown):
        fields.city.insert("Моск")  # as an input method types (QTest knows Latin-1 keys only)
    assert completion.choices()[0] == "Москва — Moscow, Russia"
    completion.choose(0)
    assert (fields.city.text(), fields.country.text()) == ("Москва", "Russia")

    fields.city.clear()
    with qtbot.waitSignal(completion.shown):
        qtbot.keyClicks(fields.city, "San Jos")
    row = next(i for i, c in enumerate(completion.choices()) if "California" in c)
    completion.choose(row)
    assert (fields.region.text(), fields.country.text()) == ("California", "United States")
    wait_idle(qtbot, window)


def test_staff_completion_offers_a_name_added_to_the_staff_list(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    assert window.controllers is not None
    services = window.controllers.services
    with qtbot.waitCallback() as added:
        window.runner.database(
            lambda: services.staff.add(Byline("Anna Ivanova", "Moscow correspondent")),
            added,
        )
    bylines = window.editor.bylines
    completion = window.tools.staff_names
    focus(qtbot, window, bylines)
    bylines.clear()
    qtbot.keyClicks(bylines, "John Smith; iva")
    qtbot.waitUntil(lambda: completion.choices() != [], timeout=5000)
    assert completion.choices() == ["Anna Ivanova / Moscow correspondent"]
    completion.choose(0)
    assert bylines.text() == "John Smith; Anna Ivanova / Moscow correspondent"
    story = window.editor.story()
    assert story is not None
    assert story.bylines == (Byline("John Smith"), Byline("Anna Ivanova", "Moscow correspondent"))
    bylines.undo()  # the choice is an edit like any other
    assert bylines.text() == "John Smith; iva"

    qtbot.keyClicks(bylines, "x")  # nobody: no popup
    qtbot.wait(400)
    wait_idle(qtbot, window)
    assert completion.choices() == [] and not completion.popup().isVisible()


def test_subjects_complete_from_the_media_topics(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    subjects = window.editor.subjects
    completion = window.tools.subjects
    focus(qtbot, window, subjects)
    qtbot.keyClicks(subjects, "politics; wa")
    assert completion.choices() == ["conflict, war and peace"]
    qtbot.keyClick(completion.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completion.popup(), Qt.Key.Key_Return)
    assert subjects.text() == "politics; conflict, war and peace"
    story = window.editor.story()
    assert story is not None and story.subjects == ("politics", "conflict, war and peace")


def test_a_picked_city_dates_the_dateline_by_its_own_clock(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """Apia is 13 hours ahead of UTC, Honolulu 10 behind: for all but an hour of every
    day their dates differ, and each dateline must take its own city's."""
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.waitUntil(gazetteer_loaded, timeout=GAZETTEER_MS)
    fields = window.editor.dateline
    completion = window.tools.cities
    focus(qtbot, window, fields.city)
    for typed, zone in (("Honolul", "Pacific/Honolulu"), ("Apia", "Pacific/Apia")):
        fields.city.clear()
        fields.date.clear()
        with qtbot.waitSignal(completion.shown):
            qtbot.keyClicks(fields.city, typed)
        completion.choose(0)
        local_day = dt.datetime.now(ZoneInfo(zone)).date()
        assert fields.dateline().date == local_day, typed
        fields.date.setText("today")
        fields.date.textEdited.emit("today")
        assert fields.dateline().date == local_day, typed
    wait_idle(qtbot, window)


def test_a_date_without_a_year_is_the_nearest_one() -> None:
    assert read_date("31 Dec", dt.date(2009, 1, 2)).date == dt.date(2008, 12, 31)
    assert read_date("Nov. 18", dt.date(2008, 11, 28)).date == dt.date(2008, 11, 18)
    assert read_date("29 Feb", dt.date(2009, 3, 1)).date == dt.date(2008, 2, 29)


class BlockingStaff:
    """A staff service whose answer waits for the test to let it go."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.release = threading.Event()

    def complete(self, prefix: str, limit: int = 10) -> list[Byline]:
        self.asked.set()
        self.release.wait(10)
        return [Byline("Anna Ivanova", "Moscow correspondent")]


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def delete_now(widget: QObject) -> None:
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_completer_destroyed_before_its_names_arrive_is_left_alone(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    line = QLineEdit()
    staff = BlockingStaff()
    completer = StaffCompleter(line, runner, staff)  # type: ignore[arg-type]
    line.setText("iva")
    completer.find("iva")
    qtbot.waitUntil(staff.asked.is_set, timeout=5000)
    delete_now(line)  # the window closed while the library was asked
    assert not shiboken6.isValid(completer)
    staff.release.set()
    # The answer is dropped: touching the deleted field would raise in the slot, which
    # pytest-qt reports as a failure of this test.
    qtbot.waitUntil(lambda: runner.is_idle, timeout=5000)


def test_the_gazetteer_loads_on_the_checks_lane_and_a_gone_warmer_hears_nothing(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    lanes: list[str] = []
    release = threading.Event()

    def slow_build() -> Gazetteer:
        lanes.append(QThread.currentThread().objectName())
        release.wait(10)
        return Gazetteer([])

    owner = QObject()
    warmer = GazetteerWarmer(runner, owner)
    places = Places(slow_build)
    with qtbot.waitSignal(warmer.loaded, timeout=5000):
        warmer.start(places)
        release.set()
    assert lanes == ["editorial-checks"]
    assert places.loaded() is not None

    release.clear()
    heard: list[str] = []
    warmer.loaded.connect(lambda: heard.append("loaded"))
    warmer.failed.connect(heard.append)
    warmer.start(Places(slow_build))  # a desk whose cities are not built yet
    qtbot.waitUntil(lambda: len(lanes) == 2, timeout=5000)
    delete_now(owner)
    assert not shiboken6.isValid(warmer)
    release.set()
    qtbot.waitUntil(lambda: runner.is_idle, timeout=5000)
    assert heard == []
