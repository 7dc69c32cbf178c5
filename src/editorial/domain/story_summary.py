"""What a story list shows of a story, and where a story stands in the workflow: the two
things of `editorial.domain.story` that the window's first frame needs (its list, read
from the library's file before the desk opens). In a module of their own so that the
first frame does without the rest: `Story` and its fields, bylines and datelines, whose
dataclasses are some 20 M instructions of a cold start. `editorial.domain.story` names
them too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """Where a story stands in the desk's workflow."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PUBLISHED = "published"
    KILLED = "killed"
    RETURNED = "returned"  # back to the author with a note; editable, resubmittable
    SPIKED = "spiked"  # shelved (the trash); restorable to the state it had
    CORRECTED = "corrected"  # a published story's new working version, under correction


@dataclass(frozen=True, slots=True)
class StorySummary:
    """What a story list shows of a story, without loading its body."""

    id: int
    uri: str
    headline: str
    slug: str
    status: Status
    updated_at: dt.datetime
    trashed_at: dt.datetime | None = None
