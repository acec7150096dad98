"""Step 8, finalize: lock the marks and print the protocol for signature (the window
prints it: `print_requested`); reopening asks for a reason, and both are kept in the
audit log (listed here)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from app import meeting
from app.errors import InputError
from ui import fmt
from ui.ask import Ask
from ui.messages import explain
from ui.screens.base import MessageLine, Screen
from ui.dialogs.reason_dialog import ReasonDialog


class FinalizeScreen(Screen):
    print_requested = Signal()      # print the protocol for signature (the window does)

    @property
    def main_widget_name(self) -> str:
        """Finalize while open; once final, print the protocol for signature."""
        return "print_button" if self.session.service.competition().finalized else \
            "finalize_button"

    def __init__(self, session):
        super().__init__(session)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.finalize_button = QPushButton()
        self.finalize_button.clicked.connect(self.finalize)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.message = MessageLine()
        # the log is a read-only list of lines; a QListWidget is the plain tool for that
        self.history = QListWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.history_label = QLabel()
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Finalize"), self.tr(
            "Lock the marks, then print the protocol the jurors sign; reopening needs a "
            "reason."))
        self.finalize_button.setText(self.tr("Finali&ze and print the protocol for "
                                             "signature…"))
        self.print_button.setText(self.tr("&Print the protocol for signature…  (Ctrl+P)"))
        self.reopen_button.setText(self.tr("&Reopen…"))
        self.history_label.setText(self.tr("History:"))

    def refresh(self) -> None:
        svc = self.session.service
        comp, results = svc.competition(), svc.results()
        if comp.finalized:
            self.state.setText(self.tr(
                "<h3>Finalized</h3>Marks, recusals, absences and decisions are locked. The "
                "protocol printed now is the one to sign: <i>jury-room verify</i> matches it "
                "for as long as the competition stays final. Reopening needs a reason, which "
                "is kept in the log; after a change, print and sign again."))
            self.state.setStyleSheet("background: #e8f5e9; padding: 8px;")
        else:
            todo = []
            if not results.complete:
                todo.append(self.tr("some sheets are still missing"))
            if results.decision_needed:
                todo.append(self.tr("a tie at the cut waits for the jury's decision"))
            q = meeting.quorum(comp)
            if not q.met:
                todo.append(self.tr("the meeting has no quorum: {taking} of {scoring} scoring "
                                    "jurors took part, {needed} needed (mark attendance on the "
                                    "Set up screen)").format(
                    taking=q.taking_part, scoring=q.scoring, needed=q.needed))
            extra = (self.tr("<br><b>Before finalizing:</b> {todo}.").format(
                todo="; ".join(todo)) if todo else "")
            self.state.setText(self.tr(
                "<h3>Open</h3>Marks can still be keyed and changed. A protocol printed now "
                "is a draft, not for signature.") + extra)
            self.state.setStyleSheet("background: #fff3e0; padding: 8px;")
        self.finalize_button.setVisible(not comp.finalized)
        self.print_button.setVisible(comp.finalized)
        self.reopen_button.setEnabled(comp.finalized)
        self.history.clear()
        if not svc.finalize_history():
            self.history.addItem(self.tr("Not finalized so far."))
        for h in svc.finalize_history():
            what = self.tr("finalized") if h["action"] == "finalize" else self.tr("reopened")
            reason = f" — {h['reason']}" if h["reason"] else ""
            self.history.addItem(f"{fmt.moment(h['at'])}  {what}{reason}")

    def finalize(self) -> None:
        # without the quorum the service refuses: say so at once, not after a question
        # that says "you can still finalize"
        if meeting.quorum(self.session.service.competition()).met and \
                not Ask.confirm(self, self.tr("Finalize"), self._question()):
            return
        try:
            self.session.service.finalize()
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Finalized."))
        self.print_requested.emit()

    def _question(self) -> str:
        results = self.session.service.results()
        text = self.tr("Lock all marks, recusals, absences and decisions, and print the "
                       "protocol for signature?")
        if not results.complete or results.decision_needed:
            text += "\n\n" + self.tr("Not everything is in yet (see above); you can still "
                                     "finalize, and reopen later with a reason.")
        return text

    def reopen(self) -> None:
        reason = Ask.reason(self, ReasonDialog(
            self.tr("Reopen"), self.tr("Why are the marks being reopened? (kept in the log)"),
            self))
        if reason is None:
            return
        try:
            self.session.service.reopen(reason)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Reopened: marks can be changed again."))
