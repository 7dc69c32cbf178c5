"""Each outbox entry of an approval keeps, beside its snapshot, the revision the move to
published will keep of the approved version: its text packed as `revisions.py` packs it
(`revision`), the key revision it was packed against (`revision_against`, NULL for a key)
and the story version it is of (`revision_version`).

Why: the outbox's worker moves every story it delivered to published, and a move keeps
the version it replaces. Made at that moment, the revision cost the worker's
bookkeeping more than anything else it does for a story (the snapshot read and parsed,
its text written again, the story's key read, unpacked and used to pack it: 0.13-0.17 ms
a story of about 0.3). Made at approval, by the desk, it costs the same once, out of the
way; the move copies the bytes with one statement. They are the bytes the move would
make: while the story is still at that version no revision has been kept since (keeping
one replaces the version), so its key is the same. Entries queued before this revision
have none, and their stories' revisions are made at the move as before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (the table is not copied).
    op.add_column("outbox_snapshots", sa.Column("revision", sa.LargeBinary(), nullable=True))
    op.add_column("outbox_snapshots",
                  sa.Column("revision_against", sa.Integer(), nullable=True))  # fmt: skip
    op.add_column("outbox_snapshots",
                  sa.Column("revision_version", sa.Integer(), nullable=True))  # fmt: skip


def downgrade() -> None:
    op.drop_column("outbox_snapshots", "revision_version")
    op.drop_column("outbox_snapshots", "revision_against")
    op.drop_column("outbox_snapshots", "revision")
