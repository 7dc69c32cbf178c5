"""What a change says to the views: which kinds of thing it touched."""

from __future__ import annotations

import datetime as dt

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.story import new_story


def test_an_empty_change_concerns_no_view() -> None:
    assert DeskChanges().is_empty
    assert DeskChanges.of_stories(StoryChanges()).is_empty
    assert not DeskChanges(staff=True).is_empty
    assert not DeskChanges.of_stories(StoryChanges(removed=frozenset({3}))).is_empty


def test_only_preferences_a_story_shows_make_it_redrawn_and_rechecked() -> None:
    assert not DeskChanges(preferences=frozenset({"editor_name", "agency_domain"})).shown_in_a_story
    for key in ("house_style", "headline_limit"):
        changes = DeskChanges(preferences=frozenset({key, "editor_name"}))
        assert changes.shown_in_a_story and changes.checks_changed
    assert DeskChanges(styles=True).shown_in_a_story
    words = DeskChanges(dictionary=frozenset({"en"}))
    assert words.checks_changed and not words.shown_in_a_story
    assert not DeskChanges(staff=True).checks_changed


def test_changes_combine_and_keep_the_stories_in_hand() -> None:
    kept = new_story("example.org", headline="Kept").edited(
        id=4, updated_at=dt.datetime.now(dt.UTC)
    )
    saved = DeskChanges.of_stories(StoryChanges(updated=frozenset({4})), kept)
    both = saved | DeskChanges(staff=True, dictionary=frozenset({"ru"}))
    assert both.stories.updated == {4} and both.staff and both.dictionary == {"ru"}
    assert both.story_in_hand(4) is kept and both.story_in_hand(5) is None
