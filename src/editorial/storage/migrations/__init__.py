"""Alembic migrations of the library schema, applied automatically when a library opens."""
