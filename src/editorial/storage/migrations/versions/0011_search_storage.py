"""PostgreSQL's search reads less (`search_postgres_sql.STORE_INLINE`): each story's
vector kept in its row instead of the TOAST table, and statistics of the `lang:`
filter's expression for the planner. A library with stories has its table rewritten
once (77 s at 100,000 stories on a busy two-core machine); the newest-first index
(0010) is made again with the filters' columns. On SQLite it does nothing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from editorial.storage import search_postgres_sql

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if (bind.dialect.server_version_info or (0,)) >= (14,):
        op.execute(search_postgres_sql.CREATE_LANGUAGE_STATISTICS)
    for statement in search_postgres_sql.STORE_INLINE:  # ANALYZE last: the statistics too
        op.execute(statement)


def downgrade() -> None:
    # The vectors stay in their rows: where a value is kept changes nothing it means.
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_postgres_sql.STORE_AS_BEFORE:
            op.execute(statement)
