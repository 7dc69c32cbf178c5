"""Newest first by an index alone on PostgreSQL: the live stories (not spiked) by
(`updated_at`, `id`), the order of the story list and of the search's walk. The index on
(`trashed_at`, `updated_at`) serves it on SQLite, whose indexes end with the rowid and
whose planner takes `trashed_at IS NULL` as a fixed value; PostgreSQL's does neither, and
sorted every live story for each page of a 100,000-story library (a tenth of a second)
where this index reads only the page. On SQLite it does nothing.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from editorial.storage import search_postgres_sql

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(search_postgres_sql.CREATE_NEWEST_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {search_postgres_sql.NEWEST_INDEX}")
