"""Publishing: the desk's endpoints, the outbox, and every delivery attempt.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editorial.storage.tables import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "endpoints",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("user", sa.String(255), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("publish_on_approval", sa.Boolean(), nullable=False),
        sa.Column("kill_to_draft", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.Integer(),
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("story_uri", sa.String(255), nullable=False),
        sa.Column("endpoint", sa.String(255), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("published_version", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(300), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", UtcDateTime(), nullable=False),
        sa.Column("not_before", UtcDateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(255), nullable=True),
        sa.Column("lease_until", UtcDateTime(), nullable=True),
        sa.Column("remote_id", sa.String(255), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("last_reason", sa.Text(), nullable=False),
        sa.Column("maybe_delivered", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("endpoint", "idempotency_key", name="uq_outbox_endpoint_key"),
    )
    op.create_index("ix_outbox_endpoint_state", "outbox", ["endpoint", "state", "id"])
    op.create_index("ix_outbox_story_endpoint", "outbox", ["story_id", "endpoint", "id"])
    op.create_table(
        "delivery_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "outbox_id",
            sa.Integer(),
            sa.ForeignKey("outbox.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("next_try_at", UtcDateTime(), nullable=True),
    )
    op.create_index("ix_delivery_attempts_outbox", "delivery_attempts", ["outbox_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_delivery_attempts_outbox", "delivery_attempts")
    op.drop_table("delivery_attempts")
    op.drop_index("ix_outbox_story_endpoint", "outbox")
    op.drop_index("ix_outbox_endpoint_state", "outbox")
    op.drop_table("outbox")
    op.drop_table("endpoints")
