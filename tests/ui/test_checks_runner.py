"""The checks lane and the debounced checks runner, with a stand-in checking service."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.story import Story
from editorial.services.spelling import SpellingUnavailable
from editorial.settings import Preferences
from editorial.ui.checks.checks_runner import CheckResult, ChecksRunner
from editorial.ui.shell.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


class FakeSpeller:
    tag = "en_US"


class FakeChecking:
    """Records which lane each call ran on; `delay` makes a check slow."""

    def __init__(self, delay: float = 0.0, speller: object = FakeSpeller()) -> None:
        self.delay = delay
        self.speller_lanes: list[str] = []
        self.checked: list[tuple[str, str]] = []  # (lane, body)
        self._speller = speller

    def speller(self, language: str) -> object:
        self.speller_lanes.append(QThread.currentThread().objectName())
        return self._speller

    def preferences(self) -> Preferences:
        return Preferences(headline_limit=80)

    def check(
        self, story: Story, *, now: Any = None, suggestions: bool = True, preferences: Any = None
    ) -> list[Finding]:
        self.checked.append((QThread.currentThread().objectName(), story.body))
        time.sleep(self.delay)
        return [Finding("spelling", Severity.WARNING, "m", Field.BODY, 0, 1, 1, 1)]


def story(body: str, language: str = "en") -> Story:
    return Story(uri="urn:x", body=body, language=language, id=1)


def test_the_checks_lane_runs_off_the_gui_thread_and_drops_replaced_work(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    gate = threading.Event()
    ran: list[tuple[str, str]] = []

    def work(name: str) -> str:
        if name == "first":
            gate.wait(5)
        ran.append((name, QThread.currentThread().objectName()))
        return name

    delivered: list[str] = []
    runner.checks(lambda: work("first"), delivered.append, key="k")
    qtbot.waitUntil(lambda: runner.checks_lane.isRunning())
    time.sleep(0.05)  # "first" is running; the next two wait behind it
    runner.checks(lambda: work("second"), delivered.append, key="k")
    runner.checks(lambda: work("third"), delivered.append, key="k")
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle)
    assert ran == [("first", "editorial-checks"), ("third", "editorial-checks")]
    assert delivered == ["first", "third"]
    assert runner.shutdown() and not runner.checks_lane.isRunning()


def test_edits_in_quick_succession_make_one_check(runner: TaskRunner, qtbot: QtBot) -> None:
    checking = FakeChecking()
    checks = ChecksRunner(runner, checking, delay_ms=100)  # type: ignore[arg-type]
    results: list[CheckResult] = []
    checks.checked.connect(results.append)
    for length in range(1, 11):
        checks.schedule(story("x" * length))
    assert checks.busy
    qtbot.waitUntil(lambda: bool(results) and not checks.busy, timeout=5000)
    assert [body for _, body in checking.checked] == ["x" * 10]
    assert checking.speller_lanes == ["editorial-database"]  # the library's words, once
    assert {lane for lane, _ in checking.checked} == {"editorial-checks"}
    result = results[0]
    assert result.dictionary == "en_US" and result.headline_limit == 80
    assert result.counts.body.characters == 10 and len(result.findings) == 1

    checks.check_now(story("again"))  # the speller is loaded now: no database call
    qtbot.waitUntil(lambda: len(results) == 2 and not checks.busy, timeout=5000)
    assert checking.speller_lanes == ["editorial-database"]


def test_a_result_for_an_older_text_is_not_delivered(runner: TaskRunner, qtbot: QtBot) -> None:
    checking = FakeChecking(delay=0.3)
    checks = ChecksRunner(runner, checking, delay_ms=10)  # type: ignore[arg-type]
    results: list[str] = []
    checks.checked.connect(lambda result: results.append(result.story.body))
    checks.check_now(story("old"))
    qtbot.waitUntil(lambda: len(checking.checked) == 1, timeout=5000)
    checks.schedule(story("new"))
    qtbot.waitUntil(lambda: not checks.busy, timeout=5000)
    assert [body for _, body in checking.checked] == ["old", "new"]
    assert results == ["new"]


def test_no_story_cancels_a_waiting_check(runner: TaskRunner, qtbot: QtBot) -> None:
    checking = FakeChecking()
    checks = ChecksRunner(runner, checking, delay_ms=50)  # type: ignore[arg-type]
    checks.schedule(story("typed"))
    checks.schedule(None)
    assert not checks.busy
    qtbot.wait(150)
    assert checking.checked == []


def test_a_failing_check_is_reported(runner: TaskRunner, qtbot: QtBot) -> None:
    class Broken(FakeChecking):
        def check(
            self,
            story: Story,
            *,
            now: Any = None,
            suggestions: bool = True,
            preferences: Any = None,
        ) -> list[Finding]:
            raise RuntimeError("gazetteer missing")

    checks = ChecksRunner(runner, Broken(), delay_ms=10)  # type: ignore[arg-type]
    with qtbot.waitSignal(checks.failed, timeout=5000) as blocker:
        checks.check_now(story("x"))
    assert blocker.args == ["The checks could not run: gazetteer missing"]
    qtbot.waitUntil(lambda: not checks.busy)


def test_a_language_without_dictionary_has_no_tag(runner: TaskRunner, qtbot: QtBot) -> None:
    checking = FakeChecking(speller=SpellingUnavailable("none for tlh"))
    checks = ChecksRunner(runner, checking, delay_ms=10)  # type: ignore[arg-type]
    with qtbot.waitSignal(checks.checked, timeout=5000) as blocker:
        checks.check_now(story("x", language="tlh"))
    assert blocker.args[0].dictionary == ""
