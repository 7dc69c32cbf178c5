"""Staff list for bylines and the desk's spelling dictionary.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("role", sa.String(255), nullable=False),
    )
    op.create_table(
        "dictionary_words",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("word", sa.String(255), nullable=False),
        sa.UniqueConstraint("language", "word", name="uq_dictionary_language_word"),
    )


def downgrade() -> None:
    op.drop_table("dictionary_words")
    op.drop_table("staff")
