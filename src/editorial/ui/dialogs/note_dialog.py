"""The note a workflow move needs: why a story goes back to its author, what a
correction corrects, why a story is killed. OK stays disabled while the note is empty,
so a move that needs a note is never sent without one. The note is signed with the
editor's initials, as the dialog says under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.initials import signed


class SignedNoteDialog(QDialog):
    """A dialog whose OK sends a note signed with the editor's initials: OK stays disabled
    while the note is empty, and Enter in a field does not send an empty one either."""

    def _build_note(self, name: str, ok_text: str, initials: str) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(name)
        self.text.setTabChangesFocus(True)
        self.initials = initials
        self.signature = signature_label(initials, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._note_changed)
        self._note_changed()

    def note(self) -> str:
        """The note as written, signed with the editor's initials."""
        return signed(self.text.toPlainText().strip(), self.initials)

    def _note_changed(self) -> None:
        self.ok.setEnabled(bool(self.note()))

    def accept(self) -> None:
        if self.note():
            super().accept()


class NoteDialog(SignedNoteDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        initials: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workflowNoteDialog")
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self._build_note("workflowNote", ok_text, initials)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.signature)
        layout.addWidget(self.buttons)
        self.resize(460, 240)


def signature_label(initials: str, parent: QWidget) -> QLabel:
    """Under a note: the initials it will be signed with (hidden while there are none)."""
    label = QLabel(parent)
    label.setObjectName("noteSignature")
    label.setWordWrap(True)
    if initials:
        label.setText(
            QCoreApplication.translate(
                "NoteDialog", "Signed with your initials: {initials}"
            ).format(initials=initials)
        )
        label.setToolTip(
            QCoreApplication.translate(
                "NoteDialog", "Set your initials in Edit ▸ Preferences ▸ Identity"
            )
        )
    label.setVisible(bool(initials))
    return label
