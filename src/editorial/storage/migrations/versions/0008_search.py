"""Full-text search: the index over the stories (SQLite FTS5, kept by triggers) and the
desk's saved searches. Indexes the stories the library already has.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editorial.storage import search_sql
from editorial.storage.tables import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
    )
    # The keywords and bylines of each story as words (on SQLite filled by triggers).
    op.create_table(
        "story_search_terms",
        sa.Column("story_id", sa.Integer(),
                  sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("bylines", sa.Text(), nullable=False),
    )  # fmt: skip
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's index (a tsvector with GIN) is migration 0009's
    for statement in (*search_sql.CREATE, *search_sql.FILL):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search_sql.DROP:
            op.execute(statement)
    else:
        op.drop_table("story_search_terms")
    op.drop_table("saved_searches")
