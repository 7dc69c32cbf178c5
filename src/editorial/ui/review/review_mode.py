"""The review mode: entering it (Desk ▸ Review, Ctrl+R, a story chosen in the desk view)
puts the open story's review in the window's place of the editor; leaving it (Escape,
Back to Editor, Ctrl+R again) brings the editor back.

What the review shows is the library's: the typed text is saved first, then the review is
read on the database lane (recording that this person opened it: the desk view counts the
story as in review). Approve and Return are the window's own Desk actions, so the same
rules enable them and the same note dialog asks why; a move made shows the story as it now
stands, and the review follows. Comments are added and deleted on the database lane and
the review read again.

What others do meanwhile (another window, the CLI, another machine: a comment, an approval,
a return) is seen within POLL_MS: while the review is on screen, the library's change mark
(`ReviewService.change_mark`, as the desk view polls it) is asked on the database lane and
the review read again when it moved. A story that others moved or changed is announced on
the change bus as a change from outside the window (initiator None), so the editor, the
Desk menu's moves and the story list follow it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.review import ChangeMark
from editorial.domain.story import Status, Story
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.services.review import Comparison, Review
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.tasks import Task

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from editorial.domain.review import PlacedComment, ReviewComment
    from editorial.services.review import ReviewService
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.review.review_view import ReviewView
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import TaskRunner
    from editorial.ui.shell.window_actions import WindowActions

NOTICE_MS = 5000
# The review's heading names where the story stands.
STATUS_TITLES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("ReviewMode", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("ReviewMode", "Submitted"),
    Status.APPROVED: QT_TRANSLATE_NOOP("ReviewMode", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("ReviewMode", "Published"),
    Status.KILLED: QT_TRANSLATE_NOOP("ReviewMode", "Killed"),
    Status.RETURNED: QT_TRANSLATE_NOOP("ReviewMode", "Returned"),
    Status.SPIKED: QT_TRANSLATE_NOOP("ReviewMode", "Spiked"),
    Status.CORRECTED: QT_TRANSLATE_NOOP("ReviewMode", "Corrected"),
}
POLL_MS = 2000  # as the desk view: what others did shows within a couple of seconds


class ReviewMode(QObject):
    """`review_shown(Review)`: a review was put on screen (tests wait for it)."""

    review_shown = Signal(object)

    def __init__(
        self,
        *,
        runner: TaskRunner,
        review: ReviewService,
        bus: ChangeBus,
        session: StorySession,
        panes: StoryPanes,
        view: ReviewView,
        toggle: QAction,
        actions: WindowActions,
        show_page: Callable[[bool], None],
        open_story: Callable[[int], None],
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._review = review
        self._session = session
        self._view = view
        self._toggle = toggle
        self._show_page = show_page
        self._open_story = open_story
        self._notices = notices
        self.active = False
        self.shown: Review | None = None
        self._story: Story | None = None
        self._wanted: int | None = None  # a story to review once it is open
        self._bus = bus
        self.mark: ChangeMark | None = None  # the library's mark when the review was read
        self.polls = 0  # how often the mark was asked for (tests)
        self._loading = False
        self._announced: tuple[int, int, str] | None = None  # (id, version, status) told
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._mirror(actions.approve, view.approve)
        self._mirror(actions.return_story, view.return_story)
        toggle.setEnabled(False)
        toggle.triggered.connect(lambda checked: self.enter() if checked else self.leave())
        view.leave_requested.connect(self.leave)
        view.changes.compare_requested.connect(self._compare)
        view.comments.add_requested.connect(self._add_comment)
        view.comments.remove_requested.connect(self._remove_comment)
        panes.story_shown.connect(self._story_shown)
        bus.changed.connect(self._changes_published)

    @staticmethod
    def _mirror(action: QAction, button: QPushButton) -> None:
        """The button is the Desk menu's action: enabled when it is, doing what it does."""
        button.setEnabled(action.isEnabled())
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        button.clicked.connect(action.trigger)

    # Entering and leaving

    def enter(self) -> None:
        story = self._story
        if story is None or story.id is None:
            self._toggle.setChecked(False)
            self._notices.say(self.tr("Open a story to review it"), NOTICE_MS)
            return
        self.active = True
        self._toggle.setChecked(True)
        self._poll.start()
        self._show_page(True)
        self._view.preview.setFocus()  # Escape leaves from there
        self._load(story.id, record=True)

    def review_story(self, story_id: int) -> None:
        """Open this story (saving the one open) and review it."""
        if self._story is not None and self._story.id == story_id:
            self.enter()
            return
        self._wanted = story_id
        self._open_story(story_id)

    def leave(self) -> None:
        self.active = False
        self._poll.stop()
        self._wanted = None
        self._toggle.setChecked(False)
        self._show_page(False)

    def _story_shown(self, story: Story | None) -> None:
        self._story = story
        self._toggle.setEnabled(story is not None and story.id is not None)
        if story is None or story.id is None:
            if self.active:
                self.leave()
            return
        if self._wanted == story.id:
            self._wanted = None
            self.enter()
        elif self.active:  # moved (approved, returned) or another story opened
            self._load(story.id, record=False)

    def _changes_published(self, changes: DeskChanges, initiator: object) -> None:
        story = self._story
        if (
            self.active
            and story is not None
            and initiator is not self._session
            and changes.stories.touches(story.id)
        ):
            assert story.id is not None
            self._load(story.id, record=False)

    # Following what others do

    def set_poll_interval(self, ms: int) -> None:
        self._poll.setInterval(ms)

    def poll(self) -> None:
        """Ask for the library's mark; read the review again when it moved."""
        if not self.active or self._loading or self.shown is None or self._runner.is_closed:
            return
        self.polls += 1
        # A failed poll (a busy library) is tried again at the next; no banner each time.
        task = Task(self._review.change_mark, self._polled, lambda _error: None,
                    key="review-poll", label="review poll", receiver=self)  # fmt: skip
        self._runner.submit(self._runner.database_lane, task)

    def _polled(self, mark: ChangeMark) -> None:
        story = self._story
        if mark != self.mark and self.active and not self._loading and story is not None:
            assert story.id is not None
            self._load(story.id, record=False)

    def _announce_if_moved(self, story: Story) -> None:
        """The review read a version of the story the window does not hold: changed or
        moved elsewhere. Said once on the bus, as a change from outside the window."""
        held = self._story
        if held is None or held.id != story.id or story.id is None:
            return
        told = (story.id, story.version, story.status.value)
        if (held.version, held.status) == (story.version, story.status) or told == self._announced:
            return
        self._announced = told
        self._bus.publish(DeskChanges.of_stories(StoryChanges(updated=frozenset({story.id}))))

    # Reading

    def _load(self, story_id: int, *, record: bool) -> None:
        review = self._review

        def work() -> tuple[ChangeMark, Review]:
            mark = review.change_mark()  # first: a change after it is seen at the next poll
            return mark, review.open_review(story_id, record=record)

        def failed(error: Exception) -> None:
            self._loading = False
            self._failed(error)

        def flushed(saved: bool) -> None:
            if not saved:  # the save's banner says why; the typed text stays in the editor
                self._loading = False
                self.leave()
                return
            self._runner.database(work, self._loaded, failed, label="review",
                                  receiver=self)  # fmt: skip

        self._loading = True

        if record:  # what the editor typed goes into the library before it is reviewed
            self._session.flush(flushed)
        else:
            flushed(True)

    def _loaded(self, result: tuple[ChangeMark, Review]) -> None:
        self._loading = False
        mark, review = result
        story = review.story
        if not self.active or self._story is None or self._story.id != story.id:
            return
        self.mark, self.shown = mark, review
        self._announce_if_moved(story)
        view = self._view
        status = STATUS_TITLES.get(story.status)
        state = self.tr(status) if status else story.status.value.capitalize()
        heading = self.tr("{state} · v{version}").format(state=state, version=story.version)
        view.show_heading(story.headline, heading)
        view.changes.set_versions(review.versions, review.comparison)
        view.changes.show_comparison(review.comparison, review.base_reason)
        self._show_comments(review.comments)
        render = self._review.render
        self._runner.render(
            lambda: render(story), self._rendered, self._failed, key="review", receiver=self
        )

    def _rendered(self, fragment: str) -> None:
        if self.shown is None:
            return
        self._view.show_story_html(fragment)
        self._highlight()
        self.review_shown.emit(self.shown)

    def _show_comments(self, comments: tuple[PlacedComment, ...]) -> None:
        self._view.comments.show_comments(comments)
        self._highlight()

    def _highlight(self) -> None:
        comments = self._view.comments.model.comments
        self._view.preview.highlight(
            [placed.comment.anchor.quote for placed in comments if not placed.detached]
        )

    def _failed(self, error: Exception) -> None:
        self._notices.error(error_text(error))

    def _compare(self, old_version: int, new_version: int) -> None:
        shown = self.shown
        if shown is None or shown.story.id is None:
            return
        story_id, review = shown.story.id, self._review

        def compared(comparison: Comparison) -> None:
            if self.shown is not None and self.shown.story.id == story_id:
                self._view.changes.show_comparison(comparison)

        self._runner.database(
            lambda: review.compare(story_id, old_version, new_version),
            compared,
            self._failed,
            label="compare",
            receiver=self,
        )

    # Comments

    def _add_comment(self, quote: str, text: str) -> None:
        shown = self.shown
        if shown is None or shown.story.id is None:
            return
        story_id, review = shown.story.id, self._review

        def added(_comment: ReviewComment) -> None:
            self._view.comments.clear_text()
            self._reload_comments(story_id)

        self._runner.database(
            lambda: review.add_comment(story_id, quote, text), added, self._failed,
            label="comment", receiver=self,
        )  # fmt: skip

    def _remove_comment(self, comment_id: int) -> None:
        review = self._review
        self._runner.database(
            lambda: review.remove_comment(comment_id), self._reload_comments, self._failed,
            label="remove comment", receiver=self,
        )  # fmt: skip

    def _reload_comments(self, story_id: int) -> None:
        review = self._review

        def loaded(comments: tuple[PlacedComment, ...]) -> None:
            if self.shown is not None and self.shown.story.id == story_id:
                self._show_comments(comments)

        self._runner.database(
            lambda: review.comments(story_id), loaded, self._failed, label="comments",
            receiver=self,
        )  # fmt: skip
