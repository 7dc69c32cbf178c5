"""A story's versions on a real library: listed with who made each, compared, restored as
a new version (version-checked, in the history), and the correction filed against the
version last published with its drafted note; the moves offered follow the moves' rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial.domain.diff_render import diff_plain, shown_fields
from editorial.domain.errors import (
    BadInput,
    MoveNotAllowed,
    StoryReadOnly,
    VersionConflict,
)
from editorial.domain.story import Status
from editorial.domain.workflow import Action, Role
from editorial.services.desk import Desk, open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences

LEDE = "Russian Defence Minister Anatoly Serdyukov called for talks on Tuesday."
BODY = (
    "The minister spoke in Ankara.\n\n"
    "He said 12 ships would take part in the exercise.\n\n"
    "Talks are expected next month."
)


@pytest.fixture
def desk(library_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv(USER_VARIABLE, "Carla Chief")
    opened = open_desk(library_location, Preferences(agency_domain="x.org"))
    yield opened
    opened.close()


def published_story(desk: Desk) -> int:
    story = desk.editing.create("Russia urges talks").story
    assert story.id is not None
    desk.editing.save(story.edited(lede=LEDE, body=BODY), explicit=True)
    desk.workflow.submit(story.id)
    desk.workflow.approve(story.id)
    desk.workflow.mark_published(story.id)
    return story.id


def test_versions_list_who_made_each_and_why(desk: Desk) -> None:
    story_id = published_story(desk)
    versions = desk.revisions.versions(story_id)
    assert [(v.version, v.action, v.by) for v in versions][-4:] == [
        (2, "edit", "Carla Chief"),  # saved over the new story, which was not kept
        (3, "submit", "Carla Chief"),
        (4, "approve", "Carla Chief"),
        (5, "publish", "publishing"),
    ]
    assert versions[-1].current and not any(v.current for v in versions[:-1])
    assert versions[-1].title == "Publish" and versions[-1].story.status is Status.PUBLISHED
    assert all(v.at is not None for v in versions)


def test_every_save_names_who_wrote_it_autosaves_and_a_save_over_one_too(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = desk.editing.create("Quake").story  # by Carla Chief
    assert story.id is not None
    monkeypatch.setenv(USER_VARIABLE, "Anna Reporter")
    typed = desk.editing.save(story.edited(body="First take.")).story  # an autosave
    assert [(v.version, v.by) for v in desk.revisions.versions(story.id)] == [
        (2, "Anna Reporter")  # the new story it coalesced into is not kept
    ]
    saved = desk.editing.save(typed.edited(body="Second take."), explicit=True).story
    monkeypatch.setenv(USER_VARIABLE, "Ben Editor")
    desk.editing.save(saved.edited(body="Third take."), explicit=True)
    versions = desk.revisions.versions(story.id)
    # Version 3 replaced an autosave: no revision or move names its author but the save.
    assert [(v.version, v.action, v.by) for v in versions] == [
        (3, "edit", "Anna Reporter"),
        (4, "save", "Ben Editor"),
    ]
    assert all(v.by for v in versions)


def test_an_imported_story_names_no_one(desk: Desk, tmp_path: Path) -> None:
    """The file's version was written by no one at this desk: "" (the window shows "—")."""
    source = tmp_path / "wire.md"
    source.write_text("---\nheadline: Wire story\n---\nBody.\n", encoding="utf-8")
    (added,) = desk.transfer.import_file(source).added
    story_id = added.id
    assert story_id is not None
    assert [(v.version, v.by) for v in desk.revisions.versions(story_id)] == [(1, "")]


