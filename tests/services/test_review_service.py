"""The copy desk's review over a real library: what changed since filing, any two versions
compared, comments kept beside the story (never exported), and the desk's board."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from editorial.domain.errors import BadInput
from editorial.domain.review import DeskGroup, DeskOrder, group_entries
from editorial.domain.story import Status
from editorial.services.desk import Desk, open_desk
from editorial.services.workflow import USER_VARIABLE
from editorial.settings import Preferences
from tests.storage.whole import row_count

BODY = "The council voted 31 to 12 on Tuesday.\n\nRepairs would take two years."


@pytest.fixture
def desk(library_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv(USER_VARIABLE, "Rita Reporter")
    opened = open_desk(library_location, Preferences(agency_domain="x.org"))
    yield opened
    opened.close()


def filed_story(desk: Desk) -> int:
    story = desk.editing.create("Council closes the bridge").story
    story = desk.editing.save(story.edited(body=BODY), explicit=True).story
    assert story.id is not None
    desk.workflow.submit(story.id)
    return story.id


def test_the_review_shows_the_changes_since_the_story_was_filed(desk: Desk) -> None:
    story_id = filed_story(desk)
    review = desk.review.open_review(story_id)
    assert not review.comparison.changed and "No changes since it was filed" in review.base_reason
    story = desk.editing.get(story_id)
    desk.editing.save(story.edited(body=BODY.replace("two years", "three years")), explicit=True)
    review = desk.review.review(story_id)
    assert review.comparison.changed
    assert '<del class="diff-del">two</del>' in review.comparison.html
    assert '<ins class="diff-ins">three</ins>' in review.comparison.html
    assert "since it was filed" in review.base_reason
    actions = [v.action for v in review.versions]
    assert actions[0] == "save" and "submit" in actions  # v1 was coalesced
    # Any two versions: the body as saved and as filed read the same (only the state moved).
    first, filed = review.versions[0].version, review.comparison.old_version
    assert not desk.review.compare(story_id, first, filed).changed
    assert "three" in desk.review.compare(story_id, first, review.story.version).html
    with pytest.raises(BadInput, match="not kept"):
        desk.review.compare(story_id, 0, first)


def test_a_story_returned_and_filed_again_shows_what_its_author_changed(desk: Desk) -> None:
    story_id = filed_story(desk)
    desk.workflow.return_(story_id, "Name the councillor.")
    story = desk.editing.get(story_id)
    desk.editing.save(story.edited(body=BODY + "\n\nCouncillor Ann Lee proposed it."))
    desk.workflow.submit(story_id)
    review = desk.review.review(story_id)
    assert "first filed" in review.base_reason
    assert '<ins class="diff-ins">' in review.comparison.html and "Ann" in review.comparison.html


def test_comments_are_kept_placed_and_detached_and_never_exported(
    desk: Desk, library_location: str
) -> None:
    story_id = filed_story(desk)
    comment = desk.review.add_comment(story_id, "two years", "Source for the estimate?")
    assert comment.anchor.field == "body" and comment.by == "Rita Reporter"
    desk.review.add_comment(story_id, "Council", "Which council?")
    with pytest.raises(BadInput, match="needs some text"):
        desk.review.add_comment(story_id, "Council", "  ")
    placed = desk.review.comments(story_id)
    assert [p.detached for p in placed] == [False, False]
    story = desk.editing.get(story_id)
    desk.editing.save(story.edited(body=BODY.replace("two years", "three years")))
    placed = desk.review.comments(story_id)
    assert [p.detached for p in placed] == [True, False]  # kept, marked detached
    story = desk.editing.get(story_id)
    for format_ in ("ninjs", "markdown", "html"):
        exported = desk.transfer.export(story, format_)
        assert "Source for the estimate" not in exported and "Which council" not in exported
    assert "Source for the estimate" not in json.dumps(desk.editing.render(story))
    desk.review.remove_comment(comment.id)
    assert len(desk.review.comments(story_id)) == 1
    assert row_count(library_location, "review_comments") == 1  # the library keeps them apart


def test_the_board_counts_filed_in_review_and_the_rest(desk: Desk) -> None:
    first, second = filed_story(desk), filed_story(desk)
    desk.editing.create("A draft is not on the board")
    groups = group_entries(desk.review.board(), DeskOrder.TIME)
    assert [e.id for e in groups[DeskGroup.FILED]] == [second, first]
    mark = desk.review.change_mark()
    desk.review.open_review(first)
    assert desk.review.change_mark() != mark
    groups = group_entries(desk.review.board(), DeskOrder.TIME)
    assert [e.id for e in groups[DeskGroup.IN_REVIEW]] == [first]
    assert groups[DeskGroup.IN_REVIEW][0].reviewer == "Rita Reporter"
    desk.workflow.approve(first)
    desk.workflow.return_(second, "Shorter.")
    groups = group_entries(desk.review.board(), DeskOrder.URGENCY)
    assert [len(groups[g]) for g in DeskGroup] == [0, 0, 1, 1, 0]
    desk.workflow.mark_published(first)
    assert desk.editing.get(first).status is Status.PUBLISHED
    desk.workflow.submit(second)  # filed again: not in review until someone opens it
    groups = group_entries(desk.review.board(), DeskOrder.URGENCY)
    assert [len(groups[g]) for g in DeskGroup] == [1, 0, 0, 0, 1]
