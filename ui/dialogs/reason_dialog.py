"""Asking why (reopening a finalized competition): the dialog stays open, saying so,
until a reason is written; Cancel leaves everything as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class ReasonDialog(QDialog):
    def __init__(self, title: str, question: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        label.setBuddy(self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.reason.textChanged.connect(lambda text: text.strip() and self.problem.clear())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (label, self.reason, self.problem, buttons):
            layout.addWidget(w)

    def answer(self) -> str:
        return self.reason.text().strip()

    def _on_ok(self) -> None:
        if not self.answer():
            self.problem.setText(self.tr("Write the reason: it is kept in the log."))
            self.reason.setFocus()
            return
        self.accept()
