"""The words the History tab shows for what made a version: the action's title, and the
notes the library itself writes beside a kept version (a restore, a take-over, a text set
aside in a conflict). The library keeps them in English; these templates (marked for
translation, contexts "HistoryModel" and "HistoryNotes") both write them and read them
back (`kept_note`), so the window can show them in its own language."""

from __future__ import annotations

from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, recognized

# What made a version, as the history panel names it: the kept action, capitalised.
ACTION_TITLES = {
    "autosave": QT_TRANSLATE_NOOP("HistoryModel", "Edit"),
    "edit": QT_TRANSLATE_NOOP("HistoryModel", "Edit"),
    "save": QT_TRANSLATE_NOOP("HistoryModel", "Save"),
    "revert": QT_TRANSLATE_NOOP("HistoryModel", "Restore version"),
    "create": QT_TRANSLATE_NOOP("HistoryModel", "Create"),
    "import": QT_TRANSLATE_NOOP("HistoryModel", "Import"),
    "conflict": QT_TRANSLATE_NOOP("HistoryModel", "Conflict"),
    "take over": QT_TRANSLATE_NOOP("HistoryModel", "Take over"),
    "submit": QT_TRANSLATE_NOOP("HistoryModel", "Submit"),
    "approve": QT_TRANSLATE_NOOP("HistoryModel", "Approve"),
    "return": QT_TRANSLATE_NOOP("HistoryModel", "Return"),
    "spike": QT_TRANSLATE_NOOP("HistoryModel", "Spike"),
    "restore": QT_TRANSLATE_NOOP("HistoryModel", "Restore"),
    "correct": QT_TRANSLATE_NOOP("HistoryModel", "Correct"),
    "kill": QT_TRANSLATE_NOOP("HistoryModel", "Kill"),
    "publish": QT_TRANSLATE_NOOP("HistoryModel", "Publish"),
}

RESTORED_NOTE = QT_TRANSLATE_NOOP("HistoryNotes", "Restored version {version}.")
UNSAVED_AT_TAKE_OVER = QT_TRANSLATE_NOOP(
    "HistoryNotes", "Not yet saved by {name} when {holder} took over"
)
TAKEN_OVER = QT_TRANSLATE_NOOP("HistoryNotes", "{holder}'s text (on {host}) when {name} took over")
SET_ASIDE_THEIRS = QT_TRANSLATE_NOOP(
    "HistoryNotes", "The text saved elsewhere, set aside when {name} chose another"
)
SET_ASIDE_MINE = QT_TRANSLATE_NOOP("HistoryNotes", "The text typed here, set aside in a conflict")
KEPT_NOTES = (RESTORED_NOTE, UNSAVED_AT_TAKE_OVER, TAKEN_OVER, SET_ASIDE_THEIRS, SET_ASIDE_MINE)


def action_title(action: str) -> str:
    return ACTION_TITLES.get(action, action.capitalize())


def kept_note(note: str) -> Message:
    """A version's note as a message: one the library wrote, read back from its template;
    a person's own note as it is."""
    return recognized(note, KEPT_NOTES, "HistoryNotes")
