"""Writing a story through the editing service."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.dateline import Dateline
from editorial.domain.story import Status
from editorial.services.editing import EditingService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from tests.story_samples import CONTENT_NAMES, differences, every_field_set


@pytest.fixture
def editing(library_location: str) -> EditingService:
    preferences = Preferences(
        editor_name="Anna Ivanova",
        agency_domain="ria.ru",
        dateline_source="RIA Novosti",
        default_language="ru",
    )
    library = Library.open(library_location)
    yield EditingService(library, PreferencesHolder(preferences))
    library.close()


def test_a_new_story_carries_the_editors_byline_language_and_agency(
    editing: EditingService,
) -> None:
    saved = editing.create("Russia urges dialogue")
    story = saved.story
    assert saved.changes.created == {story.id}
    assert [b.name for b in story.bylines] == ["Anna Ivanova"]
    assert story.language == "ru"
    assert story.dateline.source == "RIA Novosti"
    assert story.uri.startswith("urn:newsml:ria.ru:")
    assert story.slug == "russia-urges-dialogue"


def test_saving_unchanged_text_changes_nothing(editing: EditingService) -> None:
    story = editing.create("Unchanged").story
    again = editing.save(story)
    assert again.story.version == story.version
    assert not again.changes.list_changed

    edited = editing.save(story.edited(body="New text"))
    assert edited.story.version == story.version + 1
    assert edited.changes.updated == {story.id}


def test_saving_by_hand_keeps_what_an_autosave_wrote(editing: EditingService) -> None:
    """Ctrl+S right after an autosave changes no text, but the editor asked to keep that
    version: it becomes a revision once the next save replaces it. Autosaves alone
    coalesce."""
    story = editing.create("Talks").story
    first = editing.save(story.edited(body="Draft one.")).story  # autosave: the working one
    second = editing.save(first.edited(body="Draft two.")).story  # autosave again
    assert editing.save(second, explicit=True).story.version == second.version  # Ctrl+S
    editing.save(second.edited(body="Draft three."))  # autosave replaces the kept version
    kept = [r.story.body for r in editing._library.revisions(story.id)]  # type: ignore[arg-type]
    assert "Draft two." in kept and "Draft one." not in kept


def test_trash_and_restore_report_what_changed(editing: EditingService) -> None:
    story = editing.create("To the trash").story
    assert story.id is not None
    assert editing.trash(story.id).removed == {story.id}
    assert editing.list_stories() == []
    assert [s.id for s in editing.list_stories(trashed=True)] == [story.id]
    assert editing.restore(story.id).created == {story.id}
    assert [s.id for s in editing.list_stories()] == [story.id]


def test_render_puts_the_dateline_at_the_head_of_the_lede(editing: EditingService) -> None:
    story = editing.create("Serdyukov in Ankara").story.edited(
        dateline=Dateline(
            city="Ankara", country="Turkey", date=dt.date(2008, 11, 18), source="RIA Novosti"
        ),
        lede="Russian Defense Minister Anatoly Serdyukov called on Tuesday for talks.",
        body="Serdyukov is on a two-day official visit.",
        language="en",
    )
    html = editing.render(story)
    assert (
        '<p class="lede"><span class="dateline">ANKARA, November 18 (RIA Novosti) -</span> '
        "Russian Defense Minister"
    ) in html
    assert html.index("two-day official visit") > html.index("Russian Defense Minister")
    assert editing.dateline_text(story) == "ANKARA, November 18 (RIA Novosti) -"


def test_a_kept_story_summarises_itself_for_the_list(editing: EditingService) -> None:
    story = editing.create("Listed").story
    assert story.summary() == editing.list_stories()[0]
    with pytest.raises(ValueError):
        editing.draft("Not kept").summary()


def test_a_copy_after_a_conflict_keeps_every_content_field(editing: EditingService) -> None:
    mine = editing.create("Mine").story.with_content_of(every_field_set())
    copy = editing.save_as_copy(mine).story
    # Every field but the state: a copy is a new story, so it starts as a draft.
    assert differences(copy, mine, CONTENT_NAMES) == {"status": (Status.DRAFT, mine.status)}
    assert copy.id != mine.id and copy.uri != mine.uri and copy.version == 1
    assert copy.uri.startswith("urn:newsml:ria.ru:")
