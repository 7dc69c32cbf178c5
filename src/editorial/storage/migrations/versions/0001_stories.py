"""The stories table.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editorial.storage.tables import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uri", sa.String(255), nullable=False, unique=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("slug", sa.String(255), nullable=False),
        sa.Column("bylines", sa.JSON(), nullable=False),
        sa.Column("dateline_city", sa.String(255), nullable=False),
        sa.Column("dateline_region", sa.String(255), nullable=False),
        sa.Column("dateline_country", sa.String(255), nullable=False),
        sa.Column("dateline_date", sa.Date(), nullable=True),
        sa.Column("dateline_source", sa.String(255), nullable=False),
        sa.Column("lede", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("urgency", sa.Integer(), nullable=False),
        sa.Column("subjects", sa.JSON(), nullable=False),
        sa.Column("embargo", UtcDateTime(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("trashed_at", UtcDateTime(), nullable=True),
    )
    op.create_index("ix_stories_trashed_updated", "stories", ["trashed_at", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_stories_trashed_updated", table_name="stories")
    op.drop_table("stories")
