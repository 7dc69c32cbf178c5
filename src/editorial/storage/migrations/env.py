"""Alembic environment: migrations always run on the connection the library hands over."""

from __future__ import annotations

from alembic import context

from editorial.storage import (
    outbox_tables,  # noqa: F401 - its tables join Base.metadata
    search_tables,  # noqa: F401 - its tables join Base.metadata
)
from editorial.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic command line
    raise RuntimeError("Run migrations through editorial.storage.schema.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most columns; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
