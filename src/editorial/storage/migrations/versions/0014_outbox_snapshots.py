"""Each outbox entry's snapshot in a table of its own, `outbox_snapshots` (keyed by the
entry), with the payload frozen for it as a column there instead of a key inside the
snapshot's JSON; and the headline, which lists of entries show, as a column of the outbox.

Why: the worker updates an entry's row at each claim (its lease) and each attempt (its
result). With the story and its payload in it (7.7 kB for a news story) every such UPDATE
rewrote kilobytes across overflow pages, and reading a column stored behind them walked
those pages: an UPDATE plus a SELECT of such a row cost 7-9 microseconds on SQLite against
1-3 for a row of a few hundred bytes. A payload was picked out of the JSON by the database
at each claim (another 5 microseconds an entry).

The rows are copied in batches in Python, on both databases: PostgreSQL's jsonb would
reorder the keys of the snapshot's nested mappings, and a published story's revision text
is taken from its snapshot byte for byte (`moves_together`).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Where the payload was kept inside a snapshot before this revision (never a story field's
# name: those are Python names).
PAYLOAD_KEY = "editorial:payload"
BATCH = 500  # entries copied at a time: a big outbox is never held in memory at once

_outbox = sa.table(
    "outbox", sa.column("id", sa.Integer()), sa.column("snapshot", sa.JSON()),
    sa.column("headline", sa.Text()),
)  # fmt: skip
_snapshots = sa.table(
    "outbox_snapshots", sa.column("outbox_id", sa.Integer()), sa.column("payload", sa.Text()),
    sa.column("snapshot", sa.JSON()),
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "outbox_snapshots",
        sa.Column(
            "outbox_id", sa.Integer(), sa.ForeignKey("outbox.id", ondelete="CASCADE"),
            primary_key=True, autoincrement=False,
        ),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
    )
    # Plain ADD COLUMN and DROP COLUMN (SQLite 3.35 and later): the outbox is not copied
    # (a copy would drop the old table, and with it, by cascade, every delivery attempt).
    op.add_column("outbox", sa.Column("headline", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    for rows in _batches(connection, sa.select(_outbox.c.id, _outbox.c.snapshot), _outbox.c.id):
        kept: list[dict[str, Any]] = []
        headlines: list[dict[str, Any]] = []
        for entry_id, snapshot in rows:
            plain = dict(snapshot) if isinstance(snapshot, dict) else {}
            payload = plain.pop(PAYLOAD_KEY, "")
            kept.append({"outbox_id": entry_id, "payload": payload if isinstance(payload, str)
                         else "", "snapshot": plain})  # fmt: skip
            headline = plain.get("headline")
            headlines.append({"b_id": entry_id,
                              "b_headline": headline if isinstance(headline, str) else ""})
        connection.execute(sa.insert(_snapshots), kept)
        connection.execute(
            sa.update(_outbox).where(_outbox.c.id == sa.bindparam("b_id"))
            .values(headline=sa.bindparam("b_headline")), headlines,
        )  # fmt: skip
    op.drop_column("outbox", "snapshot")


def downgrade() -> None:
    op.add_column("outbox", sa.Column("snapshot", sa.JSON(), nullable=False,
                                      server_default="{}"))  # fmt: skip
    connection = op.get_bind()
    query = sa.select(_snapshots.c.outbox_id, _snapshots.c.payload, _snapshots.c.snapshot)
    for rows in _batches(connection, query, _snapshots.c.outbox_id):
        connection.execute(
            sa.update(_outbox).where(_outbox.c.id == sa.bindparam("b_id"))
            .values(snapshot=sa.bindparam("b_snapshot", type_=sa.JSON())),
            [{"b_id": entry_id,
              "b_snapshot": {**snapshot, PAYLOAD_KEY: payload} if payload else snapshot}
             for entry_id, payload, snapshot in rows],
        )  # fmt: skip
    if connection.dialect.name != "sqlite":  # SQLite cannot drop a column's default
        op.alter_column("outbox", "snapshot", server_default=None)
    op.drop_column("outbox", "headline")
    op.drop_table("outbox_snapshots")


def _batches(
    connection: sa.Connection, query: sa.Select[Any], key: sa.ColumnElement[int]
) -> Iterator[list[Any]]:
    """The rows of `query` in batches of BATCH, in the order of `key` (each batch read
    whole before it is written: no cursor is left open across a write)."""
    last = 0
    while True:
        rows = list(connection.execute(query.where(key > last).order_by(key).limit(BATCH)))
        if not rows:
            return
        yield rows
        last = rows[-1][0]
