"""The use cases of writing: new story, save, trash, restore, and the published HTML.

Each mutation returns what changed (`StoryChanges`) so the window refreshes only that.
"""

from __future__ import annotations

from dataclasses import dataclass

from editorial.domain.byline import Byline
from editorial.domain.changes import StoryChanges
from editorial.domain.dateline import Dateline
from editorial.domain.house_style import format_dateline
from editorial.domain.story import Story, StorySummary, new_story, slugify
from editorial.services.styles import StyleBook
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library


@dataclass(frozen=True, slots=True)
class Saved:
    """A story as the library now holds it, and what that changed."""

    story: Story
    changes: StoryChanges


class EditingService:
    def __init__(
        self,
        library: Library,
        preferences: PreferencesHolder,
        styles: StyleBook | None = None,
    ) -> None:
        self._library = library
        self._preferences = preferences
        self.styles = styles or StyleBook()

    def list_stories(self, *, trashed: bool = False) -> list[StorySummary]:
        return self._library.list_stories(trashed=trashed)

    def get(self, story_id: int) -> Story:
        return self._library.get(story_id)

    def draft(self, headline: str = "") -> Story:
        """A new story as this editor starts one: their byline, the house language and
        the agency named in the dateline. Not yet kept."""
        preferences = self._preferences.current
        name = preferences.byline_name
        story = new_story(
            preferences.agency_domain,
            headline=headline,
            bylines=(Byline(name=name),) if name else (),
            language=preferences.default_language,
        )
        source = preferences.dateline_source.strip()
        return story.edited(dateline=Dateline(source=source)) if source else story

    def create(self, headline: str = "") -> Saved:
        story = self._library.add(self.draft(headline))
        assert story.id is not None
        return Saved(story, StoryChanges(created=frozenset({story.id})))

    def save(self, story: Story) -> Saved:
        """Keep an edited story. Saving what the library already holds changes nothing
        (autosave after an undo back to the saved text must not bump the version)."""
        assert story.id is not None
        stored = self._library.get(story.id)
        if stored.version == story.version and stored.same_content(story):
            return Saved(stored, StoryChanges())
        saved = self._library.save(story)
        return Saved(saved, StoryChanges(updated=frozenset({story.id})))

    def trash(self, story_id: int) -> StoryChanges:
        self._library.trash(story_id)
        return StoryChanges(removed=frozenset({story_id}))

    def restore(self, story_id: int) -> StoryChanges:
        self._library.restore(story_id)
        return StoryChanges(created=frozenset({story_id}))

    def render(self, story: Story) -> str:
        """The published HTML, in the house style chosen in the settings."""
        from editorial.domain.render import render_story

        return render_story(story, self.styles.chosen(self._preferences.current))

    def dateline_text(self, story: Story) -> str:
        return self.format_dateline(story.dateline, story.language)

    def format_dateline(self, dateline: Dateline, language: str = "") -> str:
        """The dateline as the house style writes it (the one formatter of the app)."""
        return format_dateline(dateline, self.styles.chosen(self._preferences.current), language)

    def save_as_copy(self, story: Story) -> Saved:
        """Keep an editor's text as a new story with a uri of its own (after a conflict)."""
        copy = self._library.add(self.draft().with_content_of(story))
        assert copy.id is not None
        return Saved(copy, StoryChanges(created=frozenset({copy.id})))

    @staticmethod
    def suggested_slug(headline: str) -> str:
        return slugify(headline)
