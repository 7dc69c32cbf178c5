"""The dialog that shows an unexpected error's report (`crash_report.py` installs the hooks
that fill it): what went wrong, that the work is saved as usual, and the report to copy.
Loaded with the first error, not at start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_REPORTS = 5  # errors kept in one dialog's report; later ones are counted


class CrashDialog(QDialog):
    """Says that something went wrong, that the work is saved as usual, and holds the
    report to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.reports: list[str] = []
        self.more = 0
        self.message = QLabel(
            self.tr(
                "Something went wrong inside Editorial. Your stories are saved as you type, "
                "so you can usually go on working. If it happens again, please send this "
                "report to whoever looks after Editorial for you."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setMinimumSize(560, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Report"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def add_report(self, text: str) -> None:
        if len(self.reports) >= MAX_REPORTS:
            self.more += 1
        else:
            self.reports.append(text)
        shown = "\n\n----\n\n".join(self.reports)
        if self.more:
            shown += "\n\n" + self.tr("(%n more error(s), in the log)", "", self.more)
        self.report.setPlainText(shown)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
