"""Search on PostgreSQL: the query compiled to `tsquery` values over `stories.search_vector`
(see `search_postgres_sql.py`) and the same filters as on SQLite.

Every term the person typed reaches PostgreSQL as a bound parameter through
`phraseto_tsquery` (words of a term must stand together, in order, as in an FTS5
string), so no tsquery syntax can be typed. A term confined to a field carries its
field's weight (`'quake':A` for the headline); the fields that share weight C (slug,
keywords, bylines, city) are told apart by a second look at that field's own words, made
only on the stories the index found. Snippets are `ts_headline` over the folded text,
laid back onto the text as written.

A search is one statement (one round trip, which costs most on a busy server): the page
of ids, newest first or by rank, joined to the stories for their snippets. How to find
the page is the planner's choice, from its statistics of the words (and, since
migration 0011, of the `lang:` filter): for a common word it walks the live stories
along the newest-first index until the page is full, for a rare one it sorts the
matches the GIN index gives. The connection plans every run anew
(`plan_cache_mode=force_custom_plan`, `engine.py`): one plan for any words would serve
`said` as it serves `zyryanovsk`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Subquery,
    Text,
    and_,
    case,
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
# Relevance ranks a word's newest matches only: all of them unless it is very common.
_RANKED_NEWEST = 2000
_LEXEME = r"'((?:[^']|'')*)'"
_MARK_START, _MARK_END = "\x1e", "\x1f"  # ts_headline's marks: never in a story's text
_MARKS = re.compile(f"([{_MARK_START}{_MARK_END}])")
_MARK_TO_HIT = {_MARK_START: HIT_START, _MARK_END: HIT_END}
_WINDOW_BEFORE, _WINDOW = 120, 400  # characters of a story given to ts_headline
_OPENING = 200  # characters given when no word of the query is in the text


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


def _term_matches(term: TextTerm, *, vector_checked: bool = False) -> ColumnElement[bool]:
    """Whether a story has `term`; `vector_checked`: its vector is known to (each look at
    the vector reads it again: four kilobytes a story)."""
    field = _SHARED_C.get(term.field) if term.field is not None else None
    matched = _VECTOR.op("@@", is_comparison=True)(_tsquery(term, weighted=True))
    if field is None:
        return matched
    words = func.to_tsvector(_config(), func.editorial_fold(func.coalesce(field, "")))
    second_look = words.op("@@", is_comparison=True)(_tsquery(term, weighted=False))
    return second_look if vector_checked else and_(matched, second_look)


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
            # One term: the tsquery above has checked its vector already.
            alone = len(clause) == 1
            conditions.append(or_(*(_term_matches(t, vector_checked=alone) for t in clause)))
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
    matching = select(StoryRow.id, StoryRow.updated_at).where(*plain_filters, *text_conditions)
    # One statement, one round trip: the planner chooses, from its statistics of the
    # words, between walking the live stories newest first along their index until the
    # page is full (a common word) and sorting the matches the GIN index gives (a rare
    # one); snippets are made only for the page.
    if order is SearchOrder.RELEVANCE:
        # Ranked among its newest `_RANKED_NEWEST` matches (all of them for most words):
        # scoring every match of a very common word would read most of the vectors.
        with_vector = matching.add_columns(_VECTOR.label("vector")).order_by(*_NEWEST)
        newest = with_vector.limit(_RANKED_NEWEST).subquery("newest")
        rank = func.ts_rank(
            literal_column(f"'{_RANK_WEIGHTS}'::real[]"), newest.c.vector, wanted,
            _RANK_NORMALISATION,
        ).label("rank")  # fmt: skip
        ranked = select(newest.c.id, newest.c.updated_at, rank)
        page = ranked.order_by(rank.desc(), newest.c.updated_at.desc(), newest.c.id.desc())
        paged = page.limit(limit).subquery("page")
        in_order: tuple[str, ...] = ("rank", "updated_at", "id")
    else:
        paged = matching.order_by(*_NEWEST).limit(limit).subquery("page")
        in_order = ("updated_at", "id")
    plain = _wanted(query, weighted=False)
    assert plain is not None
    terms = [term for clause in query.include for term in clause]
    words = [term.text for term in terms]
    any_word = _any([_tsquery(term, weighted=False) for term in terms])
    return _hits(session, paged, in_order, plain, any_word, words)


def _document() -> ColumnElement[Any]:
    return func.concat_ws("\n", StoryRow.lede, StoryRow.body)


def _hits(
    session: Session, page: Subquery, in_order: tuple[str, ...],
    wanted: ColumnElement[Any], any_word: ColumnElement[Any], words: list[str],
) -> list[SearchHit]:  # fmt: skip
    """The page's stories, each with its snippet, in the page's order (`in_order`: its
    columns, each descending)."""
    document = _document()
    # The lede (weight B) and body (D) are the snippet's text: whether a word of the query
    # is in them at all is read from the kept vector, not by parsing the text again.
    in_text = func.ts_filter(_VECTOR, literal_column("'{b,d}'::\"char\"[]"))
    story = (
        select(page, StoryRow.headline, StoryRow.status, document.label("document"),
               func.editorial_fold(document).label("folded"),
               in_text.op("@@", is_comparison=True)(any_word).label("in_text"))
        .join(StoryRow, StoryRow.id == page.c.id)
        .offset(0)  # a fence: the folded text is made once per story, not once per use
        .subquery("story")
    )  # fmt: skip
    window = _window(story.c.folded, story.c.in_text, words)
    statement = select(story.c.id, story.c.headline, story.c.status, story.c.updated_at,
                       story.c.document, story.c.in_text,
                       _headline(window, wanted).label("snippet"))  # fmt: skip
    rows = session.execute(statement.order_by(*(story.c[key].desc() for key in in_order))).all()
    snippets: dict[int, str] = {row.id: row.snippet or "" for row in rows}
    # A window that held no match although the text has one (the stem stood inside
    # another word first): the whole text, for these few.
    unmarked = [row.id for row in rows if row.in_text and _MARK_START not in snippets[row.id]]
    if unmarked:
        folded = func.editorial_fold(document)
        whole = select(StoryRow.id, _headline(folded, wanted)).where(StoryRow.id.in_(unmarked))
        snippets.update((row[0], row[1] or "") for row in session.execute(whole))
    return [
        SearchHit(row.id, row.headline, Status(row.status), row.updated_at,
                  as_written(snippets[row.id], row.document or ""))
        for row in rows
    ]  # fmt: skip


def _headline(text: ColumnElement[Any], wanted: ColumnElement[Any]) -> ColumnElement[Any]:
    options = (f"StartSel={_MARK_START}, StopSel={_MARK_END}, MaxWords={_SNIPPET_WORDS}, "
               f"MinWords=5, ShortWord=0, MaxFragments=1")  # fmt: skip
    return func.ts_headline(_config(), text, wanted, options)


def _window(
    folded: ColumnElement[Any], in_text: ColumnElement[Any], words: list[str]
) -> ColumnElement[Any]:
    """The part of the folded text around the first place where a phrase of the query
    stands as typed, else where a word of it starts as the index keeps it (a stem is how
    most forms of a word begin): `ts_headline` parses and stems every word it is given,
    and a whole story costs it several times what the window does. The whole text when
    a word is in it but no stem is found so; its beginning when no word of the query is
    in it (a byline's or a city's match), which `ts_headline` shows unmarked."""
    stems = func.unnest(
        select(func.tsvector_to_array(
            func.to_tsvector(_config(), func.editorial_fold(literal(" ".join(words), Text)))
        )).scalar_subquery()  # worked out once for the query, not once per story
    ).column_valued("stem")  # fmt: skip
    # Written in lower case or capitalised (lowering the whole text to look would cost
    # more than the snippet itself); a word written otherwise is found by the fallback.
    first: ColumnElement[Any] = select(func.min(func.least(
        func.nullif(func.strpos(folded, stems), 0, type_=Integer),
        func.nullif(func.strpos(folded, func.initcap(stems)), 0, type_=Integer),
    ))).scalar_subquery()  # fmt: skip
    # A phrase's first word may stand alone long before the phrase ('would' before
    # "talks would resume"): the phrase as typed is looked for first.
    phrases = [sql.fold(" ".join(w.split())).lower() for w in words if len(w.split()) > 1]
    if phrases:
        forms = [form for p in phrases for form in (p, p[:1].upper() + p[1:])]
        places = [func.nullif(func.strpos(folded, literal(form, Text)), 0) for form in forms]
        first = func.coalesce(func.least(*places), first)
    start = func.greatest(first - _WINDOW_BEFORE, 1)
    around = func.coalesce(func.substr(folded, start, _WINDOW), folded)
    return case((in_text, around), else_=func.substr(folded, 1, _OPENING))


def as_written(snippet: str, document: str) -> str:
    """`ts_headline`'s fragment of the folded document laid back onto the document as
    written (the fold changes one character for one, so the places are the same), with
    `…` where it was cut; the folded fragment if it cannot be placed."""
    marks = str.maketrans("", "", _MARK_START + _MARK_END)
    bare = snippet.translate(marks)
    start = sql.fold(document).find(bare) if bare else -1
    if start < 0:
        return snippet.replace(_MARK_START, HIT_START).replace(_MARK_END, HIT_END)
    pieces, place = [], start
    for piece in _MARKS.split(snippet):  # the marks, and the text between them as written
        if piece in _MARK_TO_HIT:
            pieces.append(_MARK_TO_HIT[piece])
        else:
            pieces.append(document[place : place + len(piece)])
            place += len(piece)
    before, after = document[:start], document[start + len(bare) :]
    # Cut words are said with an ellipsis; a full stop left over is simply kept.
    before = "…" if _has_word(before) else before.lstrip()
    after = "…" if _has_word(after) else after.rstrip()
    return before + "".join(pieces) + after


def _has_word(text: str) -> bool:
    return any(character.isalnum() for character in text)


def _browse(session: Session, conditions: list[ColumnElement[bool]], limit: int) -> list[SearchHit]:
    """Filters alone, newest first: the page's ids from the newest-first index, which
    holds the filters' columns (a filter few stories pass reads the index, not every
    row), then those stories."""
    page = (
        select(StoryRow.id, StoryRow.updated_at)
        .where(and_(*conditions) if conditions else StoryRow.id.is_not(None))
        .order_by(*_NEWEST)
        .limit(limit)
        .subquery("page")
    )
    statement = (
        select(StoryRow.id, StoryRow.headline, StoryRow.status, StoryRow.updated_at,
               func.substr(StoryRow.lede, 1, _PLAIN_SNIPPET).label("lede"))
        .join(page, page.c.id == StoryRow.id)
        .order_by(page.c.updated_at.desc(), page.c.id.desc())
    )  # fmt: skip
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

