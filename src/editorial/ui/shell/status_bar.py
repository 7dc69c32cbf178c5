"""The status bar: how long the story is (the domain's one count of a story's length:
lede and body as published) and whether it is safe in the library.

Counting a long body takes a few milliseconds, so counts follow the typing after a short
pause instead of on every keystroke.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.domain_titles import status_title
from editorial.ui.shell.story_length import StoryLength

if TYPE_CHECKING:
    from editorial.domain.story import Story

COUNT_DELAY_MS = 120


def headline_text(headline: str, limit: int) -> tuple[str, bool]:
    """`Headline 62/80` and whether the headline is over the limit."""
    length = len(headline.strip())
    text = QCoreApplication.translate("StoryStatusBar", "Headline {length}/{limit}")
    return text.format(length=length, limit=limit), length > limit


def save_state_text(state: SaveState, last_saved: dt.datetime | None, error: str = "") -> str:
    if state is SaveState.SAVED:
        when = last_saved.astimezone().strftime("%H:%M") if last_saved else ""
        if not when:
            return QCoreApplication.translate("StoryStatusBar", "Saved")
        return QCoreApplication.translate("StoryStatusBar", "Saved {time}").format(time=when)
    if state is SaveState.SAVING:
        return QCoreApplication.translate("StoryStatusBar", "Saving…")
    if state is SaveState.UNSAVED:
        return QCoreApplication.translate("StoryStatusBar", "Unsaved changes")
    if state is SaveState.FAILED:
        # The reason is in the banner and the tooltip.
        return QCoreApplication.translate("StoryStatusBar", "Not saved")
    if state is SaveState.READ_ONLY:
        return QCoreApplication.translate("StoryStatusBar", "Read only")
    if state is SaveState.KEPT_LOCALLY:
        # The banner says why, and that it will be written.
        return QCoreApplication.translate("StoryStatusBar", "Kept on this computer")
    return ""


class StoryStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyStatusBar")
        self.headline_limit = 80
        self.counts = QLabel(self)
        self.counts.setObjectName("bodyCounts")
        self._length = StoryLength(self)
        self.counts.setToolTip(self._length.explained())
        self.headline = QLabel(self)
        self.headline.setObjectName("headlineLength")
        self.workflow_state = QLabel(self)
        self.workflow_state.setObjectName("workflowState")
        self.workflow_state.setToolTip(self.tr("Where the story stands on the desk"))
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.save_state.setMinimumWidth(140)
        for label in (self.counts, self.headline, self.workflow_state, self.save_state):
            self.addPermanentWidget(label)
        self._story: Story | None = None
        self.locked_by = ""  # who else has the story's soft lock (see show_locked_by)
        self._save_state: tuple[SaveState, dt.datetime | None, str] = (SaveState.SAVED, None, "")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_counts)
        self.show_story(None)

    def show_story(self, story: Story | None, *, at_once: bool = False) -> None:
        self._story = story
        # The headline length is cheap and shown as it is typed.
        if story is None:
            self.headline.clear()
            self.workflow_state.clear()
        else:
            self.workflow_state.setText(status_title(story.status))
            text, over = headline_text(story.headline, self.headline_limit)
            self.headline.setText(text)
            self.headline.setProperty("over", over)
            self.headline.setToolTip(
                self.tr("Longer than the house limit of {limit} characters").format(
                    limit=self.headline_limit
                )
                if over
                else self.tr("Headline length and the house limit")
            )
            self.headline.style().unpolish(self.headline)
            self.headline.style().polish(self.headline)
        if at_once or story is None:
            self._timer.stop()
            self._show_counts()
        elif not self._timer.isActive():
            self._timer.start(COUNT_DELAY_MS)

    def show_locked_by(self, name: str) -> None:
        """Another window has the story's soft lock (`name`: who; "" for nobody): the story
        is read-only here whatever its save state says."""
        self.locked_by = name
        self.show_save_state(*self._save_state)

    def show_save_state(
        self, state: SaveState, last_saved: dt.datetime | None, error: str = ""
    ) -> None:
        self._save_state = (state, last_saved, error)
        text = save_state_text(state, last_saved, error)
        if self.locked_by and state not in (SaveState.FAILED, SaveState.KEPT_LOCALLY):
            # Failing and kept-locally say more urgent things; the banner says the rest.
            text = self.tr("Read-only here: locked by {name}").format(name=self.locked_by)
        self.save_state.setText(text)
        self.save_state.setToolTip(error)
        self.save_state.setProperty("failed", state is SaveState.FAILED)
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

    def _show_counts(self) -> None:
        story = self._story
        if story is None:  # the window's first frame among others: nothing to count
            self.counts.setText("")
            return
        from editorial.domain.counts import story_counts  # with the first story shown

        self.counts.setText(self._length.text(story_counts(story)))
