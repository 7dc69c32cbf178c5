"""Two versions of a story side by side in one text: the word diff from the older to the
newer, with a line naming each (its number, what made it, who, when)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from editorial.ui.dialogs.diff_view import DiffView
from editorial.ui.shell.theme import marked


class CompareDialog(QDialog):
    def __init__(
        self, headline: str, old_label: str, new_label: str, diff_fragment: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare Versions"))
        quoted = html.escape(headline or self.tr("Untitled story"))
        shown = self.tr("<b>“{headline}”</b><br>{from_word} {old}<br>{to_word} {new}").format(
            headline=quoted,
            from_word=marked("del", html.escape(self.tr("From"))),
            old=html.escape(old_label),
            to_word=marked("ins", html.escape(self.tr("To"))),
            new=html.escape(new_label),
        )
        self.heading = QLabel(shown, self)
        self.heading.setWordWrap(True)
        self.diff = DiffView(self)
        self.diff.show_diff(diff_fragment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.diff, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
