"""Checks as the editor types, never in the editor's way.

An edit (re)starts a short timer; when typing pauses, the story as it then stands is
checked on the task runner's checks lane. A check waiting behind one still running is
replaced by the newer one, and a result that comes back after a newer edit is dropped:
its offsets belong to a text that is no longer on screen.

The speller of a language reads the desk's own words from the library the first time,
so that first call runs on the database lane (the one thread that may touch the
library); the check itself then runs on the checks lane. Counts are taken there too, so
the panel's figures and findings always describe the same text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.counts import StoryCounts, story_counts
from editorial.domain.findings import Finding
from editorial.domain.story import Story
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from editorial.services.checking import CheckingService

DEBOUNCE_MS = 400
CHECKS_KEY = "story-checks"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What one check of one text found. `dictionary` is the Enchant tag of the speller
    used (`en_US`), or "" when the language has none; `spelling_provider` the engine
    behind it (`hunspell`, or `aspell` when Hunspell has no dictionary for it)."""

    story: Story
    findings: tuple[Finding, ...]
    counts: StoryCounts
    headline_limit: int
    dictionary: str
    seconds: float
    spelling_provider: str = ""


class ChecksRunner(QObject):
    """`checked` carries a `CheckResult` for the text now on screen; `failed` a message
    when a check raised; `busy_changed` whether a check is waiting or running."""

    checked = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        checking: CheckingService,
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._checking = checking
        # language → (tag, provider), once its speller is loaded
        self._dictionaries: dict[str, tuple[str, str]] = {}
        self._story: Story | None = None
        self._generation = 0
        self._delivered = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def generation(self) -> int:
        return self._generation

    def schedule(self, story: Story | None) -> None:
        """The story changed: check it once typing pauses."""
        self._generation += 1
        self._story = story
        if story is None:
            self._timer.stop()
        else:
            self._timer.start()
        self._set_busy()

    def check_now(self, story: Story | None) -> None:
        """Check at once (a story just opened, a word just added to the dictionary)."""
        self.schedule(story)
        self._timer.stop()
        self._start()

    def recheck(self) -> None:
        """Check the last story again, at once."""
        self.check_now(self._story)

    def _start(self) -> None:
        story, checking = self._story, self._checking
        if story is None or self._runner.is_closed:
            self._set_busy()
            return
        generation = self._generation
        if story.language in self._dictionaries:
            self._submit(story, generation)
            return

        def load_speller() -> tuple[str, str]:
            speller = checking.speller(story.language)
            return str(getattr(speller, "tag", "")), str(getattr(speller, "provider", ""))

        def loaded(dictionary: tuple[str, str]) -> None:
            self._dictionaries[story.language] = dictionary
            if generation == self._generation and not self._runner.is_closed:
                self._submit(story, generation)

        self._runner.database(
            load_speller,
            loaded,
            lambda error: self._failed(generation, error),
            label="load speller",
        )

    def _submit(self, story: Story, generation: int) -> None:
        checking = self._checking
        dictionary, provider = self._dictionaries.get(story.language, ("", ""))

        def work() -> CheckResult:
            began = time.perf_counter()
            # One snapshot per check, taken at each check: a limit changed in the
            # preferences shows at once, and the limit shown is the one checked against.
            preferences = checking.preferences()
            # Suggestions are the slow part of spelling: the menu asks for them on demand.
            findings = tuple(checking.check(story, suggestions=False, preferences=preferences))
            counts = story_counts(story)
            return CheckResult(
                story,
                findings,
                counts,
                preferences.headline_limit,
                dictionary,
                time.perf_counter() - began,
                provider,
            )

        self._runner.checks(
            work,
            lambda result: self._done(generation, result),
            lambda error: self._failed(generation, error),
            key=CHECKS_KEY,
        )

    def _done(self, generation: int, result: CheckResult) -> None:
        self._delivered = max(self._delivered, generation)
        self._set_busy()
        if generation == self._generation:
            self.checked.emit(result)

    def _failed(self, generation: int, error: Exception) -> None:
        self._delivered = max(self._delivered, generation)
        self._set_busy()
        if generation == self._generation:
            self.failed.emit(
                self.tr("The checks could not run: {error}").format(error=error_text(error))
            )

    def _set_busy(self) -> None:
        busy = self._story is not None and (
            self._timer.isActive() or self._delivered < self._generation
        )
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
