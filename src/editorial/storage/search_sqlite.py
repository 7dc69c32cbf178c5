"""Search on SQLite: the query compiled to an FTS5 expression over `story_search` (see
`search_sql.py`) and filters over `stories`.

Every word of the user's reaches FTS5 inside a string ("..." with its quotes doubled), so
no `"`, `*`, `NEAR`, `OR` or `:` typed into the box is FTS5 syntax: the operators are only
the ones this module writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    column,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from editorial.domain.search_query import SearchQuery, TextTerm
from editorial.domain.search_results import HIT_END, HIT_START, SearchHit, SearchOrder
from editorial.domain.story import Status
from editorial.storage.search_sql import CREATE_INSERT_TRIGGER, FTS_TABLE, INSERT_TRIGGER
from editorial.storage.tables import StoryRow

_FTS = table(FTS_TABLE, column("rowid", Integer), column(FTS_TABLE))
_FTS_REF: ColumnElement[Any] = literal_column(FTS_TABLE)
# What a match in each column weighs for relevance: a word in the headline says more
# about the story than one in the body.
_WEIGHTS = {"headline": 10.0, "lede": 4.0, "body": 1.0, "slug": 4.0, "keywords": 6.0,
            "bylines": 3.0, "city": 3.0}  # fmt: skip
_SNIPPET_TOKENS = 14
# FTS5's snippet() weighs every place a word matched against every other in the story:
# quadratic in the matches (a minute for 800 KB of one common word, for ever for 15 MB).
# A story whose body is longer takes its snippet from the headline and lede only.
_SNIPPET_BODY_LIMIT = 100_000
_SNIPPET_COLUMNS = (list(_WEIGHTS).index("headline"), list(_WEIGHTS).index("lede"))
_PLAIN_SNIPPET = 160  # characters of the lede shown when no words were searched
_FEW = 200  # matches few enough to sort by reading each story
_RANKED_FIRST = 200  # candidates FTS5 ranks by itself before the filters are applied


def fts_term(term: TextTerm) -> str:
    text = term.text.replace("ё", "е").replace("Ё", "Е").replace('"', '""').replace("\x00", " ")
    expression = f'"{text}"' + (" *" if term.prefix else "")
    return f"{term.field.value} : {expression}" if term.field is not None else expression


def _any_of(terms: tuple[TextTerm, ...]) -> str:
    inner = " OR ".join(fts_term(term) for term in terms)
    return f"({inner})" if len(terms) > 1 else inner


def fts_expression(query: SearchQuery) -> tuple[str | None, str | None]:
    """The FTS5 expressions of what must match and of what must not."""
    wanted = " AND ".join(_any_of(clause) for clause in query.include) or None
    unwanted = _any_of(query.exclude) if query.exclude else None
    if wanted and unwanted:
        return f"{wanted} NOT {unwanted}", None
    return wanted, unwanted


def _matching(expression: str) -> Select[Any]:
    return select(_FTS.c.rowid).where(_FTS.c[FTS_TABLE].op("MATCH")(expression))


_LIVE = StoryRow.trashed_at.is_(None)  # not spiked


def filters(query: SearchQuery, zone: dt.tzinfo) -> list[ColumnElement[bool]]:
    """The query's filters over `stories` (plain SQL, shared with PostgreSQL)."""
    conditions: list[ColumnElement[bool]] = []
    if not query.includes_spiked:
        conditions.append(_LIVE)
    if query.statuses:
        conditions.append(StoryRow.status.in_(sorted(s.value for s in query.statuses)))
    if query.excluded_statuses:
        conditions.append(StoryRow.status.not_in(sorted(s.value for s in query.excluded_statuses)))
    if query.languages:
        conditions.append(_language_in(query.languages))
    if query.excluded_languages:
        conditions.append(not_(_language_in(query.excluded_languages)))
    if query.urgency_min is not None:
        conditions.append(StoryRow.urgency >= query.urgency_min)
    if query.urgency_max is not None:
        conditions.append(StoryRow.urgency <= query.urgency_max)
    if query.changed_from is not None:
        conditions.append(StoryRow.updated_at >= _midnight(query.changed_from, zone))
    if query.changed_before is not None:
        conditions.append(StoryRow.updated_at < _midnight(query.changed_before, zone))
    return conditions


