"""The library's small lists beside the stories: the staff (for bylines) and the words the
desk taught the spell checker."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import select
from sqlalchemy.orm import Session

from editorial.domain.byline import Byline
from editorial.domain.language import primary_subtag
from editorial.storage.tables import DictionaryWordRow, StaffRow

# The library's transactions: a reading one, and a writing one that takes the write lock.
Transaction = Callable[[], AbstractContextManager[Session]]


def primary_language(language: str) -> str:
    """Dictionaries are kept per primary language: `en-GB` and `en` share one."""
    return primary_subtag(language) or "und"


class StaffList:
    def __init__(self, read: Transaction, write: Transaction) -> None:
        self._read = read
        self._write = write

    def all(self) -> list[Byline]:
        with self._read() as session:
            rows = session.scalars(select(StaffRow).order_by(StaffRow.name))
            return [Byline(name=row.name, role=row.role) for row in rows]

    def complete(self, prefix: str, limit: int = 10) -> list[Byline]:
        """Staff whose name, or any word of it, starts with `prefix` (case-insensitive)."""
        wanted = prefix.strip().casefold()
        if not wanted:
            return []
        matches = [
            person
            for person in self.all()
            if any(
                part.casefold().startswith(wanted) for part in [person.name, *person.name.split()]
            )
        ]
        return matches[:limit]

    def add(self, person: Byline) -> None:
        """Add a person, or update the role of one already listed."""
        with self._write() as session:
            row = session.scalars(select(StaffRow).where(StaffRow.name == person.name)).first()
            if row is None:
                session.add(StaffRow(name=person.name, role=person.role))
            else:
                row.role = person.role

    def remove(self, name: str) -> None:
        with self._write() as session:
            row = session.scalars(select(StaffRow).where(StaffRow.name == name)).first()
            if row is not None:
                session.delete(row)


def _name_parts(name: str) -> list[str]:
    return [name, *name.split()]


class DeskDictionary:
    def __init__(self, read: Transaction, write: Transaction) -> None:
        self._read = read
        self._write = write

    def words(self, language: str) -> set[str]:
        with self._read() as session:
            query = select(DictionaryWordRow.word).where(
                DictionaryWordRow.language == primary_language(language)
            )
            return set(session.scalars(query))

    def add(self, word: str, language: str) -> None:
        word = word.strip()
        if not word:
            raise ValueError("an empty word cannot go in the dictionary")
        with self._write() as session:
            lang = primary_language(language)
            exists = session.scalars(
                select(DictionaryWordRow.id).where(
                    DictionaryWordRow.language == lang, DictionaryWordRow.word == word
                )
            ).first()
            if exists is None:
                session.add(DictionaryWordRow(language=lang, word=word))

    def remove(self, word: str, language: str) -> None:
        with self._write() as session:
            row = session.scalars(
                select(DictionaryWordRow).where(
                    DictionaryWordRow.language == primary_language(language),
                    DictionaryWordRow.word == word,
                )
            ).first()
            if row is not None:
                session.delete(row)
