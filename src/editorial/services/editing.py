"""The use cases of writing: new story, save, trash, restore, and the published HTML.

Each mutation returns what changed (`StoryChanges`) so the window refreshes only that.
The trash is the workflow's spike: `trash` and `restore` are the workflow's moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editorial.domain.byline import Byline
from editorial.domain.changes import StoryChanges
from editorial.domain.dateline import Dateline
from editorial.domain.errors import StoryReadOnly
from editorial.domain.house_style import format_dateline
from editorial.domain.story import Status, Story, StorySummary, new_story, slugify
from editorial.domain.workflow import is_read_only, read_only_message
from editorial.services.styles import StyleBook
from editorial.services.workflow import WorkflowService, current_user_name
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
        workflow: WorkflowService | None = None,
    ) -> None:
        self._library = library
        self._preferences = preferences
        self.styles = styles or StyleBook()
        self._workflow = workflow or WorkflowService(library, preferences)

    def list_stories(self, *, trashed: bool = False) -> list[StorySummary]:
        return self._library.list_stories(trashed=trashed)

    def list_page(
        self, *, trashed: bool = False, after: StorySummary | None = None, limit: int = 200
    ) -> list[StorySummary]:
        """One page of the story list (newest change first) after the row `after`."""
        return self._library.listing.page(trashed=trashed, after=after, limit=limit)

    def summaries_of(self, story_ids: Iterable[int]) -> list[StorySummary]:
        """These stories as a list shows them, trashed or not; missing ones left out."""
        return self._library.listing.summaries_of(story_ids)

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
        story = self._library.add(self.draft(headline), by=current_user_name(self._preferences))
        assert story.id is not None
        return Saved(story, StoryChanges(created=frozenset({story.id})))

    def save(self, story: Story, explicit: bool = False) -> Saved:
        """Keep an edited story. Saving what the library already holds changes nothing
        (autosave after an undo back to the saved text must not bump the version).
        `explicit`: the editor asked to save (Ctrl+S, the command line), so the version
        it replaces is kept as a revision; autosaves coalesce. An approved, published,
        spiked or killed story is refused (`StoryReadOnly`): change it through Correct."""
        assert story.id is not None
        stored = self._library.get(story.id)
        if is_read_only(stored.status):
            raise StoryReadOnly.saying(read_only_message(stored.status))
        if stored.version == story.version and stored.same_content(story):
            if explicit:  # Ctrl+S after an autosave: this version is one the editor kept
                self._library.keep_version(story.id, stored.version)
            return Saved(stored, StoryChanges())
        by = current_user_name(self._preferences)
        saved = self._library.save(story, explicit=explicit, by=by)
        return Saved(saved, StoryChanges(updated=frozenset({story.id})))

    def discard_unused(self, story_id: int, version: int) -> StoryChanges:
        """Remove a new story left as it was made (still `version`, nothing written in
        it): a Ctrl+N closed unused leaves no "Untitled story" behind."""
        removed = self._library.discard_unused(story_id, version)
        return StoryChanges(removed=frozenset({story_id}) if removed else frozenset())

    def trash(self, story_id: int) -> StoryChanges:
        """Spike the story (the window's Move to Trash)."""
        return self._workflow.spike(story_id).changes.stories

    def restore(self, story_id: int) -> StoryChanges:
        """Restore a spiked story to the state it had."""
        return self._workflow.restore(story_id).changes.stories

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
        by = current_user_name(self._preferences)
        copy = self._library.add(
            self.draft().with_content_of(story).edited(status=Status.DRAFT), by=by
        )
        assert copy.id is not None
        return Saved(copy, StoryChanges(created=frozenset({copy.id})))

    @staticmethod
    def suggested_slug(headline: str) -> str:
        return slugify(headline)
