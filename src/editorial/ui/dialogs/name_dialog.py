"""The first start's one question: the editor's name, which signs new stories and names
them in the desk's history. Asked only while neither the preferences nor
`$EDITORIAL_USER` give one; prefilled with the login's full name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class NameDialog(QDialog):
    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameDialog")
        self.setWindowTitle("Welcome to Editorial")
        prompt = QLabel(
            "What is your name? It signs the stories you start and names you in each "
            "story's history. You can change it later in Preferences.",
            self,
        )
        prompt.setWordWrap(True)
        self.name = QLineEdit(suggested, self)
        self.name.setAccessibleName("your name")
        self.name.selectAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Use This Name")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Not Now")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(suggested.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.resize(420, 150)

    def chosen_name(self) -> str:
        return " ".join(self.name.text().split())

    def accept(self) -> None:
        if self.chosen_name():
            super().accept()
