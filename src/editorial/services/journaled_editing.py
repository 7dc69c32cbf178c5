"""Editing that never loses text: what the library cannot take goes to the local journal, and
is written to the library once it can take it again.

`JournaledEditing` is the window's `EditingService`. `save` tries the library; when the
library cannot be written (`LibraryError`: read-only, full, gone, damaged), the story is
kept in the journal (`text_journal.py`) and the result says so (`KeptLocally`), so the
editor goes on typing. `get` returns a story with the text its journal entry holds, so a
story reopened (or the window restarted) shows what was typed, not the library's older
copy. `replay` writes the journal's entries to the library: one whose story nobody changed
meanwhile becomes its next version; one whose story was changed elsewhere never overwrites
it: it is kept as a new story beside it (the conflict path's "keep my text"), and the
story open in the editor is left to the editor's own save, which meets the
`VersionConflict` like any other.

All calls run on one thread (the window's database lane, the command line).
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass, field

from editorial.domain.changes import StoryChanges
from editorial.domain.errors import LibraryError, LibraryNotWritable, StoryError, VersionConflict
from editorial.domain.story import Story
from editorial.domain.translatable import error_message_text
from editorial.domain.workflow import is_read_only
from editorial.services.editing import EditingService, Saved
from editorial.services.styles import StyleBook
from editorial.services.text_journal import JournalEntry, TextJournal
from editorial.services.workflow import WorkflowService
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library
from editorial.storage.read_only import not_writable_message


@dataclass(frozen=True, slots=True)
class KeptLocally(Saved):
    """The library did not take the story: it is in the journal, for `reason`."""

    reason: str = ""


@dataclass(frozen=True, slots=True)
class Replayed:
    """What a replay did. `written`: entries now in the library; `copied`: (the entry's
    story, the new story its text became) where the story had changed elsewhere;
    `pending`: entries still only in the journal, and `error`, why."""

    written: tuple[Story, ...] = ()
    copied: tuple[tuple[Story, Story], ...] = ()
    pending: int = 0
    error: str = ""
    changes: StoryChanges = field(default_factory=StoryChanges)


class JournaledEditing(EditingService):
    def __init__(
        self,
        library: Library,
        preferences: PreferencesHolder,
        journal: TextJournal,
        styles: StyleBook | None = None,
        workflow: WorkflowService | None = None,
    ) -> None:
        super().__init__(library, preferences, styles, workflow)
        self.journal = journal
        # Stories our own replay moved on (id -> (from version, to version)): the editor
        # still holds the older version, and its next save is of the same text, not a
        # conflict with someone else.
        self._moved: dict[int, tuple[int, int]] = {}

    def save(self, story: Story, explicit: bool = False) -> Saved:
        """Save to the library, or keep in the journal when it cannot be written. Raises
        what is about the story (`VersionConflict`, `StoryReadOnly`, ...), and
        `LibraryNotWritable` only when the journal could not keep the text either."""
        assert story.id is not None
        try:
            saved = self._save_to_library(story, explicit)
        except StoryError:
            raise
        except LibraryError as error:
            return self._keep(story, error)
        self._forget(story.id)
        return saved

    def get(self, story_id: int) -> Story:
        """The story to edit: the journal's text when it holds some (with the version it
        was edited from), else the library's."""
        stored = super().get(story_id)
        entry = self.journal.get(story_id)
        if entry is None:
            return stored
        if stored.same_content(entry.story):
            self._forget(story_id)  # the library took it after all (another window)
            return stored
        if is_read_only(stored.status):
            return stored  # approved or spiked meanwhile: the replay keeps it as a copy
        return dataclasses.replace(entry.story, status=stored.status)

    @property
    def pending(self) -> int:
        return len(self.journal)

    @property
    def read_only(self) -> bool:
        """The library was opened read-only (it could not be written at the start)."""
        return self._library.read_only

    def become_writable(self) -> bool:
        """Open a read-only library for writing if it can be written now."""
        return self._library.become_writable()

    def replay(self, skip: int | None = None) -> Replayed:
        """Write the journal's entries to the library, oldest first; stops at the first
        the library refuses. `skip`: the story open in the editor (its save writes it).
        A library open read-only refuses all of it (`error` says why)."""
        if self._library.read_only:
            refused = not_writable_message(self._library.location)
            return Replayed(pending=self.pending, error=refused)
        written: list[Story] = []
        copied: list[tuple[Story, Story]] = []
        error = ""
        for entry in self.journal.entries():
            if entry.story_id == skip:
                continue
            try:
                outcome = self._replay_one(entry)
            except StoryError as problem:  # gone for good, or read-only now: keep a copy
                outcome = self._copy(entry, problem)
            except LibraryError as problem:
                error = error_message_text(problem)
                break
            if isinstance(outcome, tuple):
                copied.append(outcome)
            elif outcome is not None:
                written.append(outcome)
        changes = StoryChanges(
            created=frozenset(copy.id for _, copy in copied if copy.id is not None),
            updated=frozenset(story.id for story in written if story.id is not None),
        )
        return Replayed(tuple(written), tuple(copied), self.pending, error, changes)

    # The steps

    def _save_to_library(self, story: Story, explicit: bool) -> Saved:
        assert story.id is not None
        try:
            return super().save(story, explicit=explicit)
        except VersionConflict as conflict:
            if self._moved.get(story.id) != (story.version, conflict.found):
                raise
            # Our replay wrote this story's journal text; the editor's text follows it.
            return super().save(dataclasses.replace(story, version=conflict.found), explicit)

    def _keep(self, story: Story, error: LibraryError) -> KeptLocally:
        try:
            self.journal.keep(story, str(error))
        except OSError as problem:
            raise LibraryNotWritable(
                f"{error} Your text could not be kept on this computer either "
                f"({problem.strerror or problem}): it is only in the window; do not close it."
            ) from error
        return KeptLocally(story, StoryChanges(), error_message_text(error))

    def _replay_one(self, entry: JournalEntry) -> Story | tuple[Story, Story] | None:
        """The story as written, (entry's story, its copy), or None when nothing was due."""
        story = entry.story
        stored = super().get(entry.story_id)
        if stored.same_content(story):
            self.journal.remove(entry.story_id, entry)
            return None
        if stored.version != story.version:
            return self._copy(entry, VersionConflict(entry.story_id, story.version, stored.version))
        saved = super().save(story).story
        self.journal.remove(entry.story_id, entry)
        self._moved[entry.story_id] = (story.version, saved.version)
        return saved

    def _copy(self, entry: JournalEntry, _why: StoryError) -> tuple[Story, Story]:
        copy = super().save_as_copy(entry.story).story
        self.journal.remove(entry.story_id, entry)
        return entry.story, copy

    def save_as_copy(self, story: Story) -> Saved:
        """The editor's text (opened from the journal's) kept as a new story after a
        conflict: the journal's entry of the story is in it."""
        saved = super().save_as_copy(story)
        if story.id is not None:
            self._forget(story.id)
        return saved

    def _forget(self, story_id: int) -> None:
        """The editor's text is in the library: an entry of the story is behind it."""
        if self.journal.get(story_id) is not None:
            # Left there, a later replay finds it behind the library's text: a copy.
            with contextlib.suppress(OSError):
                self.journal.remove(story_id)
        self._moved.pop(story_id, None)
