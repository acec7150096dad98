"""The jurors' dissenting opinions (особое мнение / ерекше пікір), entered from the
keyboard: choose the juror, type the opinion as the juror wrote it, save; the opinion
of a juror who has one is shown to read, change or withdraw. The service records each
change (audited) and the protocol prints them in their own section.

Keyboard: the juror list has the focus first (arrows or the first letters choose); Tab
moves to the opinion (it never types a tab into it), Enter starts a new line,
Ctrl+Enter saves from anywhere in the dialog; Alt+W withdraws the juror's opinion (after
a question), Esc closes. The dialog stays open after a save, for the next juror.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.errors import InputError, StoreError
from ui.ask import Ask
from ui.dialogs.decision_dialog import ReasonEdit
from ui.messages import explain
from ui.screens.base import MessageLine


class OpinionsDialog(QDialog):
    def __init__(self, session, parent=None, juror: str | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Dissenting opinions"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("A juror who disagrees with the jury's decision may state a "
                               "dissenting opinion; it is printed in the protocol, in a "
                               "section of its own, as the juror wrote it."))
        intro.setWordWrap(True)
        juror_label = QLabel(self.tr("&Juror:"))
        self.juror = QComboBox()
        juror_label.setBuddy(self.juror)
        text_label = QLabel(self.tr("&Opinion, as the juror wrote it (Enter: a new line):"))
        self.text = ReasonEdit()
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 8 + 12)
        text_label.setBuddy(self.text)
        self.text.submitted.connect(self.save)
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.message = MessageLine()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.withdraw_button, QDialogButtonBox.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for b in (self.save_button, self.withdraw_button):
            b.setAutoDefault(False)     # Enter in the opinion is a new line, never a button
        layout = QVBoxLayout(self)
        for w in (intro, juror_label, self.juror, text_label, self.text, self.recorded,
                  self.message):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill(juror)
        self.juror.currentIndexChanged.connect(self._on_juror)
        self._on_juror()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save  (Ctrl+Enter)"))
        self.withdraw_button.setText(self.tr("&Withdraw this opinion…"))

    # ----- what is shown ----------------------------------------------------------------
    def _fill(self, chosen: str | None = None) -> None:
        """The jurors who vote, each marked when they have an opinion on record."""
        comp = self.session.service.competition()
        keep = chosen or self.current_juror()
        self.juror.blockSignals(True)
        self.juror.clear()
        for j in comp.scoring_jurors:
            has = j.code in comp.opinions
            self.juror.addItem(self.tr("{code} — {name}  ✎ has an opinion").format(
                code=j.code, name=j.name) if has else f"{j.code} — {j.name}", j.code)
        at = self.juror.findData(keep) if keep else -1
        self.juror.setCurrentIndex(max(at, 0))
        self.juror.blockSignals(False)
        codes = [j.code for j in comp.scoring_jurors if j.code in comp.opinions]
        self.recorded.setText(self.tr("Opinions on record: {codes}.").format(
            codes=", ".join(codes)) if codes else self.tr("No opinion is on record yet."))

    def current_juror(self) -> str | None:
        return self.juror.currentData()

    def _on_juror(self) -> None:
        """The chosen juror's opinion on record, to read or change (empty: none yet)."""
        code = self.current_juror()
        opinion = self.session.service.competition().opinions.get(code) if code else None
        self.text.setPlainText(opinion.text if opinion else "")
        final = self.session.service.competition().finalized
        self.save_button.setEnabled(not final)      # the protocol to sign is printed
        self.withdraw_button.setEnabled(opinion is not None and not final)
        if final:
            self.message.warning(self.tr("The competition is finalized: reopen it on the "
                                         "Finalize screen, with a reason, to change an "
                                         "opinion."))

    # ----- keys ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.juror.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                event.modifiers() & Qt.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)

    # ----- actions ------------------------------------------------------------------------
    def save(self) -> None:
        code = self.current_juror()
        if code is None:
            return
        if not self.text.toPlainText().strip():
            self.message.error(self.tr("Type the opinion first (to remove one, withdraw it)."))
            self.text.setFocus()
            return
        if not self._write(code, self.text.toPlainText()):
            return
        self._fill(code)
        self._on_juror()
        self.message.info(self.tr("Saved the dissenting opinion of {code}.").format(code=code))
        self.juror.setFocus()

    def withdraw(self) -> None:
        code = self.current_juror()
        if code is None or code not in self.session.service.competition().opinions:
            return
        if not Ask.confirm(self, self.tr("Withdraw the opinion"), self.tr(
                "Withdraw the dissenting opinion of {code}? It will no longer be printed "
                "(the history keeps it).").format(code=code)):
            return
        if not self._write(code, ""):
            return
        self._fill(code)
        self._on_juror()
        self.message.info(self.tr("Withdrew the dissenting opinion of {code}.").format(
            code=code))
        self.juror.setFocus()

    def _write(self, code: str, text: str) -> bool:
        try:
            self.session.service.set_opinion(code, text)
        except (InputError, StoreError) as exc:
            self.message.error(self.tr("Not saved: {reason}").format(reason=explain(exc)))
            return False
        return True


def open_opinions(session, parent) -> None:
    """The dissenting opinions dialog over `parent`, until the secretary closes it (Edit
    > Dissenting opinions…, and the Protocol screen's button)."""
    Ask.show(parent, OpinionsDialog(session, parent))
