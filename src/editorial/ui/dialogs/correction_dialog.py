"""Filing a correction: what changed since the version last published, word by word, and
the correction note drafted from it, for the editor to read, edit and send with the
corrected story. The note is required (the workflow refuses a correction without one), so
the button stays disabled while it is empty."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.dialogs.diff_view import DiffView
from editorial.ui.dialogs.note_dialog import SignedNoteDialog
from editorial.ui.shell.theme import marked

NOTE_HINT = QT_TRANSLATE_NOOP(
    "CorrectionDialog",
    "<b>Correction note</b>, drafted from the changes above: edit it as you see fit. It "
    "goes with the corrected story and is kept in its history.",
)
NOTHING_DRAFTED = QT_TRANSLATE_NOOP(
    "CorrectionDialog",
    "<b>Correction note</b>: nothing a reader sees has changed since the published "
    "version, so nothing could be drafted. Write what the correction corrects.",
)


class CorrectionDialog(SignedNoteDialog):
    def __init__(
        self,
        headline: str,
        published_version: int,
        diff_fragment: str,
        drafted_note: str,
        parent: QWidget | None = None,
        *,
        initials: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Submit Correction"))
        quoted = html.escape(headline or self.tr("Untitled story"))
        shown = self.tr(
            "<b>“{headline}”</b><br>Changes since the published version ({version}): "
            "{added}, {removed}."
        ).format(
            headline=quoted,
            version=published_version,
            added=marked("ins", html.escape(self.tr("added"))),
            removed=marked("del", html.escape(self.tr("removed"))),
        )
        self.heading = QLabel(shown, self)
        self.heading.setWordWrap(True)
        self.diff = DiffView(self)
        self.diff.show_diff(diff_fragment)
        self.hint = QLabel(self.tr(NOTE_HINT) if drafted_note else self.tr(NOTHING_DRAFTED), self)
        self.hint.setWordWrap(True)
        self._build_note("correctionNote", self.tr("Submit Correction"), initials)
        self.text.setPlainText(drafted_note)
        self.text.setMaximumHeight(90)
        self.drafted = drafted_note
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.text)
        layout.addWidget(self.signature)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
