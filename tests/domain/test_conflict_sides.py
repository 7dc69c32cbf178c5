"""Two texts of a story side by side, and the soft lock's words (no Qt, no library)."""

from __future__ import annotations

import datetime as dt

from editorial.domain.byline import Byline
from editorial.domain.conflict_sides import merged, side_by_side, sides_html
from editorial.domain.story import Story
from editorial.domain.story_lock import STALE_AFTER, LockHolder, StoryLock, being_edited_message
from editorial.domain.text_diff import diff_words

THEIRS = Story(uri="u", headline="Ministers agree to resume talks", body="Talks next month.",
               bylines=(Byline("Anna Ivanova"),))  # fmt: skip
MINE = THEIRS.edited(headline="Talks resume", body="Talks early next month <b>.",
                     bylines=(Byline("John Smith"),))  # fmt: skip


def test_each_side_marks_the_words_only_it_has_and_escapes_the_rest() -> None:
    theirs, mine = sides_html(diff_words("resume talks today", "resume the talks <soon>"))
    assert theirs == 'resume talks <span class="only-theirs">today</span>'
    only_mine = '<span class="only-mine">'
    assert mine == f"resume {only_mine}the </span>talks {only_mine}&lt;soon&gt;</span>"


def test_only_the_fields_that_differ_are_set_side_by_side_in_their_order() -> None:
    fields = side_by_side(THEIRS, MINE)
    assert [f.name for f in fields] == ["headline", "bylines", "body"]
    headline, bylines, body = fields
    assert (headline.theirs, headline.mine, headline.editable) == (
        "Ministers agree to resume talks",
        "Talks resume",
        True,
    )
    assert (bylines.theirs, bylines.mine, bylines.editable) == ("Anna Ivanova", "John Smith", False)
    assert "&lt;b&gt;" in body.mine_html
    assert side_by_side(THEIRS, THEIRS) == ()


def test_a_merge_takes_the_edited_texts_and_the_fields_chosen_from_theirs() -> None:
    story = merged(THEIRS, MINE, {"headline": "Talks to resume"}, ["bylines"])
    assert story.headline == "Talks to resume"
    assert story.bylines == THEIRS.bylines
    assert story.body == MINE.body


def test_the_lock_says_who_where_and_since_when() -> None:
    since = dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC)
    lock = StoryLock(7, LockHolder("Anna Ivanova", "desk-3", "x"), since, since + STALE_AFTER)
    local = since.astimezone()
    assert being_edited_message(lock, since) == (
        f"Being edited by Anna Ivanova on desk-3 since {local:%H:%M}"
    )
    next_week = since + dt.timedelta(days=7)
    assert f"{local:%d %b %Y}" in being_edited_message(lock, next_week)
    assert not lock.is_stale(since + STALE_AFTER - dt.timedelta(seconds=1))
    assert lock.is_stale(since + STALE_AFTER)
    assert lock.held_by(LockHolder("Someone else", "elsewhere", "x"))  # the window counts
