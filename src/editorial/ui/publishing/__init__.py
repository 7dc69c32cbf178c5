"""Publishing in the window: the outbox's worker on its own thread, the story's Publishing
tab, the status bar's light and the outbox, the endpoints and the pre-flight view."""
