"""Search on PostgreSQL: the query compiled to `tsquery` values over `stories.search_vector`
(see `search_postgres_sql.py`) and the same filters as on SQLite.

Every term the person typed reaches PostgreSQL as a bound parameter through
`phraseto_tsquery` (words of a term must stand together, in order, as in an FTS5
string), so no tsquery syntax can be typed. A term confined to a field carries its
field's weight (`'quake':A` for the headline); the fields that share weight C (slug,
keywords, bylines, city) are told apart by a second look at that field's own words, made
only on the stories the index found. Snippets are `ts_headline` over the folded text,
laid back onto the text as written.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Text,
    and_,
    cast,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from editorial.domain.search_query import SearchQuery, TextField, TextTerm
from editorial.domain.search_results import HIT_END, HIT_START, SearchHit, SearchOrder
from editorial.domain.story import Status
from editorial.storage import search_postgres_sql as sql
from editorial.storage.search_sqlite import filters
from editorial.storage.tables import StoryRow

_VECTOR: ColumnElement[Any] = literal_column(f"stories.{sql.COLUMN}", TSVECTOR)
_WEIGHT = {TextField.HEADLINE: "A", TextField.LEDE: "B", TextField.BODY: "D"}
# Weight C holds several fields: a term confined to one of them is checked against it.
_SHARED_C: dict[TextField, Any] = {
    TextField.SLUG: StoryRow.slug,
    TextField.KEYWORDS: func.editorial_keyword_words(StoryRow.keywords),
    TextField.BYLINES: func.editorial_byline_words(StoryRow.bylines),
    TextField.CITY: StoryRow.dateline_city,
}
# ts_rank's weights for {D, C, B, A}: as on SQLite, a headline word says most.
_RANK_WEIGHTS = "{0.1, 0.5, 0.4, 1.0}"
_RANK_NORMALISATION = 0  # no division by length: a headline word weighs as much in any story
_SNIPPET_WORDS = 14
_PLAIN_SNIPPET = 160
_NEWEST = (StoryRow.updated_at.desc(), StoryRow.id.desc())
_MANY = 2000  # matches beyond which newest first walks the stories by time
_CLEARLY_MANY = 4  # an estimate this many times `_MANY` is believed without counting
# A very common word (more than `_MANY` matches) is ranked among its newest matches only.
_RANKED_NEWEST = 2000
_FIRST_PAGE, _LAST_PAGE = 100, 3200
_LEXEME = r"'((?:[^']|'')*)'"
_MARK_START, _MARK_END = "\x1e", "\x1f"  # ts_headline's marks: never in a story's text
_WINDOW_BEFORE, _WINDOW = 300, 1000  # characters of a story given to ts_headline


def _config() -> ColumnElement[Any]:
    return literal_column(f"'{sql.CONFIG}'::regconfig")


def _tsquery(term: TextTerm, *, weighted: bool) -> ColumnElement[Any]:
    """The term as a tsquery: its words in order, the last a prefix if asked, each
    confined to its field's weight if `weighted`."""
    plain = func.phraseto_tsquery(_config(), func.editorial_fold(literal(term.text, Text)))
    weight = ""
    if weighted and term.field is not None:
        weight = _WEIGHT.get(term.field, "C")
    if not weight and not term.prefix:
        return plain
    written: ColumnElement[Any] = cast(plain, Text)
    if term.prefix:  # the last word: 'quak' becomes 'quak':*
        written = func.regexp_replace(written, _LEXEME + "$", f"'\\1':*{weight}")
    if weight:  # every word not labelled yet
        written = func.regexp_replace(written, _LEXEME + "(?!:)", f"'\\1':{weight}", "g")
    return cast(written, TSQUERY)


def _term_matches(term: TextTerm) -> ColumnElement[bool]:
    matched = _VECTOR.op("@@", is_comparison=True)(_tsquery(term, weighted=True))
    field = _SHARED_C.get(term.field) if term.field is not None else None
    if field is None:
        return matched
    words = func.to_tsvector(_config(), func.editorial_fold(func.coalesce(field, "")))
    return and_(matched, words.op("@@", is_comparison=True)(_tsquery(term, weighted=False)))


def _needs_second_look(term: TextTerm) -> bool:
    return term.field in _SHARED_C


