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
        self.setWindowTitle("Compare Versions")
        self.heading = QLabel(
            f"<b>“{html.escape(headline or 'Untitled story')}”</b><br>"
            f"{marked('del', 'From')} "
            f"{html.escape(old_label)}<br>"
            f"{marked('ins', 'To')} "
            f"{html.escape(new_label)}",
            self,
        )
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
