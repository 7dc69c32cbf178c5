"""The library's tables as typed SQLAlchemy 2 declarations.

Rows never leave `storage/`: `mappers.py` turns them into domain dataclasses.
Any change here needs an Alembic migration in `migrations/versions/`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no time zone of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the library stores aware datetimes only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    pass


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uri: Mapped[str] = mapped_column(String(255), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    headline: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(255), default="")
    bylines: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    dateline_city: Mapped[str] = mapped_column(String(255), default="")
    dateline_region: Mapped[str] = mapped_column(String(255), default="")
    dateline_country: Mapped[str] = mapped_column(String(255), default="")
    dateline_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    dateline_source: Mapped[str] = mapped_column(String(255), default="")
    lede: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(35), default="en")
    urgency: Mapped[int] = mapped_column(Integer, default=5)
    subjects: Mapped[list[str]] = mapped_column(JSON, default=list)
    embargo: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    trashed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The workflow's bookkeeping (migration 0004): the state a spiked story had, whether
    # the current version is an autosave (coalesced: never kept as a revision), and who
    # started the story (a reporter spikes only their own).
    spiked_from: Mapped[str | None] = mapped_column(String(20), nullable=True)
    autosaved: Mapped[bool] = mapped_column(Boolean, default=False)
    started_by: Mapped[str] = mapped_column(String(255), default="")
    # Who wrote the current version (migration 0012): a save over an autosave makes a
    # version no revision or history entry names the author of. "" where no one is known.
    saved_by: Mapped[str] = mapped_column(String(255), default="")

    __table_args__ = (
        Index("ix_stories_trashed_updated", "trashed_at", "updated_at"),
        # The outbox's worker finds the approved stories by it (0013).
        Index("ix_stories_status", "status"),
    )


class StoryRevisionRow(Base):
    """An earlier version of a story, kept when something replaced it (an import of the
    agency's newer version, ...): the story's revision history, one row per kept version.
    `content` is the story's content fields as they were, in their plain form
    (`domain.story_plain`); rows kept before that hold the content columns, which
    `mappers.story_from_snapshot` reads the same."""

    __tablename__ = "story_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(Integer, ForeignKey("stories.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    # Before migration 0004 the plain content as JSON; since, `packed` (zlib-compressed
    # JSON of the same plain form, see `revisions.py`) and `content` NULL.
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    packed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # The version of the key revision `packed` was compressed against (its preset
    # dictionary); NULL for a key revision, packed on its own.
    packed_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # when this version was saved
    replaced_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    action: Mapped[str] = mapped_column(String(20))  # what replaced it: "import", ...
    by: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Who had written this version (the story's `saved_by` when it was kept; 0012).
    made_by: Mapped[str] = mapped_column(String(255), default="")

    __table_args__ = (
        UniqueConstraint("story_id", "version", name="uq_story_revisions_story_version"),
    )


class StoryHistoryRow(Base):
    """One state change of a story, written in the transaction that made it."""

    __tablename__ = "story_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(Integer, ForeignKey("stories.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(String(255), default="")
    action: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))  # the state the action left it in
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)  # the version the action made

    __table_args__ = (Index("ix_story_history_story", "story_id", "id"),)


class ProfileRow(Base):
    """A person who works on the desk, with the roles that say what they may do.
    Apart from the staff list: that one is for bylines (stringers, agencies, people who
    never open Editorial) and its role is words printed under a name; this one grants."""

    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    initials: Mapped[str] = mapped_column(String(20), default="")
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)


class StaffRow(Base):
    """The newsroom's people, for completing bylines."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    role: Mapped[str] = mapped_column(String(255), default="")


class DictionaryWordRow(Base):
    """Words the desk added to the spelling dictionary, per language (BCP 47 primary tag)."""

    __tablename__ = "dictionary_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    language: Mapped[str] = mapped_column(String(35))
    word: Mapped[str] = mapped_column(String(255))

    __table_args__ = (UniqueConstraint("language", "word", name="uq_dictionary_language_word"),)
