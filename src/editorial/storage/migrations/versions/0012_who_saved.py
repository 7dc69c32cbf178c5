"""Who made each version: `stories.saved_by`, who wrote the current version, and
`story_revisions.made_by`, who had written a kept one. A save over an autosave (which is
not kept) made a version nothing else names the author of: the History showed it with
no one. Versions written before this migration keep "" (no one recorded).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, as 0004: the tables are not copied.
    op.add_column(
        "stories", sa.Column("saved_by", sa.String(255), nullable=False, server_default="")
    )
    op.add_column(
        "story_revisions",
        sa.Column("made_by", sa.String(255), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("story_revisions") as revisions:
        revisions.drop_column("made_by")
    with op.batch_alter_table("stories") as stories:
        stories.drop_column("saved_by")
