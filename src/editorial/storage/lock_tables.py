"""The soft locks' table (migration 0007): who edits which story, from where, until when.

Kept apart from `tables.py` so the table arrives with the code that uses it; it is
declared on the same `Base`, so Alembic and the schema checks see it with the rest.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from editorial.storage.tables import Base, UtcDateTime


class StoryLockRow(Base):
    """One story's soft lock: at most one row per story (its primary key), so of two
    windows taking it at once the database lets exactly one insert through."""

    __tablename__ = "story_locks"

    story_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    holder: Mapped[str] = mapped_column(String(255))  # the person's name
    host: Mapped[str] = mapped_column(String(255))
    instance: Mapped[str] = mapped_column(String(64))  # the window's own id
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # After a take-over: the window that lost the lock, and the version kept free for the
    # text it had not saved yet (kept as a revision when it learns it lost the lock).
    taken_from: Mapped[str | None] = mapped_column(String(64), nullable=True)
    set_aside_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