def _any(queries: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    combined = queries[0]
    for query in queries[1:]:
        combined = combined.op("||", return_type=TSQUERY)(query)
    return combined


def _all(queries: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    combined = queries[0]
    for query in queries[1:]:
        combined = combined.op("&&", return_type=TSQUERY)(query)
    return combined


def _wanted(query: SearchQuery, *, weighted: bool) -> ColumnElement[Any] | None:
    """One tsquery of everything that must match (for the index, rank and snippet)."""
    clauses = [_any([_tsquery(t, weighted=weighted) for t in clause]) for clause in query.include]
    return _all(clauses) if clauses else None


def _text_conditions(query: SearchQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    wanted = _wanted(query, weighted=True)
    if wanted is not None:
        # What the GIN index answers; the conditions below look again at its stories.
        conditions.append(_VECTOR.op("@@", is_comparison=True)(wanted))
    for clause in query.include:
        if any(_needs_second_look(term) for term in clause):
            conditions.append(or_(*(_term_matches(term) for term in clause)))
    if query.exclude:
        conditions.append(not_(or_(*(_term_matches(term) for term in query.exclude))))
    return conditions


def search(
    session: Session, query: SearchQuery, *, order: SearchOrder, limit: int, zone: dt.tzinfo
) -> list[SearchHit]:
    plain_filters, text_conditions = filters(query, zone), _text_conditions(query)
    wanted = _wanted(query, weighted=True)
    if wanted is None:
        return _browse(session, plain_filters + text_conditions, limit)
    statement = select(StoryRow.id).where(*plain_filters, *text_conditions)
    # Round trips cost most on a busy server: the planner's estimate (no rows read)
    # settles a very common word; any other query counts its matches as it is answered,
    # and is asked again the way a common word is only when there were many after all.
    many = _clearly_many(session, wanted)
    if order is SearchOrder.RELEVANCE:
        rank = func.ts_rank(
            literal_column(f"'{_RANK_WEIGHTS}'::real[]"), _VECTOR, wanted,
            _RANK_NORMALISATION,
        )  # fmt: skip
        if not many:
            ids, many = _counted(session, statement.order_by(rank.desc(), *_NEWEST), limit)
        if many:  # ranked among its newest matches: scoring every one reads every vector
            newest = statement.order_by(*_NEWEST).limit(_RANKED_NEWEST)
            capped = select(StoryRow.id).where(StoryRow.id.in_(newest.scalar_subquery()))
            ids = list(session.scalars(capped.order_by(rank.desc(), *_NEWEST).limit(limit)))
    else:
        if not many:
            ids, many = _counted(session, statement.order_by(*_NEWEST), limit)
        if many:
            ids = _walk_newest(session, plain_filters, text_conditions, limit)
    plain = _wanted(query, weighted=False)
    assert plain is not None
    words = " ".join(term.text for clause in query.include for term in clause)
    return _hits(session, ids, plain, words)


def _clearly_many(session: Session, wanted: ColumnElement[Any]) -> bool:
    """Whether the planner expects far more than `_MANY` matches (counting them would
    first gather every match of a very common word from the GIN index: a tenth of a
    second for `said`)."""
    matching = select(StoryRow.id).where(_VECTOR.op("@@", is_comparison=True)(wanted))
    return _estimated_rows(session, matching) > _CLEARLY_MANY * _MANY


def _counted(session: Session, ordered: Select[Any], limit: int) -> tuple[list[int], bool]:
    """The first `limit` ids of `ordered`, and whether more than `_MANY` stories match."""
    rows = session.execute(ordered.add_columns(func.count().over()).limit(limit)).all()
    return [row[0] for row in rows], bool(rows) and rows[0][1] > _MANY


def _estimated_rows(session: Session, statement: Select[Any]) -> float:
    """How many rows the planner expects `statement` to give (EXPLAIN: nothing is run)."""
    compiled = statement.compile(dialect=session.get_bind().dialect)
    plan = session.connection().exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled.string}", compiled.params
    ).scalar_one()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])


def _walk_newest(
    session: Session, plain_filters: list[ColumnElement[bool]],
    text_conditions: list[ColumnElement[bool]], limit: int,
) -> list[int]:  # fmt: skip
    """A common word newest first: the stories are walked along the index of their times
    in growing pages, each page's matches kept, until `limit` are found. (Sorting every
    match would read every match's vector: most of the library, for `said`.)"""
    found: list[int] = []
    after: tuple[dt.datetime, int] | None = None
    page = _FIRST_PAGE
    while len(found) < limit:
        statement = select(StoryRow.id, StoryRow.updated_at).where(*plain_filters)
        if after is not None:
            changed, story_id = after
            statement = statement.where(or_(
                StoryRow.updated_at < changed,
                and_(StoryRow.updated_at == changed, StoryRow.id < story_id),
            ))  # fmt: skip
        rows = session.execute(statement.order_by(*_NEWEST).limit(page)).all()
        if not rows:
            break
        ids = [row.id for row in rows]
        matched = set(session.scalars(
            select(StoryRow.id).where(StoryRow.id.in_(ids), *text_conditions)
        ))  # fmt: skip
        found += [story_id for story_id in ids if story_id in matched]
        after = (rows[-1].updated_at, rows[-1].id)
        page = min(page * 4, _LAST_PAGE)
    return found[:limit]


