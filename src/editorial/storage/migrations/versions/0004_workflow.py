"""The workflow: story history, profiles with roles, the spiked state, packed revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editorial.storage.tables import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): the stories table is never copied, so the rows
    # that refer to it (revisions, history) are never touched.
    op.add_column("stories", sa.Column("spiked_from", sa.String(20), nullable=True))
    op.add_column(
        "stories", sa.Column("autosaved", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "stories", sa.Column("started_by", sa.String(255), nullable=False, server_default="")
    )
    # The trash becomes the spike: one concept, kept by `trashed_at` as before.
    op.execute(
        "UPDATE stories SET spiked_from = status, status = 'spiked' WHERE trashed_at IS NOT NULL"
    )
    with op.batch_alter_table("story_revisions") as revisions:
        revisions.alter_column("content", existing_type=sa.JSON(), nullable=True)
        revisions.add_column(sa.Column("packed", sa.LargeBinary(), nullable=True))
        revisions.add_column(sa.Column("packed_against", sa.Integer(), nullable=True))
    op.create_table(
        "story_history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.Integer(),
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("by", sa.String(255), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_story_history_story", "story_history", ["story_id", "id"])
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("initials", sa.String(20), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("profiles")
    op.drop_index("ix_story_history_story", "story_history")
    op.drop_table("story_history")
    op.execute("UPDATE stories SET status = spiked_from WHERE spiked_from IS NOT NULL")
    with op.batch_alter_table("story_revisions") as revisions:
        revisions.drop_column("packed_against")
        revisions.drop_column("packed")
    with op.batch_alter_table("stories") as stories:
        stories.drop_column("started_by")
        stories.drop_column("autosaved")
        stories.drop_column("spiked_from")
