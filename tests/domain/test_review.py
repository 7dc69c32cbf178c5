"""Comments anchored to a passage, followed as the story changes, and the desk's board."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.review import (
    STORY_WIDE,
    Anchor,
    DeskEntry,
    DeskGroup,
    DeskOrder,
    ReviewComment,
    anchor_in,
    check_comment,
    group_entries,
    place_comment,
)
from editorial.domain.story import Status
from editorial.domain.story import new_story as draft

BODY = "The council voted 31 to 12 on Tuesday.\n\nRepairs would take two years."
T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def comment_on(anchor: Anchor) -> ReviewComment:
    return ReviewComment(1, 7, anchor, "Which council?", "Cody", T0, 3)


def test_a_passage_is_found_in_its_field() -> None:
    story = draft("x.org", headline="Bridge to close").edited(body=BODY)
    assert anchor_in(story, "31 to 12") == Anchor("body", BODY.index("31 to 12"), "31 to 12")
    assert anchor_in(story, "Bridge") == Anchor("headline", 0, "Bridge")
    assert anchor_in(story, "not in the story") is None
    assert anchor_in(story, "   ") is None


def test_a_comment_follows_its_passage_and_detaches_when_it_changes() -> None:
    story = draft("x.org", headline="Bridge to close").edited(body=BODY)
    anchor = anchor_in(story, "two years")
    assert anchor is not None
    comment = comment_on(anchor)
    assert place_comment(comment, story).anchor == anchor
    # Text added before it: the passage moved, the comment moves with it.
    moved = story.edited(body="Late on Tuesday: " + BODY)
    placed = place_comment(comment, moved)
    assert not placed.detached and placed.anchor is not None
    assert placed.anchor.start == anchor.start + len("Late on Tuesday: ")
    # The passage itself changed: the comment stays, detached.
    changed = story.edited(body=BODY.replace("two years", "three years"))
    assert place_comment(comment, changed).detached


def test_a_comment_on_the_rendered_text_only_stays_while_that_text_reads_so() -> None:
    story = draft("x.org", headline="Bridge to close").edited(body=BODY)
    comment = comment_on(Anchor(STORY_WIDE, 0, "Tuesday.\nRepairs"))
    assert not place_comment(comment, story).detached
    assert place_comment(comment, story.edited(body="Gone.")).detached
    # Across the dateline the story prints before its lede.
    lede = story.edited(lede="The council met.")
    across = comment_on(Anchor(STORY_WIDE, 0, "ANKARA, Nov 18 - The council"))
    assert not place_comment(across, lede, "ANKARA, Nov 18 -").detached
    assert place_comment(across, lede, "ISTANBUL, Nov 18 -").detached


def test_an_empty_or_overlong_comment_is_refused() -> None:
    assert check_comment("  Which? ", " council ") == ("Which?", "council")
    with pytest.raises(ValueError, match="needs some text"):
        check_comment("  ", "council")
    with pytest.raises(ValueError, match="Select the passage"):
        check_comment("Which?", "")
    with pytest.raises(ValueError, match="at most"):
        check_comment("x" * 5000, "council")


def entry(
    story_id: int, status: Status, urgency: int, minutes: int, reviewer: str = ""
) -> DeskEntry:
    at = T0 + dt.timedelta(minutes=minutes)
    return DeskEntry(story_id, f"Story {story_id}", "", status, urgency, at, "Rita", reviewer)


def test_the_board_groups_by_state_and_sorts_by_urgency_or_time() -> None:
    entries = [
        entry(1, Status.SUBMITTED, 5, 0),
        entry(2, Status.SUBMITTED, 2, 10),
        entry(3, Status.SUBMITTED, 4, 5, reviewer="Cody"),
        entry(4, Status.APPROVED, 3, 1),
        entry(5, Status.CORRECTED, 3, 2),
        entry(6, Status.RETURNED, 3, 3),
    ]
    by_urgency = group_entries(entries, DeskOrder.URGENCY)
    assert list(by_urgency) == list(DeskGroup)
    assert [e.id for e in by_urgency[DeskGroup.FILED]] == [2, 1]
    assert [e.id for e in by_urgency[DeskGroup.IN_REVIEW]] == [3]
    assert [e.id for e in by_urgency[DeskGroup.PUBLISHED]] == [5]
    by_time = group_entries(entries, DeskOrder.TIME)
    assert [e.id for e in by_time[DeskGroup.FILED]] == [2, 1]
    entries.append(entry(7, Status.SUBMITTED, 9, 20))
    assert [e.id for e in group_entries(entries, DeskOrder.TIME)[DeskGroup.FILED]] == [7, 2, 1]
    assert [e.id for e in group_entries(entries, DeskOrder.URGENCY)[DeskGroup.FILED]] == [2, 1, 7]
