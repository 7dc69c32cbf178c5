"""The SQL that builds PostgreSQL's full-text index (migration 0009), kept as data so that
the migration, the search and the repair share it.

Each story carries `stories.search_vector`, a `tsvector` kept by a trigger in the
transaction of every write (whatever code makes it, as SQLite's triggers do), weighted by
field, under a GIN index:

    A headline    B lede    C slug, keywords, byline names, dateline city    D body

The text search configuration, `editorial_search`, is made to find what SQLite's FTS5
(`porter unicode61 remove_diacritics 2`) finds, so that a query means the same on both:
a copy of `simple` (every word kept, lower-cased: no stop words, no language guessed),
with words of ASCII letters stemmed by the English Snowball stemmer without its stop list
(`quakes` finds `quake`, as porter does). Why not a language per story: a desk's copy
mixes languages (a Russian story quoting English names, a wrong or missing language
tag), and a query would have to be compiled once per configuration; a word is found
whatever the story's tag. Why not `unaccent`: it is an extension (CREATE EXTENSION
needs more than the right to create tables) and not immutable; Latin diacritics and
Russian ё are folded instead by `editorial_fold` (Unicode normalisation, marks after a
Latin letter taken off, a few letters translated; one character for one in NFC text, so
a snippet of folded text maps back onto the original). The database must be UTF-8.
"""

from __future__ import annotations

import re
import unicodedata

CONFIG = "editorial_search"
DICTIONARY = "editorial_english_stem"
COLUMN = "search_vector"
INDEX = "ix_stories_search_vector"
TRIGGERS = ("stories_search_vector_insert", "stories_search_vector_update")
FUNCTIONS = ("editorial_fold(text)", "editorial_keyword_words(json)",
             "editorial_byline_words(json)",
             "editorial_search_vector(text, text, text, text, json, json, text)",
             "editorial_search_vector_row()")  # fmt: skip

# Letters with no decomposition that FTS5's remove_diacritics folds too, and Russian ё
# (which SQLite's view folds): one character for one.
_LETTERS_FROM, _LETTERS_TO = "øØđĐłŁħĦŧŦıёЁ", "oOdDlLhHtTiеЕ"
# Only text with a letter that folds is worked on: most copy has none, and the work
# (Unicode normalisation, a regular expression) would cost more than the indexing.
_FOLDABLE = r"[\u00c0-\u024f\u1e00-\u1effёЁ]"
_LATIN_MARKS = r"([A-Za-z])[\u0300-\u036f]+"
_FOLDABLE_PY = re.compile(_FOLDABLE)
_LATIN_MARKS_PY = re.compile(_LATIN_MARKS)
_LETTERS = str.maketrans(_LETTERS_FROM, _LETTERS_TO)


def fold(text: str) -> str:
    """What `editorial_fold` makes of `text`: a Latin letter's diacritics taken off
    (Erdoğan: erdogan), ø ł đ and ё as o l d е; nothing else. One character for one in
    text that is in NFC, as stories are."""
    if not _FOLDABLE_PY.search(text):
        return text
    bare = _LATIN_MARKS_PY.sub(r"\1", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", bare).translate(_LETTERS)


def _words(field: str, weight: str) -> str:
    return f"setweight(to_tsvector('{CONFIG}', editorial_fold(coalesce({field}, ''))), '{weight}')"


# JSON has no equality: its columns are compared as text.
_CHANGED = " OR ".join(
    f"OLD.{name} IS DISTINCT FROM NEW.{name}"
    for name in ("headline", "lede", "body", "slug", "keywords::text", "bylines::text",
                 "dateline_city")
)  # fmt: skip

VECTOR_OF_ROW = (
    "editorial_search_vector(s.headline, s.lede, s.body, s.slug, s.keywords, s.bylines, "
    "s.dateline_city)"
)

CREATE = (
    f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY} (TEMPLATE = snowball, Language = english)",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR asciiword, asciihword, "
    f"hword_asciipart WITH {DICTIONARY}",
    f"""CREATE FUNCTION editorial_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
        PARALLEL SAFE AS $$ SELECT CASE WHEN $1 !~ '{_FOLDABLE}' THEN $1 ELSE translate(
            normalize(regexp_replace(normalize($1, NFD), '{_LATIN_MARKS}', '\\1', 'g'), NFC),
            '{_LETTERS_FROM}', '{_LETTERS_TO}') END $$""",
    # A JSON column that is no array (never written so, but a hand edit could) is no words.
    """CREATE FUNCTION editorial_keyword_words(json) RETURNS text LANGUAGE sql IMMUTABLE
        PARALLEL SAFE AS $$ SELECT coalesce(string_agg(word, ' '), '')
        FROM json_array_elements_text(CASE WHEN json_typeof($1) = 'array' THEN $1
                                      ELSE '[]'::json END) AS word $$""",
    """CREATE FUNCTION editorial_byline_words(json) RETURNS text LANGUAGE sql IMMUTABLE
        PARALLEL SAFE AS $$ SELECT coalesce(string_agg(byline ->> 'name', ' '), '')
        FROM json_array_elements(CASE WHEN json_typeof($1) = 'array' THEN $1
                                 ELSE '[]'::json END) AS byline
        WHERE json_typeof(byline) = 'object' $$""",
    f"""CREATE FUNCTION editorial_search_vector(headline text, lede text, body text,
            slug text, keywords json, bylines json, city text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT
        {_words("headline", "A")} || {_words("lede", "B")}
        || {_words("slug", "C")} || {_words("editorial_keyword_words(keywords)", "C")}
        || {_words("editorial_byline_words(bylines)", "C")} || {_words("city", "C")}
        || {_words("body", "D")} $$""",
    f"""CREATE FUNCTION editorial_search_vector_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.{COLUMN} := editorial_search_vector(NEW.headline, NEW.lede, NEW.body,
                NEW.slug, NEW.keywords, NEW.bylines, NEW.dateline_city);
            RETURN NEW;
        END $$""",
    f"ALTER TABLE stories ADD COLUMN {COLUMN} tsvector",
    f"""CREATE TRIGGER {TRIGGERS[0]} BEFORE INSERT ON stories FOR EACH ROW
        EXECUTE FUNCTION editorial_search_vector_row()""",
    # Only a change of the indexed text recomputes the vector (a workflow move does not).
    f"""CREATE TRIGGER {TRIGGERS[1]} BEFORE UPDATE ON stories FOR EACH ROW
        WHEN ({_CHANGED}) EXECUTE FUNCTION editorial_search_vector_row()""",
)