def _language_in(languages: frozenset[str]) -> ColumnElement[bool]:
    # A language tag names its variants too: lang:en finds en-GB. Tags are letters,
    # digits and hyphens (the parser's check), so nothing here is a LIKE wildcard.
    language = func.lower(StoryRow.language)
    return or_(*(or_(language == tag, language.like(f"{tag}-%")) for tag in sorted(languages)))


def _midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)


def search(
    session: Session, query: SearchQuery, *, order: SearchOrder, limit: int, zone: dt.tzinfo
) -> list[SearchHit]:
    wanted, unwanted = fts_expression(query)
    conditions = filters(query, zone)
    if unwanted is not None:
        conditions.append(StoryRow.id.not_in(_matching(unwanted)))
    if wanted is None:
        return _browse(session, conditions, limit)
    if order is SearchOrder.RELEVANCE:
        ids = _by_relevance(session, wanted, conditions, limit)
    else:
        ids = _newest(session, wanted, conditions, limit)
    return _hits(session, ids, wanted)


def _newest(
    session: Session, wanted: str, conditions: list[ColumnElement[bool]], limit: int
) -> list[int]:
    # Few matches (a rare word): each matched story is looked up by its id and the few
    # sorted. Many (a common word): the stories are walked newest first along the index
    # of their times, each checked against the matches, until the page is full.
    few = list(session.scalars(_matching(wanted).limit(_FEW + 1)))
    if len(few) <= _FEW:
        matched = StoryRow.id.in_(few)
        # Not along the index of times: SQLite would walk all of it for a handful of ids.
        conditions = [_live_without_index() if c is _LIVE else c for c in conditions]
    else:
        matched = StoryRow.id.in_(_matching(wanted))
    statement = (
        select(StoryRow.id)
        .where(matched, *conditions)
        .order_by(StoryRow.updated_at.desc(), StoryRow.id.desc())
        .limit(limit)
    )
    return list(session.scalars(statement))


def _live_without_index() -> ColumnElement[bool]:
    # SQLite's documented way to keep a term from using an index: a unary plus.
    return literal_column(f"+{StoryRow.__tablename__}.trashed_at").is_(None)


def _by_relevance(
    session: Session, wanted: str, conditions: list[ColumnElement[bool]], limit: int
) -> list[int]:
    """The best `limit` matches by BM25 (then newest). FTS5 ranks the matches on its own
    (no story read) and only its best `k` are looked up in `stories` for the filters;
    ranking every match of a very common word joined to the stories costs three times
    as much. The answer is exact: when the candidates did not hold every match, the page
    must be full and end above the worst candidate's rank (a tie there could hide a newer
    story of the same rank), else it is asked again over more candidates: eight times as
    many after a tie, every match when the filters left the page short."""
    rank = func.bm25(_FTS_REF, *_WEIGHTS.values())
    k: int | None = max(_RANKED_FIRST, 4 * limit)
    while True:
        ranked = select(_FTS.c.rowid.label("id"), rank.label("rank")).where(
            _FTS.c[FTS_TABLE].op("MATCH")(wanted)
        )
        if k is not None:
            ranked = ranked.order_by(rank).limit(k)
        # Read three times (the page, its count, its worst rank): SQLite 3.35 and later
        # make such a CTE once (MATERIALIZED is not said: older versions refuse the word).
        candidates = ranked.cte("candidates")
        statement = (
            select(
                StoryRow.id,
                candidates.c.rank,
                select(func.count()).select_from(candidates).scalar_subquery(),
                select(func.max(candidates.c.rank)).scalar_subquery(),
            )
            .join_from(candidates, StoryRow, StoryRow.id == candidates.c.id)
            .where(*conditions)
            .order_by(candidates.c.rank, StoryRow.updated_at.desc(), StoryRow.id.desc())
            .limit(limit)
        )
        rows = session.execute(statement).all()
        if k is None or (rows and rows[-1][2] < k):  # every match was a candidate
            return [row[0] for row in rows]
        if len(rows) < limit:
            k = None
        elif rows[-1][1] < rows[-1][3]:
            return [row[0] for row in rows]
        else:
            k *= 8


