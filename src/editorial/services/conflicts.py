"""Resolving a save that met a newer version: the editor's text (mine) against the
stored one (theirs). Whichever is chosen, or a merge, the text not chosen is kept as a
revision (`storage/conflict_store.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from editorial.domain.changes import StoryChanges
from editorial.domain.story import Story
from editorial.services.editing import Saved
from editorial.services.workflow import current_user_name
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two texts of one story: `theirs` as stored now, `mine` as typed over an older
    version."""

    theirs: Story
    mine: Story


class ConflictService:
    def __init__(self, library: Library, preferences: PreferencesHolder) -> None:
        self._library = library
        self._preferences = preferences

    def conflict(self, mine: Story) -> Conflict:
        """The stored story against the editor's text."""
        assert mine.id is not None
        return Conflict(self._library.get(mine.id), mine)

    def resolve(self, conflict: Conflict, chosen: Story) -> Saved:
        """Make `chosen` the story's text (theirs, mine, or a merge: its content is what
        counts); raises `VersionConflict` when the story moved on again (ask anew)."""
        theirs = conflict.theirs
        assert theirs.id is not None
        by = current_user_name(self._preferences)
        story = self._library.conflicts.resolve(
            theirs.id, theirs.version, conflict.mine, theirs.with_content_of(chosen), by=by
        )
        return Saved(story, StoryChanges(updated=frozenset({theirs.id})))
