"""Spelling and house-style checks: the panel, the lane that runs them, underlines and
suggestions in the fields."""
