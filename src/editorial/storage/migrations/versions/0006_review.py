"""The copy desk's review: comments anchored to a passage, and review openings.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editorial.storage.tables import UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _story_id() -> sa.Column[int]:
    return sa.Column(
        "story_id", sa.Integer(), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _story_id(),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("by", sa.String(255), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_review_comments_story", "review_comments", ["story_id", "id"])
    op.create_table(
        "review_openings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _story_id(),
        sa.Column("by", sa.String(255), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_review_openings_story", "review_openings", ["story_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_review_openings_story", "review_openings")
    op.drop_table("review_openings")
    op.drop_index("ix_review_comments_story", "review_comments")
    op.drop_table("review_comments")