def test_the_correction_is_measured_from_the_version_published_and_its_note_drafted(
    desk: Desk,
) -> None:
    story_id = published_story(desk)
    opened = desk.workflow.correct(story_id).story
    assert opened.status is Status.CORRECTED and opened.version == 6
    corrected = opened.edited(body=BODY.replace("12 ships", "15 ships"))
    desk.editing.save(corrected, explicit=True)
    draft = desk.revisions.correction_draft(story_id)
    assert draft.published.version == 5 and "12 ships" in draft.published.body
    assert "15 ships" in draft.corrected.body
    assert draft.note == "Corrects a figure in the third paragraph."
    assert [f.field.name for f in shown_fields(draft.diff)] == ["body"]
    with pytest.raises(MoveNotAllowed, match="correction note"):
        desk.workflow.submit(story_id)
    filed = desk.workflow.submit(story_id, note=draft.note).story
    assert filed.status is Status.SUBMITTED and filed.uri == opened.uri
    assert filed.note == draft.note  # the note travels as the editorial note
    assert desk.workflow.history(story_id)[-1].note == draft.note


def test_a_story_never_approved_has_nothing_to_correct_from(desk: Desk) -> None:
    story = desk.editing.create("Draft").story
    assert story.id is not None and desk.revisions.last_published(story.id) is None
    with pytest.raises(BadInput, match="never published"):
        desk.revisions.correction_draft(story.id)


def test_any_version_is_restored_as_a_new_one_version_checked(desk: Desk) -> None:
    story = desk.editing.create("Quake").story
    assert story.id is not None
    first = desk.editing.save(story.edited(body="First take."), explicit=True).story
    second = desk.editing.save(first.edited(body="Second take."), explicit=True).story
    older = next(v for v in desk.revisions.versions(story.id) if v.story.body == "First take.")
    with pytest.raises(VersionConflict):
        desk.revisions.restore(story.id, older.version, second.version - 1)
    restored = desk.revisions.restore(story.id, older.version, second.version)
    assert restored.story.body == "First take." and restored.story.version == second.version + 1
    assert restored.changes.stories.updated == {story.id}
    entry = desk.workflow.history(story.id)[-1]
    assert (entry.action, entry.by) == ("revert", "Carla Chief")
    assert entry.version == restored.story.version
    assert entry.note == f"Restored version {older.version}."
    # Nothing lost: the text it replaced is a version too, and can come back the same way.
    versions = desk.revisions.versions(story.id)
    assert [v.story.body for v in versions][-3:] == ["First take.", "Second take.", "First take."]
    assert versions[-1].title == "Restore version"
    with pytest.raises(BadInput, match="no kept version 99"):
        desk.revisions.restore(story.id, 99, restored.story.version)


def test_a_read_only_story_is_not_restored_to_another_text(desk: Desk) -> None:
    story_id = published_story(desk)
    current = desk.editing.get(story_id)
    with pytest.raises(StoryReadOnly, match="Correct"):
        desk.revisions.restore(story_id, 2, current.version)
    assert desk.editing.get(story_id).version == current.version


def test_compare_gives_the_word_diff_of_two_versions(desk: Desk) -> None:
    story = desk.editing.create("Quake").story
    assert story.id is not None
    first = desk.editing.save(story.edited(body="Five died."), explicit=True).story
    desk.editing.save(first.edited(body="Seven died."), explicit=True)
    old, new = desk.revisions.versions(story.id)[-2:]
    diff = desk.revisions.compare(old.story, new.story)
    assert diff_plain(diff.field("body").diff) == "[-Five-]{+Seven+} died."
    assert not diff.field("headline").changed


def test_the_moves_offered_are_the_moves_allowed(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.workflow.keep_profile("Rita Reporter", frozenset({Role.REPORTER}))
    desk.workflow.keep_profile("Carla Chief", frozenset({Role.CHIEF}))
    story = desk.editing.create("The chief's story").story  # started by Carla
    assert story.id is not None
    assert desk.workflow.allowed_moves(story.id) == {Action.SUBMIT, Action.SPIKE}
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    assert desk.workflow.allowed_moves(story.id) == {Action.SUBMIT}  # not hers to spike
    with pytest.raises(MoveNotAllowed):
        desk.workflow.spike(story.id)
    monkeypatch.setenv(USER_VARIABLE, "Carla Chief")
    desk.workflow.spike(story.id)
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    assert desk.workflow.allowed_moves(story.id) == frozenset()  # nor to restore
