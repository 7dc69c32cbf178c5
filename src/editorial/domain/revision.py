"""A story's kept versions as the desk reads them: each earlier version the library kept
(`StoryRevision`), and the list of versions an editor compares and restores
(`story_versions`), each with what made it: who, when, by which action, with what note.

The library keeps a version when something replaces it (an explicit save, a move, an
import, a restore); autosaves coalesce into the working version. So what *made* a version
is told by the history entry that made it (a move) or else by what replaced the version
before it (a save, an import, a restore): every version is made by whatever replaced the
one before, since each change adds one to the version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editorial.domain.story import Status, Story
from editorial.domain.version_words import RESTORED_NOTE, action_title
from editorial.domain.workflow import HistoryEntry


@dataclass(frozen=True, slots=True)
class StoryRevision:
    """One kept earlier version of a story: `story` as it was (its id, uri and version),
    when it had been saved, when and by what it was replaced (`action`, `by`, `note`)."""

    story: Story
    saved_at: dt.datetime
    replaced_at: dt.datetime
    action: str
    by: str = ""
    note: str = ""
    made_by: str = ""  # who had written it, where the library recorded that


@dataclass(frozen=True, slots=True)
class RevisionStamp:
    """What a kept revision is without its text: its version, when it had been saved, and
    what replaced it (`action`, `by`). Listing a thousand needs no unpacking."""

    version: int
    saved_at: dt.datetime
    action: str
    by: str = ""


@dataclass(frozen=True, slots=True)
class StoryVersion:
    """One version of a story an editor can read, compare and restore: its text (`story`)
    and what made it (`action` by `by` at `at`, with `note`); `current`: the one the
    library holds now."""

    story: Story
    at: dt.datetime | None
    by: str
    action: str
    note: str
    current: bool = False

    @property
    def version(self) -> int:
        return self.story.version

    @property
    def status(self) -> Status:
        return self.story.status

    @property
    def title(self) -> str:
        return action_title(self.action)


def story_versions(
    current: Story,
    revisions: list[StoryRevision],
    history: list[HistoryEntry],
    current_by: str = "",
) -> list[StoryVersion]:
    """Every version with its text, oldest first: the kept revisions, then the current
    story (a revision of the current version, left by a race, is not listed twice).
    `current_by`: who wrote the current version with a save, where the library knows."""
    moves = {entry.version: entry for entry in history}
    replaced = {revision.story.version: revision for revision in revisions}
    made_by = {revision.story.version: revision.made_by for revision in revisions}
    made_by[current.version] = current_by
    stories = [r.story for r in revisions if r.story.version != current.version] + [current]
    versions = []
    for story in stories:
        at: dt.datetime | None
        move = moves.get(story.version)
        before = replaced.get(story.version - 1)
        if move is not None:
            at, by, action, note = move.at, move.by, move.action, move.note
        elif before is not None:
            at, by, action, note = before.replaced_at, before.by, before.action, before.note
        else:  # a save over a version not kept (a new story, an autosave): who wrote it
            at, by, action, note = story.updated_at, made_by.get(story.version, ""), "edit", ""
        versions.append(StoryVersion(story, at, by, action, note, current=story is current))
    return versions


def restored_note(version: int) -> str:
    return RESTORED_NOTE.format(version=version)
