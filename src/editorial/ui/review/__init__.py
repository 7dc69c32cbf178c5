"""The copy desk's review mode: the story large, what changed, comments, sign-off."""
