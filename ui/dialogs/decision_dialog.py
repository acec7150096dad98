"""The jury's decision on one tie at the winners' cut, in one dialog: which of the tied
projects take the places left, the jury's vote on it when it was recorded (for, against,
abstaining, and whether the chair's casting vote settled a tied vote) and the one reason
(the service records it for every project of the tie in one action).

Keyboard: the list of tied projects has the focus first; the arrow keys move and Space
ticks. Tab moves on to the votes (digits only), the casting-vote tick (Space) and the
reason (Tab never types a tab into it), Enter starts a new line of the reason,
Ctrl+Enter records from anywhere in the dialog. The vote is checked by the service's
rule (`check`, app.meeting.check_votes) before the dialog closes: a refusal keeps it
open with everything typed, saying why."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.errors import InputError
from ui.messages import explain

Votes = tuple[int, int, int]


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
    def __init__(self, tie_text: str, projects: Sequence[tuple[str, str]], places: int,
                 chosen: Sequence[str] = (), reason: str = "", parent=None, *,
                 votes: Votes | None = None, casting: bool = False,
                 check: Callable[[Votes | None, bool], object] | None = None):
        """`projects`: the tied projects as (code, title), in running order; `places`:
        the winners' places the tie has left; `chosen`, `reason`, `votes`, `casting`: a
        decision recorded before, to change; `check(votes, casting)`: the service's
        check of the vote, whose refusal (InputError) is shown in the dialog."""
        super().__init__(parent)
        self.places = places
        self.check = check
        self.setWindowTitle(self.tr("Jury decision on a tie at the winners' cut"))
        self.setMinimumWidth(520)
        intro = QLabel(tie_text)
        intro.setWordWrap(True)
        list_label = QLabel(self.tr("&Winners: tick the projects that take the places "
                                    "(arrow keys move, Space ticks)"))
        list_label.setWordWrap(True)
        self.projects = QListWidget()
        self.projects.setSelectionMode(QAbstractItemView.SingleSelection)
        for code, title in projects:
            item = QListWidgetItem(f"{code} — {title}" if title else code)
            item.setData(Qt.UserRole, code)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if code in chosen else Qt.Unchecked)
            self.projects.addItem(item)
        self.projects.setCurrentRow(0)
        self.projects.setSpacing(2)     # a tick box per row, easy to tell apart
        # every tied project in sight without scrolling (ties are a few projects)
        rows = max(len(projects), 2)
        self.projects.setFixedHeight((self.projects.sizeHintForRow(0) + 4) * min(rows, 8)
                                     + 2 * self.projects.frameWidth() + 4)
        list_label.setBuddy(self.projects)
        self.count = QLabel()
        self.projects.itemChanged.connect(self._on_ticked)
        votes_row = self._votes_row(votes, casting)
        reason_label = QLabel(self.tr("&Reason (printed in the protocol):"))
        self.reason = ReasonEdit()
        self.reason.setPlainText(reason)
        # a few lines in sight: the dialog fits a 1024×768 screen with room to spare
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 5 + 12)
        self.reason.submitted.connect(self._on_ok)
        self.reason.textChanged.connect(self._on_reason_typed)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record  (Ctrl+Enter)"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        for w in (intro, list_label, self.projects, self.count, self.votes_label):
            layout.addWidget(w)
        layout.addLayout(votes_row)
        for w in (self.casting, reason_label, self.reason, self.problem):
            layout.addWidget(w)
        layout.addStretch(1)            # spare height below the fields, not between them
        layout.addWidget(self.buttons)
        chain = [self.projects, *self.vote_fields, self.casting, self.reason]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        self._show_count()

    def _votes_row(self, votes: Votes | None, casting: bool) -> QHBoxLayout:
        """For, against, abstaining (digits; all empty: the vote was not recorded) and
        the casting-vote tick, filled with a decision recorded before."""
        self.votes_label = QLabel(self.tr("The jury's vote, when it was taken (leave the "
                                          "three empty when it was not recorded):"))
        self.votes_label.setWordWrap(True)
        row = QHBoxLayout()
        self.vote_fields: list[QLineEdit] = []
        for i, words in enumerate((self.tr("&For:"), self.tr("&Against:"),
                                   self.tr("A&bstaining:"))):
            field = QLineEdit("" if votes is None else str(votes[i]))
            field.setValidator(QIntValidator(0, 999, field))
            field.setPlaceholderText("—")
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0000") + 24)
            field.textEdited.connect(self._on_votes_typed)
            label = QLabel(words)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(12)
            self.vote_fields.append(field)
        row.addStretch(1)
        self.casting = QCheckBox(self.tr("The &chair's casting vote settled a tied vote"))
        self.casting.setChecked(casting)
        self.casting.toggled.connect(self._on_votes_typed)
        return row

    def votes(self) -> Votes | None:
        """The three figures as typed; an empty one is 0 once another is filled in;
        None when all three are empty (no vote recorded)."""
        texts = [f.text().strip() for f in self.vote_fields]
        if not any(texts):
            return None
        return tuple(int(t) if t else 0 for t in texts)

    def _on_votes_typed(self, *_args) -> None:
        self.problem.clear()       # the service checks the vote again on Ctrl+Enter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.projects.setFocus()        # the first thing to do: tick who wins

    def keyPressEvent(self, event) -> None:
        # Ctrl+Enter records from any field (the list passes Enter on to the dialog)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                event.modifiers() & Qt.ControlModifier:
            self._on_ok()
            return
        super().keyPressEvent(event)

    def winners(self) -> list[str]:
        return [self.projects.item(i).data(Qt.UserRole) for i in range(self.projects.count())
                if self.projects.item(i).checkState() == Qt.Checked]

    def answer(self) -> tuple[list[str], str, Votes | None, bool]:
        return (self.winners(), self.reason.toPlainText().strip(), self.votes(),
                self.casting.isChecked())

    def _show_count(self) -> None:
        self.count.setText(self.tr("Places left: {places}. Ticked: {n}.").format(
            places=self.places, n=len(self.winners())))

    def _on_ticked(self, _item) -> None:
        self._show_count()
        if len(self.winners()) == self.places and not self.reason_missing():
            self.problem.clear()

    def reason_missing(self) -> bool:
        return not self.reason.toPlainText().strip()

    def _on_reason_typed(self) -> None:
        if not self.reason_missing() and len(self.winners()) == self.places:
            self.problem.clear()

    def _on_ok(self) -> None:
        n = len(self.winners())
        if n != self.places:
            self.problem.setText(self.tr(
                "Tick exactly as many projects as there are places left ({places}); "
                "{n} are ticked.").format(places=self.places, n=n))
            self.projects.setFocus()
            return
        if self.reason_missing():
            self.problem.setText(self.tr("Write the jury's reason first."))
            self.reason.setFocus()
            return
        if self.check is not None:
            try:
                self.check(self.votes(), self.casting.isChecked())
            except InputError as exc:
                self.problem.setText(explain(exc))
                self._widget_of(getattr(exc, "field", None)).setFocus()
                return
        self.accept()

    def _widget_of(self, field: str | None):
        """Where the keyboard goes to put a refused field right."""
        return {"votes": self.vote_fields[0], "casting": self.casting,
                "reason": self.reason}.get(field, self.projects)
