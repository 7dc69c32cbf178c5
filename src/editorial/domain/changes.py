"""What a use case changed, so views refresh only what they must (as Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass

from editorial.domain.story import Story


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


# Preferences whose change shows in a story already open: the house style writes its
# dateline and its published text, the headline limit is checked and shown.
PREFERENCES_SHOWN_IN_A_STORY = frozenset({"house_style", "headline_limit"})


@dataclass(frozen=True, slots=True)
class DeskChanges:
    """Everything one mutation changed, as the window's change bus carries it to the views:
    each view looks for what concerns it and refreshes only that.

    `stories_in_hand` are stories as the library now holds them when whoever changed them
    has them anyway (a save, a new story): a list updates their rows from them instead of
    asking the library. Without them (another process changed the library) the ids alone
    say what to read again.
    """

    stories: StoryChanges = StoryChanges()
    stories_in_hand: tuple[Story, ...] = ()
    preferences: frozenset[str] = frozenset()  # names of the options whose value changed
    staff: bool = False  # the staff list the byline field completes from
    dictionary: frozenset[str] = frozenset()  # languages whose accepted words changed
    styles: bool = False  # the house style files were read again
    profiles: bool = False  # the desk's people and their roles (who may do what)

    @classmethod
    def of_stories(cls, changes: StoryChanges, *in_hand: Story) -> DeskChanges:
        return cls(stories=changes, stories_in_hand=in_hand)

    @property
    def is_empty(self) -> bool:
        return not (
            self.stories.list_changed
            or self.preferences
            or self.staff
            or self.dictionary
            or self.styles
            or self.profiles
        )

    @property
    def shown_in_a_story(self) -> bool:
        """Whether a story on screen looks different now (its dateline, its published
        text, its headline limit), though its text did not change."""
        return self.styles or bool(self.preferences & PREFERENCES_SHOWN_IN_A_STORY)

    @property
    def checks_changed(self) -> bool:
        """Whether the same text may now give other findings (another dictionary
        preferred spells it differently)."""
        return (
            self.shown_in_a_story
            or bool(self.dictionary)
            or "spelling_languages" in self.preferences
        )

    def story_in_hand(self, story_id: int | None) -> Story | None:
        return next((s for s in self.stories_in_hand if s.id == story_id), None)

    def __or__(self, other: DeskChanges) -> DeskChanges:
        return DeskChanges(
            self.stories | other.stories,
            self.stories_in_hand + other.stories_in_hand,
            self.preferences | other.preferences,
            self.staff or other.staff,
            self.dictionary | other.dictionary,
            self.styles or other.styles,
            self.profiles or other.profiles,
        )