def _document() -> ColumnElement[Any]:
    return func.concat_ws("\n", StoryRow.lede, StoryRow.body)


def _hits(
    session: Session, ids: list[int], wanted: ColumnElement[Any], words: str
) -> list[SearchHit]:
    if not ids:
        return []
    document = _document().label("document")
    folded = func.editorial_fold(document)
    headline = _headline(_window(folded, words), wanted)
    statement = select(StoryRow.id, StoryRow.headline, StoryRow.status, StoryRow.updated_at,
                       document, headline.label("snippet"))  # fmt: skip
    rows = {row.id: row for row in session.execute(statement.where(StoryRow.id.in_(ids)))}
    snippets: dict[int, str] = {story_id: row.snippet or "" for story_id, row in rows.items()}
    # A window that held no match (the words matched only as other forms): the whole text.
    unmarked = [i for i, snippet in snippets.items() if _MARK_START not in snippet]
    if unmarked:
        whole = select(StoryRow.id, _headline(folded, wanted)).where(StoryRow.id.in_(unmarked))
        snippets.update((row[0], row[1] or "") for row in session.execute(whole))
    return [
        SearchHit(story_id, row.headline, Status(row.status), row.updated_at,
                  as_written(snippets[story_id], row.document or ""))
        for story_id in ids
        if (row := rows.get(story_id)) is not None
    ]  # fmt: skip


def _headline(text: ColumnElement[Any], wanted: ColumnElement[Any]) -> ColumnElement[Any]:
    options = (f"StartSel={_MARK_START}, StopSel={_MARK_END}, MaxWords={_SNIPPET_WORDS}, "
               f"MinWords=5, ShortWord=0, MaxFragments=1")  # fmt: skip
    return func.ts_headline(_config(), text, wanted, options)


def _window(folded: ColumnElement[Any], words: str) -> ColumnElement[Any]:
    """The part of the folded text around the first place where a word of the query
    starts as the index keeps it (a stem is how most forms of a word begin):
    `ts_headline` parses and stems every word it is given, and a whole story costs it
    several times what the window does. The whole text when no word is found so."""
    if not words.strip():
        return folded
    stems = func.unnest(func.tsvector_to_array(
        func.to_tsvector(_config(), func.editorial_fold(literal(words, Text)))
    )).column_valued("stem")  # fmt: skip
    lowered = func.lower(folded)
    first = select(
        func.min(func.nullif(func.strpos(lowered, stems), 0, type_=Integer))
    ).scalar_subquery()
    start = func.greatest(first - _WINDOW_BEFORE, 1)
    return func.coalesce(func.substr(folded, start, _WINDOW), folded)


def as_written(snippet: str, document: str) -> str:
    """`ts_headline`'s fragment of the folded document laid back onto the document as
    written (the fold changes one character for one, so the places are the same), with
    `…` where it was cut; the folded fragment if it cannot be placed."""
    marks = str.maketrans("", "", _MARK_START + _MARK_END)
    bare = snippet.translate(marks)
    start = sql.fold(document).find(bare) if bare else -1
    if start < 0:
        return snippet.replace(_MARK_START, HIT_START).replace(_MARK_END, HIT_END)
    original = iter(document[start : start + len(bare)])
    pieces = [
        HIT_START if char == _MARK_START else HIT_END if char == _MARK_END else next(original)
        for char in snippet
    ]
    before, after = document[:start], document[start + len(bare) :]
    # Cut words are said with an ellipsis; a full stop left over is simply kept.
    before = "…" if _has_word(before) else before.lstrip()
    after = "…" if _has_word(after) else after.rstrip()
    return before + "".join(pieces) + after


def _has_word(text: str) -> bool:
    return any(character.isalnum() for character in text)


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


def stale_stories(session: Session) -> list[int]:
    """The stories whose kept vector is not the one their text makes now."""
    return list(session.scalars(text(sql.STALE)))


def index_problems(session: Session) -> str | None:
    stale = stale_stories(session)
    if not stale:
        return None
    shown = ", ".join(str(story_id) for story_id in stale[:10])
    more = f" and {len(stale) - 10} more" if len(stale) > 10 else ""
    return (f"the search index is out of step with {len(stale)} stories ({shown}{more}); "
            "--repair rebuilds it")  # fmt: skip


def repair(session: Session) -> int:
    """Write the vector of every story whose vector is stale; how many were."""
    return session.execute(text(sql.REPAIR)).rowcount or 0  # type: ignore[attr-defined]
