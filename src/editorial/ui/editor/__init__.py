"""The story editor: headline, bylines, dateline, lede, body and metadata fields, find,
completion, pasted web copy, and the save session."""
