"""Asking the jury's decision on a project in a tie at the cut: winner or not, and why.

Keyboard: Tab leaves the reason (it never types a tab into it), Enter starts a new line
of the reason, Ctrl+Enter records."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)


class ReasonEdit(QPlainTextEdit):
    """A reason of several lines: Tab moves on, Ctrl+Enter submits (a plain text edit
    would type both)."""

    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                event.modifiers() & Qt.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class DecisionDialog(QDialog):
    def __init__(self, project_label: str, tie_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jury decision — {project}").format(project=project_label))
        self.resize(560, 320)
        intro = QLabel(tie_text)
        intro.setWordWrap(True)
        self.winner = QRadioButton(self.tr("The jury makes it a &winner"))
        self.not_winner = QRadioButton(self.tr("The jury does &not make it a winner"))
        self.winner.setChecked(True)
        reason_label = QLabel(self.tr("&Reason (printed in the protocol):"))
        self.reason = ReasonEdit()
        self.reason.submitted.connect(self._on_ok)
        self.reason.textChanged.connect(self._on_reason_typed)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record  (Ctrl+Enter)"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(Qt.CTRL | key), self, self._on_ok)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        for w in (intro, self.winner, self.not_winner, reason_label, self.reason,
                  self.problem, self.buttons):
            layout.addWidget(w)

    def answer(self) -> tuple[bool, str]:
        return self.winner.isChecked(), self.reason.toPlainText().strip()

    def _on_reason_typed(self) -> None:
        if self.reason.toPlainText().strip():
            self.problem.clear()

    def _on_ok(self) -> None:
        if not self.reason.toPlainText().strip():
            self.problem.setText(self.tr("Write the jury's reason first."))
            self.reason.setFocus()
            return
        self.accept()