def _hits(session: Session, ids: list[int], wanted: str) -> list[SearchHit]:
    """The page's stories with their snippets, in one statement: FTS5 makes a snippet
    only for these rows (each found by its rowid), not for every match."""
    if not ids:
        return []
    def snippet(column: int) -> ColumnElement[str]:
        return func.snippet(_FTS_REF, column, HIT_START, HIT_END, "…", _SNIPPET_TOKENS)

    # SQLite's snippet is quadratic in a story's matches: a huge body's comes from the top.
    headline, lede = _SNIPPET_COLUMNS
    from_the_top = func.coalesce(func.nullif(snippet(lede), ""), snippet(headline))
    shown = case(
        (func.length(StoryRow.body) > _SNIPPET_BODY_LIMIT, from_the_top), else_=snippet(-1)
    )
    columns = (StoryRow.id, StoryRow.headline, StoryRow.status, StoryRow.updated_at)
    statement = (
        select(*columns, shown.label("snippet"))
        .select_from(_FTS)
        .join(StoryRow, StoryRow.id == _FTS.c.rowid)
        .where(_FTS.c[FTS_TABLE].op("MATCH")(wanted), _FTS.c.rowid.in_(ids))
    )
    rows = {row.id: row for row in session.execute(statement)}
    return [
        SearchHit(story_id, row.headline, Status(row.status), row.updated_at, row.snippet or "")
        for story_id in ids
        if (row := rows.get(story_id)) is not None
    ]


def _summary() -> Select[Any]:
    return select(StoryRow.id, StoryRow.headline, StoryRow.status, StoryRow.updated_at,
                  func.substr(StoryRow.lede, 1, _PLAIN_SNIPPET).label("lede"))  # fmt: skip


def _browse(session: Session, conditions: list[ColumnElement[bool]], limit: int) -> list[SearchHit]:
    statement = (
        _summary()
        .where(and_(*conditions) if conditions else StoryRow.id.is_not(None))
        .order_by(StoryRow.updated_at.desc(), StoryRow.id.desc())
        .limit(limit)
    )
    return [
        SearchHit(row.id, row.headline, Status(row.status), row.updated_at, row.lede or "")
        for row in session.execute(statement)
    ]


def index_problems(session: Session) -> str | None:
    """FTS5's own check of the index against the stories: None when they agree."""
    check = text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    try:
        with session.begin_nested():
            session.execute(check)
    except DatabaseError as error:
        if not _is_corruption(error):
            raise  # a lock another program holds, a read-only file: the library's state
        return str(error.orig)  # what SQLite found is the answer
    return None


_SQLITE_CORRUPT = 11  # FTS5 reports an index out of step as SQLITE_CORRUPT_VTAB (267)


def _is_corruption(error: DatabaseError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == _SQLITE_CORRUPT


@contextmanager
def indexed_at_end(session: Session) -> Iterator[None]:
    """Inside this, in the caller's write transaction, stories added to an EMPTY library
    are indexed once at the end (FTS5's bulk 'rebuild', about twice as fast as a trigger
    indexing each row) instead of row by row. The insert trigger is dropped and made
    again in the same transaction: an error inside rolls both back, so the library is
    never left without its trigger or with stories unindexed. A library that has
    stories keeps its triggers (a rebuild would index them all again)."""
    if session.get_bind().dialect.name != "sqlite" or session.scalar(
        select(StoryRow.id).limit(1)
    ) is not None:  # fmt: skip
        yield
        return
    session.execute(text(f"DROP TRIGGER {INSERT_TRIGGER}"))
    yield
    session.flush()
    repair(session)
    session.execute(text(CREATE_INSERT_TRIGGER))


def repair(session: Session) -> int:
    """Rebuild the index from the stories: the keywords and bylines as words again, then
    FTS5's own rebuild from its content view. The number of stories indexed."""
    from editorial.storage.search_sql import FILL

    session.execute(text("DELETE FROM story_search_terms"))
    for statement in FILL:
        session.execute(text(statement))
    counted: int = session.execute(text("SELECT count(*) FROM story_search_terms")).scalar_one()
    return counted
