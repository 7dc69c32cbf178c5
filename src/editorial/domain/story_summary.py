"""What a story list shows of a story, and where a story stands in the workflow: the two
things of `editorial.domain.story` that the window's first frame needs (its list, read
from the library's file before the desk opens). In a module of their own so that the
first frame does without the rest: `Story` and its fields, bylines and datelines, whose
dataclasses are some 20 M instructions of a cold start. `editorial.domain.story` names
them too."""

from __future__ import annotations

import datetime as dt
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


# StorySummary's fields, in order.
_FIELDS = ("id", "uri", "headline", "slug", "status", "updated_at", "trashed_at")


class StorySummary:
    """What a story list shows of a story, without loading its body: immutable, equal
    (and hashed) by its fields, as a frozen dataclass is. Written out, not made by
    `dataclass`: making one (its methods' code generated and compiled) is some 5 M
    instructions of a cold start, and the list's first frame makes this class."""

    __slots__ = _FIELDS

    id: int
    uri: str
    headline: str
    slug: str
    status: Status
    updated_at: dt.datetime
    trashed_at: dt.datetime | None

    def __init__(
        self,
        id: int,
        uri: str,
        headline: str,
        slug: str,
        status: Status,
        updated_at: dt.datetime,
        trashed_at: dt.datetime | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "uri", uri)
        put(self, "headline", headline)
        put(self, "slug", slug)
        put(self, "status", status)
        put(self, "updated_at", updated_at)
        put(self, "trashed_at", trashed_at)

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def with_changes(
        self,
        *,
        headline: str | None = None,
        slug: str | None = None,
        status: Status | None = None,
        updated_at: dt.datetime | None = None,
    ) -> StorySummary:
        """A copy with these fields changed (`dataclasses.replace` of a dataclass)."""
        return StorySummary(
            self.id,
            self.uri,
            self.headline if headline is None else headline,
            self.slug if slug is None else slug,
            self.status if status is None else status,
            self.updated_at if updated_at is None else updated_at,
            self.trashed_at,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, StorySummary)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"StorySummary({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[StorySummary], tuple[object, ...]]:
        return StorySummary, self._fields()
