"""Dialogs: preferences, staff, import and export."""
