"""The copy desk's review in the library (migration 0006): comments anchored to a passage
of a story, and who opened a story's review when (a submitted story someone opened in
review is "in review" on the desk's board). Kept apart from the story's own columns:
nothing here is ever published or exported.

Registered on `Base` when `library.py` loads (through `review_store.py`), as every use of
the library does: `tables.py` cannot import this module without an import circle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from editorial.storage.tables import Base, UtcDateTime


class ReviewCommentRow(Base):
    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(Integer, ForeignKey("stories.id", ondelete="CASCADE"))
    # The passage: the field it was found in ("" for the rendered text only), its offset
    # there and the quoted text, as the story stood at `version`.
    field: Mapped[str] = mapped_column(String(40), default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_review_comments_story", "story_id", "id"),)


class ReviewOpeningRow(Base):
    """A review opened on a story: by whom, when, on which version."""

    __tablename__ = "review_openings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(Integer, ForeignKey("stories.id", ondelete="CASCADE"))
    by: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_review_openings_story", "story_id", "at"),)