# Index the stories a library already has, then build the GIN index over them at once.
# Saves add to the index's pending list, which every search reads through until
# (auto)vacuum merges it: kept at 1 MB rather than 4, so a search never reads much.
FILL = (
    f"UPDATE stories AS s SET {COLUMN} = {VECTOR_OF_ROW}",
    f"CREATE INDEX {INDEX} ON stories USING gin ({COLUMN}) WITH (gin_pending_list_limit = 1024)",
)

DROP = (
    *(f"DROP TRIGGER IF EXISTS {trigger} ON stories" for trigger in TRIGGERS),
    f"DROP INDEX IF EXISTS {INDEX}",
    f"ALTER TABLE stories DROP COLUMN IF EXISTS {COLUMN}",
    *(f"DROP FUNCTION IF EXISTS {function}" for function in reversed(FUNCTIONS)),
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
    f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}",
)

# Newest first along an index (migration 0010): the story list's pages and the search's
# walk. Partial, so that `trashed_at IS NULL` needs no sort (PostgreSQL's planner does not
# take IS NULL on an index's first column as a fixed value, as it does `=`).
NEWEST_INDEX = "ix_stories_live_newest"
CREATE_NEWEST_INDEX = (
    f"CREATE INDEX {NEWEST_INDEX} ON stories (updated_at, id) WHERE trashed_at IS NULL"
)

# The stories whose kept vector is not what their text makes now (check-library), and
# the repair that writes it again.
STALE = f"SELECT s.id FROM stories AS s WHERE s.{COLUMN} IS DISTINCT FROM {VECTOR_OF_ROW}"
REPAIR = (
    f"UPDATE stories AS s SET {COLUMN} = {VECTOR_OF_ROW} "
    f"WHERE s.{COLUMN} IS DISTINCT FROM {VECTOR_OF_ROW}"
)

# Migration 0011: what a search reads kept where it is read quickly.
# - The vector (about 4 KB a story, which PostgreSQL's compression does not shrink) kept
#   in the story's row (storage MAIN) rather than in the TOAST table: a phrase, a field's
#   weight or relevance looks at the vector of every candidate, and fetching it from TOAST
#   cost five times the look itself (a phrase's 2,000 candidates: 23 ms, 5 ms inline).
#   The lede and body, moved out of the row instead, are read for the page's snippets only.
# - Statistics of `lower(language)` (the `lang:` filter's expression): without them the
#   planner took `lang:ru` for 0.5 % of the stories and sorted all of them.
# - The newest-first index carries the filters' columns (status, language, urgency): a
#   filter few stories pass is answered from the index alone, not by reading every row
#   (800 MB at 100,000 stories once the vectors are in the rows: `lang:de` took 0.4 s).
LANGUAGE_STATISTICS = "stories_lower_language"
STORE_INLINE = (
    f"DROP INDEX {NEWEST_INDEX}",  # made again below, not rebuilt by the rewrite first
    # Vectors kept before are moved into their rows: a rewrite of the table (and of its
    # indexes, built in bulk) with the same vectors (joined to an empty one: new values,
    # stored anew). One statement: a change of type alone would reset the storage.
    f"ALTER TABLE stories ALTER COLUMN {COLUMN} TYPE tsvector USING {COLUMN} || ''::tsvector, "
    f"ALTER COLUMN {COLUMN} SET STORAGE MAIN",
    f"CREATE INDEX {NEWEST_INDEX} ON stories (updated_at, id) "
    "INCLUDE (status, language, urgency) WHERE trashed_at IS NULL",
    "ANALYZE stories",
)
# Statistics of an expression: PostgreSQL 14 or newer (13 plans `lang:` as before).
CREATE_LANGUAGE_STATISTICS = (
    f"CREATE STATISTICS {LANGUAGE_STATISTICS} ON (lower(language)) FROM stories"
)
STORE_AS_BEFORE = (
    f"DROP INDEX {NEWEST_INDEX}",
    CREATE_NEWEST_INDEX,
    f"DROP STATISTICS IF EXISTS {LANGUAGE_STATISTICS}",
    f"ALTER TABLE stories ALTER COLUMN {COLUMN} SET STORAGE EXTENDED",
)
