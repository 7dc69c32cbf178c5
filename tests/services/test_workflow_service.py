"""The workflow as the desk uses it: the current user and their roles, read-only states,
the trash as the spike, revisions that coalesce autosaves, publication and corrections."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from editorial.domain.errors import MoveNotAllowed, StoryReadOnly, VersionConflict
from editorial.domain.story import Status
from editorial.domain.workflow import EVERY_ROLE, Role
from editorial.services.desk import Desk, open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences


@pytest.fixture
def desk(library_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    opened = open_desk(library_location, Preferences(agency_domain="x.org"))
    yield opened
    opened.close()


def staff_the_desk(desk: Desk) -> None:
    desk.workflow.keep_profile("Rita Reporter", frozenset({Role.REPORTER}))
    desk.workflow.keep_profile("Cody Copy", frozenset({Role.COPY_EDITOR}), "CC")
    desk.workflow.keep_profile("Carla Chief", frozenset({Role.CHIEF}))


def test_the_current_user_is_the_preferences_name_else_the_variable(desk: Desk) -> None:
    assert desk.workflow.user().name == "Rita Reporter"
    desk.preferences.update({"editor_name": "Anna Ivanova"})
    assert desk.workflow.user().name == "Anna Ivanova"


def test_alone_at_the_desk_one_has_every_role(desk: Desk) -> None:
    assert desk.workflow.user().roles == EVERY_ROLE
    desk.workflow.keep_profile("Rita Reporter", frozenset({Role.REPORTER}))
    assert desk.workflow.user().roles == EVERY_ROLE
    assert desk.workflow.profiles()[0].initials == "RR"


def test_the_newsroom_round_trip_by_three_people(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff_the_desk(desk)
    story = desk.editing.create("Quake hits eastern Turkey").story
    assert story.id is not None
    assert desk.workflow.submit(story.id).story.status is Status.SUBMITTED
    with pytest.raises(MoveNotAllowed, match="role of copy editor or chief"):
        desk.workflow.approve(story.id)
    monkeypatch.setenv(USER_VARIABLE, "Cody Copy")
    returned = desk.workflow.return_(story.id, "Give the toll's source.")
    assert returned.story.status is Status.RETURNED and returned.changes.stories.updated == {
        story.id
    }
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    text = desk.editing.save(returned.story.edited(body="Officials said 12 died."), True).story
    desk.workflow.submit(story.id, text.version)
    monkeypatch.setenv(USER_VARIABLE, "Cody Copy")
    approved = desk.workflow.approve(story.id).story
    with pytest.raises(StoryReadOnly, match="read-only"):
        desk.editing.save(approved.edited(body="A quiet change."))
    published = desk.workflow.mark_published(story.id).story
    with pytest.raises(StoryReadOnly, match="only through Correct"):
        desk.editing.save(published.edited(body="A quiet change."))
    with pytest.raises(MoveNotAllowed, match="role of chief"):
        desk.workflow.correct(story.id, "Corrects the toll.")
    monkeypatch.setenv(USER_VARIABLE, "Carla Chief")
    corrected = desk.workflow.correct(story.id, "Corrects the toll.").story
    assert corrected.status is Status.CORRECTED and corrected.uri == story.uri
    assert corrected.note == "Corrects the toll."
    desk.editing.save(corrected.edited(body="Officials said 13 died."), True)

    history = desk.workflow.history(story.id)
    assert [(e.by, e.action, e.status.value) for e in history] == [
        ("Rita Reporter", "create", "draft"),
        ("Rita Reporter", "submit", "submitted"),
        ("Cody Copy", "return", "returned"),
        ("Rita Reporter", "submit", "submitted"),
        ("Cody Copy", "approve", "approved"),
        ("publishing", "publish", "published"),
        ("Carla Chief", "correct", "corrected"),
    ]
    assert history[2].note == "Give the toll's source."
    assert [e.version for e in history] == [1, 2, 3, 5, 6, 7, 8]


def test_a_move_from_a_stale_copy_is_a_conflict(desk: Desk) -> None:
    story = desk.editing.create("Quake").story
    assert story.id is not None
    desk.editing.save(story.edited(body="Meanwhile."))
    with pytest.raises(VersionConflict):
        desk.workflow.submit(story.id, story.version)


def test_the_windows_trash_and_restore_are_spike_and_restore(desk: Desk) -> None:
    story = desk.editing.create("Quake").story
    assert story.id is not None
    desk.workflow.submit(story.id)
    assert desk.editing.trash(story.id).removed == {story.id}
    assert desk.editing.get(story.id).status is Status.SPIKED
    assert [s.id for s in desk.editing.list_stories(trashed=True)] == [story.id]
    with pytest.raises(StoryReadOnly, match="spiked"):
        desk.editing.save(desk.editing.get(story.id).edited(body="x"))
    assert desk.editing.restore(story.id).created == {story.id}
    assert desk.editing.get(story.id).status is Status.SUBMITTED
    assert [e.action for e in desk.workflow.history(story.id)][-2:] == ["spike", "restore"]


def test_a_reporter_spikes_only_their_own(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    staff_the_desk(desk)
    monkeypatch.setenv(USER_VARIABLE, "Carla Chief")
    story = desk.editing.create("The chief's own").story
    assert story.id is not None
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    with pytest.raises(MoveNotAllowed, match="Carla Chief's"):
        desk.editing.trash(story.id)
    mine = desk.editing.create("Mine").story
    assert mine.id is not None
    assert desk.workflow.spike(mine.id).story.status is Status.SPIKED


def test_autosaves_coalesce_and_explicit_saves_and_moves_keep_revisions(desk: Desk) -> None:
    story = desk.editing.create("Quake").story
    assert story.id is not None
    for n in range(3):  # typing: the working version, saved as it goes
        story = desk.editing.save(story.edited(body=f"Draft {n}.")).story
    assert desk.workflow.revisions(story.id) == []
    story = desk.editing.save(story.edited(body="Filed text."), explicit=True).story
    for n in range(3):
        story = desk.editing.save(story.edited(body=f"Filed text, then {n}.")).story
    moved = desk.workflow.submit(story.id).story
    kept = desk.workflow.revisions(story.id)
    assert [(r.story.body, r.action) for r in kept] == [
        ("Filed text.", "autosave"),  # the explicit save, kept when typing went on
        ("Filed text, then 2.", "submit"),  # the working version, kept by the move
    ]
    assert [r.story.version for r in kept] == [5, 8] and moved.version == 9
