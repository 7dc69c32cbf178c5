"""The copy desk's review as use cases: open a story's review (what changed since it was
filed, its versions to compare, its comments), compare any two versions word by word,
comment on a passage, and the desk's board with a cheap mark of the library's state.

Comments are kept beside the story, by the current user; they are never part of the story
and so never published or exported. Moves (approve, return) stay the workflow service's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editorial.domain.dateline import Dateline
from editorial.domain.dates import short_date
from editorial.domain.diff_render import shown_fields, story_diff_html
from editorial.domain.errors import BadInput
from editorial.domain.review import (
    STORY_WIDE,
    Anchor,
    ChangeMark,
    DeskEntry,
    PlacedComment,
    ReviewComment,
    anchor_in,
    check_comment,
    place_comment,
)
from editorial.domain.revision import RevisionStamp, StoryRevision
from editorial.domain.story import Status, Story
from editorial.domain.story_diff import diff_stories
from editorial.domain.translatable import (
    QT_TRANSLATE_NOOP,
    Message,
    MessageText,
    MomentText,
    said,
)
from editorial.domain.workflow import HistoryEntry
from editorial.services.editing import EditingService
from editorial.services.workflow import current_user_name
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library

# How a version came to be, as a desk says it (the library keeps the actions' names).
ACTION_WORDS = {
    "create": QT_TRANSLATE_NOOP("ReviewWords", "started"),
    "save": QT_TRANSLATE_NOOP("ReviewWords", "saved"),
    "autosave": QT_TRANSLATE_NOOP("ReviewWords", "saved"),
    "import": QT_TRANSLATE_NOOP("ReviewWords", "imported"),
    "submit": QT_TRANSLATE_NOOP("ReviewWords", "filed"),
    "approve": QT_TRANSLATE_NOOP("ReviewWords", "approved"),
    "return": QT_TRANSLATE_NOOP("ReviewWords", "returned"),
    "spike": QT_TRANSLATE_NOOP("ReviewWords", "spiked"),
    "restore": QT_TRANSLATE_NOOP("ReviewWords", "restored"),
    "correct": QT_TRANSLATE_NOOP("ReviewWords", "opened for correction"),
    "kill": QT_TRANSLATE_NOOP("ReviewWords", "killed"),
    "publish": QT_TRANSLATE_NOOP("ReviewWords", "published"),
}


@dataclass(frozen=True, slots=True)
class ChangedStories:
    """What `changed_since` found: the library's mark, its latest change time, and
    (id, changed at, in the trash) of each story changed since the time asked about."""

    mark: ChangeMark
    latest: dt.datetime | None
    stamps: tuple[tuple[int, dt.datetime, bool], ...]


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version of a story a reviewer can compare: how it was made, by whom, when."""

    version: int
    action: str  # "submit", "save", "create", ...
    by: str
    at: dt.datetime

    @property
    def label(self) -> str:
        """`v3 filed by Rita Reporter, 1 Dec 14:02`: what a reviewer picks a version by."""
        return self.said.text

    @property
    def said(self) -> Message:
        """The label as a message, for the window to show in its language."""
        local = self.at.astimezone()
        when = MomentText(f"{short_date(local.date(), year=False)} {local:%H:%M}", local)
        word = ACTION_WORDS.get(self.action)
        action = MessageText(said(word, None, "ReviewWords")) if word else self.action
        if self.by:
            return _review_said(
                QT_TRANSLATE_NOOP("Review", "v{version} {action} by {who}, {when}"),
                version=str(self.version), action=action, who=self.by, when=when,
            )  # fmt: skip
        return _review_said(
            QT_TRANSLATE_NOOP("Review", "v{version} {action}, {when}"),
            version=str(self.version), action=action, when=when,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Comparison:
    old_version: int
    new_version: int
    html: str
    changed: bool


@dataclass(frozen=True, slots=True)
class Review:
    """A story under review: as it stands, its versions (oldest first), the comparison
    shown first (`base`: since it was filed) and its comments placed on it."""

    story: Story
    versions: tuple[VersionInfo, ...]
    comparison: Comparison
    base_reason: str
    comments: tuple[PlacedComment, ...]


class ReviewService:
    def __init__(
        self, library: Library, preferences: PreferencesHolder, editing: EditingService
    ) -> None:
        self._library = library
        self._preferences = preferences
        self._editing = editing

    def open_review(self, story_id: int, *, record: bool = True) -> Review:
        """The story's review; `record`: note that the current user opened it (a
        submitted story is then "in review" on the desk's board)."""
        if record:
            self._library.reviews.open_review(story_id, current_user_name(self._preferences))
        return self.review(story_id)

    def review(self, story_id: int) -> Review:
        story = self._library.get(story_id)
        history = self._library.workflow.history(story_id)
        versions = _versions(story, history, self._library.revision_stamps(story_id))
        base, reason = _base_version(story, history)
        revisions = self._library.revisions(story_id, {base, story.version})
        comparison = self._compare(story, revisions, base, story.version)
        return Review(story, versions, comparison, reason, self._placed(story))

    def compare(self, story_id: int, old_version: int, new_version: int) -> Comparison:
        story = self._library.get(story_id)
        revisions = self._library.revisions(story_id, {old_version, new_version})
        return self._compare(story, revisions, old_version, new_version)

    def comments(self, story_id: int) -> tuple[PlacedComment, ...]:
        return self._placed(self._library.get(story_id))

    def add_comment(self, story_id: int, quote: str, text: str) -> ReviewComment:
        """Comment on a passage of the story as it now stands (`quote`: the passage as
        selected in the preview or a field). `BadInput` for an empty or overlong one."""
        try:
            text, quote = check_comment(text, quote)
        except ValueError as error:
            raise BadInput(str(error)) from error
        story = self._library.get(story_id)
        anchor = anchor_in(story, quote) or Anchor(STORY_WIDE, 0, quote)
        by = current_user_name(self._preferences)
        return self._library.reviews.add_comment(story_id, anchor, text, by, story.version)

    def remove_comment(self, comment_id: int) -> int:
        """Delete a comment; returns its story's id."""
        return self._library.reviews.remove_comment(comment_id)

    def render(self, story: Story) -> str:
        return self._editing.render(story)

    # The desk's board

    def board(self) -> list[DeskEntry]:
        """Of each state on the board, the stories changed last (see `board_totals`)."""
        return self._library.reviews.board()

    def board_totals(self) -> dict[Status, int]:
        """How many stories each state on the board holds, shown or not."""
        return self._library.reviews.board_totals()

    def change_mark(self) -> ChangeMark:
        """Changes whenever the library's stories, states or reviews do (any process)."""
        return self._library.reviews.change_mark()

    def changed_since(self, at: dt.datetime | None) -> ChangedStories:
        """The stories changed at or after `at` (by anyone), with the mark to poll next."""
        mark = self._library.reviews.change_mark()  # first: what follows is seen next time
        latest, stamps = self._library.reviews.changed_since(at)
        return ChangedStories(mark, latest, tuple(stamps))

    def _placed(self, story: Story) -> tuple[PlacedComment, ...]:
        assert story.id is not None
        dateline = self._editing.dateline_text(story)
        comments = self._library.reviews.comments(story.id)
        return tuple(place_comment(comment, story, dateline) for comment in comments)

    def _compare(
        self, story: Story, revisions: list[StoryRevision], old_version: int, new_version: int
    ) -> Comparison:
        old = _story_at(story, revisions, old_version)
        new = _story_at(story, revisions, new_version)

        def dateline_text(dateline: Dateline) -> str:
            return self._editing.format_dateline(dateline, new.language)

        diff = diff_stories(old, new, dateline_text)
        # The status is left out: it moves through the workflow, and the history tells of it.
        changed = bool(shown_fields(diff))
        return Comparison(old.version, new.version, story_diff_html(diff), changed)


def _story_at(story: Story, revisions: list[StoryRevision], version: int) -> Story:
    """The story as it was at `version`: itself, a kept revision, or (a version an
    autosave made, never kept) the nearest kept one before it."""
    if version == story.version:
        return story
    kept = [r.story for r in revisions if r.story.version <= version]
    if not kept:
        raise BadInput(f"Version {version} of this story is not kept.")
    return kept[-1]


def _versions(
    story: Story, history: list[HistoryEntry], revisions: list[RevisionStamp]
) -> tuple[VersionInfo, ...]:
    """Each kept version and the current one, with what made it: its history entry (a
    move), else what replaced the version before it (a save, an import)."""
    moves = {entry.version: entry for entry in history}
    replaced_by = {r.version: r for r in revisions}
    infos = []
    for version, saved_at in [(r.version, r.saved_at) for r in revisions] + [
        (story.version, story.updated_at or dt.datetime.now(dt.UTC))
    ]:
        if version in moves:
            entry = moves[version]
            infos.append(VersionInfo(version, entry.action, entry.by, entry.at))
            continue
        before = max((v for v in replaced_by if v < version), default=None)
        if before is not None:
            made = replaced_by[before]
            infos.append(VersionInfo(version, made.action, made.by, saved_at))
        else:
            infos.append(VersionInfo(version, "save", "", saved_at))
    return tuple(infos)


def _review_said(template: str, **arguments: str) -> Message:
    # Made afresh, not through `said`'s cache: its values are texts that carry more.
    return Message(template, tuple(arguments.items()), "Review")


def _base_version(story: Story, history: list[HistoryEntry]) -> tuple[int, str]:
    """The version a review compares with first: as the story was filed (its last
    submit); when nothing changed since, as it was filed the time before (a story
    returned and filed again: what its author changed)."""
    filings = [entry for entry in history if entry.action == "submit"]
    if not filings:
        return story.version, MessageText(_review_said(
            QT_TRANSLATE_NOOP("Review", "Not filed yet: no changes to show.")
        ))  # fmt: skip
    last = filings[-1]
    if last.version != story.version:
        return last.version, MessageText(_review_said(
            QT_TRANSLATE_NOOP("Review", "Changes since it was filed (v{version}, by {who})."),
            version=str(last.version), who=last.by,
        ))  # fmt: skip
    if len(filings) > 1:
        earlier = filings[-2]
        return earlier.version, MessageText(_review_said(QT_TRANSLATE_NOOP(
            "Review",
            "Changes since it was first filed (v{first}); unchanged since it was filed "
            "again (v{last}).",
        ), first=str(earlier.version), last=str(last.version)))  # fmt: skip
    return last.version, MessageText(_review_said(
        QT_TRANSLATE_NOOP("Review", "No changes since it was filed (v{version}, by {who})."),
        version=str(last.version), who=last.by,
    ))  # fmt: skip
