"""A story's versions as use cases: list them with who made each and why, compare any
two word by word, restore one as a new version, and the correction a desk files: the
diff from the version last published and the note drafted from it.

"Last published" is the version the publishing side's last `publish` made; a story never
published is compared with the version its last approval made (what was about to go out).
"""

from __future__ import annotations

from dataclasses import dataclass

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.correction_note import draft_correction_note
from editorial.domain.dateline import Dateline
from editorial.domain.errors import BadInput
from editorial.domain.house_style import format_dateline
from editorial.domain.revision import StoryVersion, story_versions
from editorial.domain.story import Story
from editorial.domain.story_diff import StoryDiff, diff_stories
from editorial.domain.workflow import Action
from editorial.services.styles import StyleBook
from editorial.services.workflow import Moved, current_user_name
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library

# Where a correction is measured from: the last of these moves, in this order of choice.
BASELINE_ACTIONS = (Action.PUBLISH.value, Action.APPROVE.value)


@dataclass(frozen=True, slots=True)
class CorrectionDraft:
    """A correction being filed: the version last published (`published`), the corrected
    text (`corrected`), what changed between them and the note drafted from it ("" when
    nothing a reader sees changed)."""

    published: Story
    corrected: Story
    diff: StoryDiff
    note: str


class RevisionService:
    def __init__(
        self, library: Library, preferences: PreferencesHolder, styles: StyleBook | None = None
    ) -> None:
        self._library = library
        self._preferences = preferences
        self._styles = styles or StyleBook()

    def versions(self, story_id: int) -> list[StoryVersion]:
        """Every version of the story with its text, oldest first (the current one last)."""
        story = self._library.get(story_id)
        history = self._library.workflow.history(story_id)
        revisions = self._library.revisions(story_id)
        by = self._library.saved_by(story_id, story.version)
        return story_versions(story, revisions, history, by)

    def version(self, story_id: int, version: int) -> Story:
        for kept in self.versions(story_id):
            if kept.version == version:
                return kept.story
        raise BadInput(f"Story {story_id} has no kept version {version}.")

    def compare(self, old: Story, new: Story) -> StoryDiff:
        """The word diff of every field, the dateline as the house style writes it."""
        style = self._styles.chosen(self._preferences.current)

        def dateline_text(dateline: Dateline) -> str:
            return format_dateline(dateline, style, new.language)

        return diff_stories(old, new, dateline_text)

    def restore(self, story_id: int, version: int, expected_version: int) -> Moved:
        """Make a kept version's text the story's next version, if the library still holds
        `expected_version` (else `VersionConflict`); recorded in the history."""
        by = current_user_name(self._preferences)
        story = self._library.workflow.reinstate(story_id, expected_version, version, by)
        changes = StoryChanges(updated=frozenset({story_id}))
        return Moved(story, DeskChanges.of_stories(changes, story))

    def last_published(self, story_id: int) -> Story | None:
        """The version that last went out (or, never published, was last approved)."""
        history = self._library.workflow.history(story_id)
        for action in BASELINE_ACTIONS:
            made = [entry.version for entry in history if entry.action == action]
            if made:
                return self.version(story_id, made[-1])
        return None

    def correction_draft(self, story_id: int) -> CorrectionDraft:
        """What the story's correction changes since the version last published, and the
        note drafted from it, in the story's language."""
        corrected = self._library.get(story_id)
        published = self.last_published(story_id)
        if published is None:
            raise BadInput(f"Story {story_id} was never published or approved: nothing to correct.")
        diff = self.compare(published, corrected)
        note = draft_correction_note(diff, corrected.language)
        return CorrectionDraft(published, corrected, diff, note)
