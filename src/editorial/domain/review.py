"""The copy desk's review: comments anchored to a passage of a story, and the desk's board
of stories grouped by where they stand.

A comment is anchored by the passage it quotes: the field it was found in, the offset
there and the quoted text itself. When the story changes, the anchor is looked for again:
where it was, else the same passage elsewhere in its field (the text around it moved),
else the comment stays, detached (the passage itself was changed or removed). A comment is
the desk's talk about a story and never part of it: it is kept beside the story, never
published and never exported.

The board groups the stories a desk works on: filed (submitted, no copy editor has
opened them yet), in review (submitted, and a copy editor opened the review since they
were filed), approved, returned and published (a correction under way counts there).
Drafts, spiked and killed stories are not the desk's business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from editorial.domain.story import Status, Story

# Fields a comment may be anchored in, in the order a passage is looked for.
ANCHOR_FIELDS = ("headline", "lede", "body", "note")
STORY_WIDE = ""  # a comment on a passage found in no field (the preview's own words)
MAX_COMMENT_CHARS = 4000
MAX_QUOTE_CHARS = 1000
# A few counts and maxima of the library that change whenever a story, its state or its
# review does (`ReviewService.change_mark`): compared for equality only. Its last part
# changes with the desk's people (a profile added, removed, its initials or roles
# changed), which no story's time shows: `stories_part` and `people_part` tell them apart.
ChangeMark = tuple[object, ...]


def stories_part(mark: ChangeMark | None) -> ChangeMark | None:
    return mark[:-1] if mark is not None else None


def people_part(mark: ChangeMark | None) -> object:
    return mark[-1] if mark else None


@dataclass(frozen=True, slots=True)
class Anchor:
    """A passage of a story: `quote` at `start` in `field` (STORY_WIDE: in no one field)."""

    field: str
    start: int
    quote: str

    @property
    def end(self) -> int:
        return self.start + len(self.quote)


@dataclass(frozen=True, slots=True)
class ReviewComment:
    """A reviewer's comment on a passage, made on a version of the story."""

    id: int
    story_id: int
    anchor: Anchor
    text: str
    by: str
    at: dt.datetime
    version: int


@dataclass(frozen=True, slots=True)
class PlacedComment:
    """A comment as it stands against the story now: where its passage is (`anchor` with
    the current offset), or detached (None) when the passage has since changed."""

    comment: ReviewComment
    anchor: Anchor | None

    @property
    def detached(self) -> bool:
        return self.anchor is None


def _field_text(story: Story, field: str) -> str:
    value = getattr(story, field, "")
    return value if isinstance(value, str) else ""


def anchor_in(story: Story, quote: str, near: Anchor | None = None) -> Anchor | None:
    """Where `quote` stands in the story: at `near` if it still is there, else its first
    place in `near`'s field, else its first place in any field; None if nowhere. The
    quote is matched as written, white space and case included: a changed word detaches."""
    if not quote.strip():
        return None
    if near is not None and near.field:
        text = _field_text(story, near.field)
        if text[near.start : near.start + len(quote)] == quote:
            return Anchor(near.field, near.start, quote)
        found = text.find(quote)
        if found >= 0:
            return Anchor(near.field, found, quote)
        return None  # its own field no longer has it: a copy elsewhere is another passage
    for field in ANCHOR_FIELDS:
        found = _field_text(story, field).find(quote)
        if found >= 0:
            return Anchor(field, found, quote)
    return None


def place_comment(comment: ReviewComment, story: Story, dateline: str = "") -> PlacedComment:
    """The comment against the story as it now stands. `dateline`: the dateline as the
    story prints it before the lede (a passage selected across both reads so)."""
    anchor = comment.anchor
    if not anchor.field:  # anchored to the read text only: attached while it reads so
        kept = anchor if _collapse(anchor.quote) in reading_text(story, dateline) else None
        return PlacedComment(comment, kept)
    return PlacedComment(comment, anchor_in(story, anchor.quote, anchor))


def reading_text(story: Story, dateline: str = "") -> str:
    """The story's words as a reader meets them (headline, dateline, lede, body, note),
    white space collapsed: what a passage selected across fields is looked for in."""
    parts = (story.headline, dateline, story.lede, story.body, story.note)
    return _collapse(" ".join(part for part in parts if part))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def check_comment(text: str, quote: str) -> tuple[str, str]:
    """A comment's text and quote, trimmed; `ValueError` with the reason when unfit."""
    text, quote = text.strip(), quote.strip()
    if not text:
        raise ValueError("A comment needs some text.")
    if not quote:
        raise ValueError("Select the passage the comment is about first.")
    if len(text) > MAX_COMMENT_CHARS:
        raise ValueError(f"A comment is at most {MAX_COMMENT_CHARS} characters.")
    if len(quote) > MAX_QUOTE_CHARS:
        raise ValueError(f"A comment's passage is at most {MAX_QUOTE_CHARS} characters.")
    return text, quote


# The desk's board


class DeskGroup(StrEnum):
    FILED = "filed"
    IN_REVIEW = "in review"
    APPROVED = "approved"
    RETURNED = "returned"
    PUBLISHED = "published"

    @property
    def heading(self) -> str:
        return self.value.capitalize()


GROUP_OF_STATUS: dict[Status, DeskGroup] = {
    Status.SUBMITTED: DeskGroup.FILED,
    Status.APPROVED: DeskGroup.APPROVED,
    Status.RETURNED: DeskGroup.RETURNED,
    Status.PUBLISHED: DeskGroup.PUBLISHED,
    Status.CORRECTED: DeskGroup.PUBLISHED,
}
BOARD_STATUSES = frozenset(GROUP_OF_STATUS)


@dataclass(frozen=True, slots=True)
class DeskEntry:
    """A story on the desk's board: what the board shows of it. `since`: when it came to
    its state (the move that put it there); `reviewer`: who opened its review since it
    was filed ("" when nobody has)."""

    id: int
    headline: str
    slug: str
    status: Status
    urgency: int
    since: dt.datetime
    by: str
    reviewer: str = ""

    @property
    def group(self) -> DeskGroup:
        if self.status is Status.SUBMITTED and self.reviewer:
            return DeskGroup.IN_REVIEW
        return GROUP_OF_STATUS[self.status]


class DeskOrder(StrEnum):
    URGENCY = "urgency"  # most urgent first (1 is a flash), the longest waiting next
    TIME = "time"  # the latest to arrive in its state first


def sort_entries(entries: list[DeskEntry], order: DeskOrder) -> list[DeskEntry]:
    if order is DeskOrder.URGENCY:
        return sorted(entries, key=lambda e: (e.urgency, e.since, e.id))
    return sorted(entries, key=lambda e: (e.since, e.id), reverse=True)


def group_entries(entries: list[DeskEntry], order: DeskOrder) -> dict[DeskGroup, list[DeskEntry]]:
    """Every group, in the desk's order, each with its stories sorted."""
    groups: dict[DeskGroup, list[DeskEntry]] = {group: [] for group in DeskGroup}
    for entry in sort_entries(entries, order):
        groups[entry.group].append(entry)
    return groups
