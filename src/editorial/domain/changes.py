"""What a use case changed, so views refresh only what they must (as Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoryChanges:
    """Story ids a mutation created, updated or removed (trashed, restored, purged)."""

    created: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()

    @property
    def list_changed(self) -> bool:
        """Whether a story list has rows to add, drop or re-sort."""
        return bool(self.created or self.updated or self.removed)

    def touches(self, story_id: int | None) -> bool:
        return story_id is not None and (
            story_id in self.created or story_id in self.updated or story_id in self.removed
        )

    def __or__(self, other: StoryChanges) -> StoryChanges:
        return StoryChanges(
            self.created | other.created,
            self.updated | other.updated,
            self.removed | other.removed,
        )
