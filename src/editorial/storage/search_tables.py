"""The search's tables (migration 0008).

On SQLite the full-text index is an FTS5 table, `story_search`, over the view
`story_search_source`: the story's own columns and, from `story_search_terms`, its
keywords and bylines as plain words (JSON columns flattened, which an FTS5 content view
cannot do itself). Triggers on `stories` keep both in step in the transaction of every
write, whatever code makes it; the virtual table and its triggers are SQL of the migration
(`search_sql.py`), not declarations here. Saved searches are the desk's, kept in the
library beside the stories they find.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from editorial.storage.tables import Base, UtcDateTime


class StorySearchTermsRow(Base):
    """A story's keywords and byline names as words, for the index (maintained by
    triggers: never written by the application)."""

    __tablename__ = "story_search_terms"

    story_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    keywords: Mapped[str] = mapped_column(Text, default="")
    bylines: Mapped[str] = mapped_column(Text, default="")


class SavedSearchRow(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(255), default="")
