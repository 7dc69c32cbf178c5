"""Full-text search on PostgreSQL: a weighted `tsvector` per story kept by a trigger, a
GIN index over it, and the text search configuration both are made with
(`search_postgres_sql.py`). Indexes the stories a library already has. On SQLite it does
nothing: FTS5 (migration 0008) is its index.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from editorial.storage import search_postgres_sql

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*search_postgres_sql.CREATE, *search_postgres_sql.FILL):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in search_postgres_sql.DROP:
        op.execute(statement)
