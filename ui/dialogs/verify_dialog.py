"""The blind second keying of a juror's paper sheet (Edit > Verify a sheet…, F6).

Keyboard only. The secretary types who is keying (kept on this laptop, and written into
the history of every mark keyed here from then on) and the sheet code printed on the
sheet (a sheet of another competition, of an older set-up or running order, of an older
issue or a voided one is refused, with why). The juror's projects then come up in the
running order with every cell empty: the marks are typed again from the paper, and each
Enter saves the second keying and compares it with the first (app.paper.desk):

- equal: the cell shows the mark on green, and a sheet whose every mark agrees is
  verified;
- different: the cell shows both values on purple ("7 ≠ 8"); F2 on it settles the
  difference, asking for the right mark (both keyings and who keyed each go in the
  history);
- R keys a recusal; the last column takes the juror's own written total, checked
  against Σ weight × mark of the first keying (a mismatch is shown, not stored as a
  difference).

A QTableWidget holds what was typed in this pass only (nothing is computed here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.errors import InputError, StoreError
from app.paper.desk import fmt
from ui import fmt as ui_fmt
from ui.ask import Ask
from ui.keys import is_recusal_key
from ui.messages import explain
from ui.models.progress_model import state_name
from ui.screens.base import MessageLine

EQUAL_BG, DIFFER_BG, TYPING_BG = QColor("#a5d6a7"), QColor("#ce93d8"), QColor("#fff9c4")
_TYPED = set("0123456789.,")
_ENTER = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab)


class VerifyDialog(QDialog):
    def __init__(self, session, prefs=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.juror: str | None = None
        self.projects: list[str] = []
        self.criteria = ()
        self.typing = ""
        self._setup_ui()
        self.retranslate()

    @property
    def desk(self):
        return self.session.service.paper

    def _setup_ui(self) -> None:
        self.keyer = QLineEdit(self.desk.keyed_by)
        self.keyer.textEdited.connect(self._on_keyer)
        self.code = QLineEdit()
        self.code.returnPressed.connect(self.open_code)
        form = QFormLayout()
        self.keyer_label, self.code_label = QLabel(), QLabel()
        self.keyer_label.setBuddy(self.keyer)
        self.code_label.setBuddy(self.code)
        form.addRow(self.keyer_label, self.keyer)
        form.addRow(self.code_label, self.code)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.message = MessageLine()
        self.help = QLabel()
        self.help.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.resize(980, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a sheet: second keying"))
        self.keyer_label.setText(self.tr("&Keyed by:"))
        self.code_label.setText(self.tr("&Sheet code:"))
        self.code.setPlaceholderText(self.tr("as printed on the sheet, e.g. J1-7F3A-C2D9"))
        self.help.setText(self.tr(
            "Type every mark again from the paper; Enter saves it and compares it with the "
            "first keying. R: recused. F2 on a difference settles it. The last column takes "
            "the juror's own total."))

    def _on_keyer(self) -> None:
        self.desk.keyed_by = self.keyer.text().strip()
        if self.prefs is not None:
            self.prefs.qs.setValue("paper/keyed_by", self.desk.keyed_by)

    # ----- opening a sheet -------------------------------------------------------------
    def open_code(self) -> bool:
        """Check the typed sheet code and open that juror's sheet with empty cells."""
        self._on_keyer()
        if not self.desk.keyed_by:
            self.message.error(self.tr("Type who is keying first."))
            self.keyer.setFocus()
            return False
        try:
            juror = self.desk.check_code(self.code.text())
        except InputError as exc:
            self.message.error(explain(exc))
            return False
        self.open_sheet(juror)
        return True

    def open_sheet(self, juror: str) -> None:
        comp = self.session.service.competition()
        self.juror = juror
        self.criteria = comp.criteria
        self.projects = [p.code for p in comp.running_order if not p.withdrawn]
        self.table.clear()
        self.table.setRowCount(len(self.projects))
        self.table.setColumnCount(len(self.criteria) + 1)
        # codes, not names, across: every criterion fits beside the project's title
        self.table.setHorizontalHeaderLabels(
            [f"{c.code}\n≤ {ui_fmt.mark(c.max)} × {ui_fmt.mark(c.weight)}"
             for c in self.criteria] + [self.tr("Total")])
        for i, c in enumerate(self.criteria):
            self.table.horizontalHeaderItem(i).setToolTip(c.name)
        self.table.setVerticalHeaderLabels(
            [ui_fmt.project_label(comp.project(code)) for code in self.projects])
        for r in range(len(self.projects)):
            for c in range(len(self.criteria) + 1):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for i in range(len(self.criteria) + 1):  # room for "7.5 ≠ 8.5"
            self.table.setColumnWidth(i, max(self.table.columnWidth(i), 96))
        self.message.info(self.tr("{juror}: the sheet is open; its cells are empty.")
                          .format(juror=comp.juror(juror).name))
        self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    # ----- keys ------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == event.Type.KeyPress and self.juror:
            return self._key(event)
        return super().eventFilter(obj, event)

    def _key(self, event) -> bool:
        row, col = self.table.currentRow(), self.table.currentColumn()
        if row < 0 or col < 0:
            return False
        act = self._cell_keys().get(event.key())
        if act is not None:
            act(row, col)
            return True
        return self._typed_key(event, row, col)

    def _cell_keys(self) -> dict:
        """Enter or Tab saves what is typed, F2 settles a difference, Esc drops what is
        typed, Backspace its last character."""
        keys = {key: lambda row, col: self.commit(row, col, self.typing) for key in _ENTER}
        keys[Qt.Key_F2] = self.settle
        keys[Qt.Key_Escape] = lambda row, col: self._show_typing(row, col, "")
        keys[Qt.Key_Backspace] = lambda row, col: self._show_typing(row, col, self.typing[:-1])
        return keys

    def _typed_key(self, event, row: int, col: int) -> bool:
        """R on a mark recuses (saved at once); a digit types the mark."""
        if col < len(self.criteria) and is_recusal_key(event):
            self.commit(row, col, "R")
            return True
        text = event.text()
        if text and text in _TYPED:
            self._show_typing(row, col, self.typing + text)
            return True
        return False

    def _show_typing(self, row: int, col: int, text: str) -> None:
        self.typing = text
        item = self.table.item(row, col)
        item.setText(text)
        item.setBackground(QBrush(TYPING_BG) if text else QBrush())

    def commit(self, row: int, col: int, text: str) -> None:
        """Save the second keying of one cell and show how it compares."""
        project = self.projects[row]
        item = self.table.item(row, col)
        try:
            if col == len(self.criteria):
                got = self.desk.second_total(self.juror, project, text)
            else:
                got = self.desk.second_mark(self.juror, project, self.criteria[col].code, text)
        except (InputError, StoreError) as exc:
            self.message.error(explain(exc))
            return
        self.typing = ""
        item.setText(fmt(got.second) if got.equal else f"{fmt(got.first)} ≠ {fmt(got.second)}")
        item.setBackground(QBrush(EQUAL_BG if got.equal else DIFFER_BG))
        if got.equal:
            state = self.desk.state_of(self.juror, project)
            self.message.info(self.tr("Same as the first keying. Sheet: {state}.")
                              .format(state=state_name(state)))
        elif col == len(self.criteria):
            self.message.error(self.tr("The juror's total {second} differs from Σ weight × "
                                       "mark = {first}: check the sheet.")
                               .format(first=fmt(got.first), second=fmt(got.second)))
        else:
            self.message.error(self.tr("Differs from the first keying ({first}): F2 settles "
                                       "it.").format(first=fmt(got.first)))
        self._next(row, col)

    def _next(self, row: int, col: int) -> None:
        col += 1
        if col > len(self.criteria):
            row, col = row + 1, 0
        if row < len(self.projects):
            self.table.setCurrentCell(row, col)

    def settle(self, row: int, col: int) -> None:
        """F2 on a difference: ask for the right value, then set both keyings to it."""
        project = self.projects[row]
        criterion = self.criteria[col].code if col < len(self.criteria) else None
        diffs = [d for d in self.desk.differences(self.juror, project)
                 if criterion is None or d.criterion in (criterion, "")]
        if not diffs:
            self.message.info(self.tr("Nothing to settle here."))
            return
        d = diffs[0]
        answer = Ask.text(self, self.tr("Settle a difference"), self.tr(
            "First keying: {first}; second keying: {second} (keyed by {by}). "
            "The right value:").format(first=fmt(d.first), second=fmt(d.second),
                                       by=d.second_by or "?"), fmt(d.second))
        if answer is None:
            return
        try:
            self.desk.settle(self.juror, project, d.criterion, answer)
        except (InputError, StoreError) as exc:
            self.message.error(explain(exc))
            return
        item = self.table.item(row, col)
        item.setText(answer.strip())
        item.setBackground(QBrush(EQUAL_BG))
        self.message.info(self.tr("Settled. Sheet: {state}.")
                          .format(state=state_name(self.desk.state_of(self.juror, project))))
