"""The story list: its model, its view, and what the editor does with whole stories (open,
new, close, trash, restore)."""
