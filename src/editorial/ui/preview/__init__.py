"""The published story as the reader will see it."""
