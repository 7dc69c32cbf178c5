"""The SQL that builds SQLite's full-text index (migration 0008), kept as data so that the
migration and the tests that take a library back to an older schema share it.

Words are folded as the reader folds them: case and Latin diacritics by the unicode61
tokenizer, English endings by porter (quakes finds quake), and Russian ё as е (the view
folds it; the query folds it the same), which most copy writes as е anyway.
"""

from __future__ import annotations

FTS_TABLE = "story_search"
# The names of everything the index is made of, for undoing it.
TRIGGERS = ("story_search_insert", "story_search_update", "story_search_delete")
VIEW = "story_search_source"


def _folded(expression: str) -> str:
    return f"replace(replace({expression}, 'ё', 'е'), 'Ё', 'Е')"


def _terms(prefix: str) -> str:
    return (
        f"coalesce((SELECT group_concat(value, ' ') FROM json_each({prefix}.keywords)), ''), "
        f"coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') "
        f"FROM json_each({prefix}.bylines)), '')"
    )


_INDEXED = "headline, lede, body, slug, keywords, bylines, city"
_CHANGED = " OR ".join(
    f"old.{column} IS NOT new.{column}"
    for column in ("id", "headline", "lede", "body", "slug", "keywords", "bylines",
                   "dateline_city")
)  # fmt: skip

# What the index holds for the row as it was: in an AFTER UPDATE trigger the view already
# shows the new row, and FTS5 must be told exactly the words it indexed to remove them.
_OLD_VALUES = ", ".join((
    _folded("old.headline"), _folded("old.lede"), _folded("old.body"), "old.slug",
    _folded("t.keywords"), _folded("t.bylines"), _folded("old.dateline_city"),
))  # fmt: skip

# After the table `story_search_terms` (declared in `search_tables.py`) is made:
CREATE = (
    f"""CREATE VIEW {VIEW} AS
    SELECT s.id AS id, {_folded("s.headline")} AS headline, {_folded("s.lede")} AS lede,
           {_folded("s.body")} AS body, s.slug AS slug, {_folded("t.keywords")} AS keywords,
           {_folded("t.bylines")} AS bylines, {_folded("s.dateline_city")} AS city
    FROM stories AS s JOIN story_search_terms AS t ON t.story_id = s.id""",
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        {_INDEXED},
        content='{VIEW}', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER story_search_insert AFTER INSERT ON stories BEGIN
        INSERT INTO story_search_terms (story_id, keywords, bylines)
        VALUES (new.id, {_terms("new")});
        INSERT INTO {FTS_TABLE} (rowid, {_INDEXED})
        SELECT id, {_INDEXED} FROM {VIEW} WHERE id = new.id;
    END""",
    f"""CREATE TRIGGER story_search_update AFTER UPDATE ON stories WHEN {_CHANGED} BEGIN
        INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_INDEXED})
        SELECT 'delete', old.id, {_OLD_VALUES}
        FROM story_search_terms AS t WHERE t.story_id = old.id;
        DELETE FROM story_search_terms WHERE story_id = old.id;
        INSERT INTO story_search_terms (story_id, keywords, bylines)
        VALUES (new.id, {_terms("new")});
        INSERT INTO {FTS_TABLE} (rowid, {_INDEXED})
        SELECT id, {_INDEXED} FROM {VIEW} WHERE id = new.id;
    END""",
    f"""CREATE TRIGGER story_search_delete BEFORE DELETE ON stories BEGIN
        INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_INDEXED})
        SELECT 'delete', id, {_INDEXED} FROM {VIEW} WHERE id = old.id;
        DELETE FROM story_search_terms WHERE story_id = old.id;
    END""",
)

# The trigger a bulk import into an empty library drops and makes again, indexing its
# stories at once (`search_sqlite.indexed_at_end`).
INSERT_TRIGGER = TRIGGERS[0]
CREATE_INSERT_TRIGGER = next(statement for statement in CREATE if INSERT_TRIGGER in statement)

# Index the stories a library already has (the migration; a rebuild after damage).
FILL = (
    f"INSERT INTO story_search_terms (story_id, keywords, bylines) SELECT id, {_terms('stories')} "
    "FROM stories",
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')",
)

DROP = (
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"DROP VIEW IF EXISTS {VIEW}",
    "DROP TABLE IF EXISTS story_search_terms",
)
