"""The library's search: one interface over each database's own full-text index.

`StorySearch` is what the services call. It hands a parsed query (`domain.search_query`)
to the backend of the library's database: SQLite's FTS5 (`search_sqlite.py`); a
PostgreSQL backend (a `tsvector` with a GIN index, `search_postgres.py`) implements the
same `SearchBackend`; it is chosen here by the dialect's name. The index itself is kept
in step with the stories in each write's own transaction by triggers (`search_sql.py`,
`search_postgres_sql.py`).
The desk's saved searches live here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from editorial.domain.errors import BadInput, LibraryError
from editorial.domain.search_query import SearchQuery
from editorial.domain.search_results import DEFAULT_LIMIT, SavedSearch, SearchHit, SearchOrder
from editorial.storage import search_postgres, search_sqlite
from editorial.storage.search_tables import SavedSearchRow

Transaction = Callable[[], AbstractContextManager[Session]]
Clock = Callable[[], dt.datetime]
MAX_LIMIT = 10_000


class SearchBackend(Protocol):
    """One database's full-text search."""

    def search(
        self, session: Session, query: SearchQuery, *, order: SearchOrder, limit: int,
        zone: dt.tzinfo,
    ) -> list[SearchHit]:  # fmt: skip
        """The stories the query finds, in `order`, at most `limit`; each hit's snippet
        marks the matched words (`domain.search_results.HIT_START`, `HIT_END`)."""

    def index_problems(self, session: Session) -> str | None:
        """Where the index disagrees with the stories; None when it does not."""

    def repair(self, session: Session) -> int:
        """Rebuild the index from the stories (in the caller's write transaction); how
        many stories were out of step, or the number indexed when that is not known."""


class _SqliteSearch:
    def search(
        self, session: Session, query: SearchQuery, *, order: SearchOrder, limit: int,
        zone: dt.tzinfo,
    ) -> list[SearchHit]:  # fmt: skip
        return search_sqlite.search(session, query, order=order, limit=limit, zone=zone)

    def index_problems(self, session: Session) -> str | None:
        return search_sqlite.index_problems(session)

    def repair(self, session: Session) -> int:
        return search_sqlite.repair(session)


class _PostgresSearch:
    def search(
        self, session: Session, query: SearchQuery, *, order: SearchOrder, limit: int,
        zone: dt.tzinfo,
    ) -> list[SearchHit]:  # fmt: skip
        return search_postgres.search(session, query, order=order, limit=limit, zone=zone)

    def index_problems(self, session: Session) -> str | None:
        return search_postgres.index_problems(session)

    def repair(self, session: Session) -> int:
        return search_postgres.repair(session)


class _NoSearch:
    def __init__(self, dialect: str) -> None:
        self.message = f"Search is not available on a {dialect} library."

    def search(
        self, session: Session, query: SearchQuery, *, order: SearchOrder, limit: int,
        zone: dt.tzinfo,
    ) -> list[SearchHit]:  # fmt: skip
        raise LibraryError(self.message)

    def index_problems(self, session: Session) -> str | None:
        return self.message

    def repair(self, session: Session) -> int:
        raise LibraryError(self.message)


def backend_for(dialect: str) -> SearchBackend:
    if dialect == "sqlite":
        return _SqliteSearch()
    if dialect == "postgresql":
        return _PostgresSearch()
    return _NoSearch(dialect)


def local_zone() -> dt.tzinfo:
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


class StorySearch:
    def __init__(
        self, read: Transaction, write: Transaction, clock: Clock, dialect: str,
        *, read_alone: Transaction | None = None,
    ) -> None:  # fmt: skip
        self._read = read
        # A search is one statement (two when a snippet needs its whole story): it needs
        # no transaction of its own.
        self._read_alone = read_alone or read
        self._write = write
        self._clock = clock
        self._backend = backend_for(dialect)

    def search(
        self,
        query: SearchQuery,
        *,
        order: SearchOrder = SearchOrder.NEWEST,
        limit: int = DEFAULT_LIMIT,
        zone: dt.tzinfo | None = None,
    ) -> list[SearchHit]:
        if not 1 <= limit <= MAX_LIMIT:
            raise BadInput(f"A search shows 1 to {MAX_LIMIT} stories, not {limit}.")
        with self._read_alone() as session:
            return self._backend.search(
                session, query, order=order, limit=limit, zone=zone or local_zone()
            )

    def index_problems(self) -> str | None:
        with self._read() as session:
            return self._backend.index_problems(session)

    def repair_index(self) -> int:
        """Rebuild the full-text index from the stories (check-library --repair)."""
        with self._write() as session:
            return self._backend.repair(session)

    # The desk's saved searches

    def saved(self) -> list[SavedSearch]:
        with self._read() as session:
            rows = session.scalars(select(SavedSearchRow).order_by(SavedSearchRow.name))
            return [SavedSearch(row.id, row.name, row.query) for row in rows]

    def save(self, name: str, query: str, *, by: str = "") -> SavedSearch:
        """Keep a search under a name (a name already kept gets the new query)."""
        name, query = name.strip(), query.strip()
        if not name or not query:
            raise BadInput("A saved search needs a name and a query.")
        with self._write() as session:
            row = session.scalars(
                select(SavedSearchRow).where(SavedSearchRow.name == name)
            ).one_or_none()
            if row is None:
                row = SavedSearchRow(name=name, query=query, created_at=self._clock(),
                                     created_by=by)  # fmt: skip
                session.add(row)
            else:
                row.query = query
            session.flush()
            return SavedSearch(row.id, row.name, row.query)

    def remove_saved(self, search_id: int) -> None:
        with self._write() as session:
            row = session.get(SavedSearchRow, search_id)
            if row is not None:
                session.delete(row)
