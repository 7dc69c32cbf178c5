"""The publishing tables (migration 0005; each entry's snapshot in a table of its own
since 0014): the desk's endpoints, the outbox and every delivery attempt. Kept apart from
`tables.py` (whose `Base` they share): the library and the migrations' environment import
this module, so `Base.metadata` holds them too (`tables.py` cannot import it back:
modules never import each other in a circle).

No secret is ever a column here: an endpoint's secret lives in the system keyring.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from editorial.storage.tables import Base, UtcDateTime


class EndpointRow(Base):
    __tablename__ = "endpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(255), default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    publish_on_approval: Mapped[bool] = mapped_column(Boolean, default=True)
    kill_to_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class OutboxRow(Base):
    """One version of one story for one endpoint. The id is the order of approval: an
    endpoint gets its entries one at a time in this order. `endpoint` is the endpoint's
    name (no foreign key: the record of what went out outlives a removed endpoint).
    What is sent is in `frozen` (`OutboxSnapshotRow`), a row of its own: the worker updates
    an entry's row at each claim and each attempt, and a row of a few hundred bytes is
    rewritten far faster than one carrying kilobytes of story and payload (0014)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(Integer, ForeignKey("stories.id", ondelete="CASCADE"))
    story_uri: Mapped[str] = mapped_column(String(255))
    endpoint: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(20))
    published_version: Mapped[int] = mapped_column(Integer)
    idempotency_key: Mapped[str] = mapped_column(String(300))
    # The story's headline as approved (of the snapshot): what lists of entries show.
    headline: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # The story's embargo: the entry waits until then without holding up the endpoint's
    # other entries.
    not_before: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The lease of the worker sending it: another worker takes the entry over only once
    # the lease has run out (the first worker died or hung).
    claimed_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    remote_id: Mapped[str] = mapped_column(String(255), default="")
    link: Mapped[str] = mapped_column(Text, default="")
    last_reason: Mapped[str] = mapped_column(Text, default="")
    # An attempt went out and no answer came back: the endpoint may hold it already.
    maybe_delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        UniqueConstraint("endpoint", "idempotency_key", name="uq_outbox_endpoint_key"),
        Index("ix_outbox_endpoint_state", "endpoint", "state", "id"),
        Index("ix_outbox_story_endpoint", "story_id", "endpoint", "id"),
    )

    frozen: Mapped[OutboxSnapshotRow] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="select"
    )


class OutboxSnapshotRow(Base):
    """What an outbox entry sends (migration 0014): `snapshot`, the story as it was when
    approved, corrected or killed, in its plain form (`domain.story_plain`), however the
    story changes afterwards; and `payload`, the exact body frozen for the endpoint at
    approval (or at the first attempt: "" until then)."""

    __tablename__ = "outbox_snapshots"

    outbox_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False,
    )  # fmt: skip
    payload: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Of an approval's entries (0015): the revision the move to published keeps of the
    # approved version (`revision_version`), made at approval: its text packed against
    # the story's key revision `revision_against` (NULL: packed alone), see
    # `moves_together`. NULL for other entries and those queued before 0015.
    revision: Mapped[bytes | None] = mapped_column(sa.LargeBinary, nullable=True)
    revision_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    revision_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DeliveryAttemptRow(Base):
    """One try at delivering an outbox entry."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outbox_id: Mapped[int] = mapped_column(Integer, ForeignKey("outbox.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    next_try_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_delivery_attempts_outbox", "outbox_id", "id"),)
