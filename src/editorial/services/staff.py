"""The desk's staff list: the people the byline field offers as the editor types."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editorial.domain.byline import Byline
from editorial.domain.changes import DeskChanges
from editorial.storage.library import Library

STAFF_CHANGED = DeskChanges(staff=True)


@dataclass(frozen=True, slots=True)
class StaffChanged:
    """The staff list as the library holds it after a change, and the change itself as
    the views hear of it."""

    people: list[Byline]
    changes: DeskChanges = STAFF_CHANGED


class StaffService:
    """Each change returns the list as the library then holds it, so a view shows the
    truth after every step without a second call."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def people(self) -> list[Byline]:
        return self._library.staff.all()

    def add(self, person: Byline) -> StaffChanged:
        """Add a person (or change the role of one already listed)."""
        self._library.staff.add(person)
        return StaffChanged(self.people())

    def remove(self, names: Iterable[str]) -> StaffChanged:
        for name in names:
            self._library.staff.remove(name)
        return StaffChanged(self.people())

    def complete(self, prefix: str, limit: int = 10) -> list[Byline]:
        """People whose name, or a word of it, starts with `prefix` (for bylines)."""
        return self._library.staff.complete(prefix, limit)
