"""The progress board: jurors down, projects across; each cell one sheet's state, in
colour and with a symbol, so it reads without colour too."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex
from PySide6.QtGui import QBrush, QColor

from app.paper.state import (ABSENT, CONFLICT, KEYED, MISSING, PARTIAL, RECUSED, SYMBOLS,
                             VERIFIED, WITHDRAWN, sheet_state)
from ui.qtenum import Qt  # members looked up once: views ask for many cells
from ui.session import Session

# the states and their symbols are app.paper.state's (the one rule for a sheet's state)
COLOUR = {MISSING: "#ef9a9a", PARTIAL: "#ffe082", KEYED: "#c5e1a5", VERIFIED: "#66bb6a",
          CONFLICT: "#ce93d8", RECUSED: "#cfd8dc", ABSENT: "#bbdefb", WITHDRAWN: "#eeeeee"}
SYMBOL = {s: SYMBOLS[s] for s in COLOUR}
StateRole = Qt.UserRole + 1


def state_name(state: str) -> str:
    names = {KEYED: QCoreApplication.translate("Progress", "keyed once"),
             VERIFIED: QCoreApplication.translate("Progress", "verified"),
             CONFLICT: QCoreApplication.translate("Progress", "keyings differ"),
             PARTIAL: QCoreApplication.translate("Progress", "partly keyed"),
             MISSING: QCoreApplication.translate("Progress", "missing"),
             RECUSED: QCoreApplication.translate("Progress", "recused"),
             ABSENT: QCoreApplication.translate("Progress", "absent"),
             WITHDRAWN: QCoreApplication.translate("Progress", "project withdrawn")}
    return names[state]


def sheet_word(status: str) -> str:
    """A juror's paper sheet: out, back (received) or voided."""
    return {"received": QCoreApplication.translate("Progress", "sheet back"),
            "void": QCoreApplication.translate("Progress", "sheet voided"),
            "out": ""}[status]


def symbol(state: str) -> str:
    """The cell's symbol; A (absent) is a letter, so it is the language's own letter.
    R stays R: it is the key that records a recusal."""
    if state == ABSENT:
        return QCoreApplication.translate("Progress", "A", "symbol: absent")
    return SYMBOL[state]


class ProgressModel(QAbstractTableModel):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.jurors = ()
        self.projects = ()
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}
        self._cells: dict[tuple[int, int], tuple[str, int]] = {}   # -> (state, marks keyed)
        self.paper_sheets = {}                  # juror -> their printed sheet (app.paper)
        self.criteria_count = 0

    def refresh(self) -> None:
        service = self.session.service
        comp = service.competition()
        paper = service.paper.records()
        self.beginResetModel()
        self.jurors = comp.scoring_jurors
        self.projects = comp.running_order
        self.paper_sheets = {j.code: paper.sheet(j.code) for j in self.jurors}
        self.criteria_count = n = len(comp.criteria)
        self._row_of = {j.code: r for r, j in enumerate(self.jurors)}
        self._column_of = {p.code: c for c, p in enumerate(self.projects)}
        keyed: dict[tuple[str, str], int] = {}
        for (j, p, _c) in comp.marks:
            keyed[(j, p)] = keyed.get((j, p), 0) + 1
        self._cells = {}
        for r, j in enumerate(self.jurors):
            for c, p in enumerate(self.projects):
                self._cells[(r, c)] = (sheet_state(comp, paper, j.code, p),
                                       keyed.get((j.code, p.code), 0))
        self.endResetModel()

    def update_sheets(self, pairs) -> bool:
        """Work out again the cells of these (juror, project) sheets only; False when one
        is not on the board (a full refresh is needed)."""
        service = self.session.service
        comp = service.competition()
        paper = service.paper.records()
        codes = [c.code for c in comp.criteria]
        marks = comp.marks
        for juror, project in pairs:
            r, c = self._row_of.get(juror), self._column_of.get(project)
            if r is None or c is None:
                return False
            k = sum(1 for code in codes if (juror, project, code) in marks)
            self._cells[(r, c)] = (sheet_state(comp, paper, juror, self.projects[c]), k)
            index = self.index(r, c)
            self.dataChanged.emit(index, index)
        return True

    def state(self, row: int, column: int) -> str:
        return self._cells[(row, column)][0]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in COLOUR}
        for state, _k in self._cells.values():
            out[state] += 1
        return out

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.jurors)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.projects)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        state, k = self._cells[(index.row(), index.column())]
        if role == Qt.DisplayRole:
            if state == PARTIAL:
                return f"{SYMBOL[state]} {k}/{self.criteria_count}"
            return symbol(state)
        if role == Qt.BackgroundRole:
            return QBrush(QColor(COLOUR[state]))
        if role == Qt.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == StateRole:
            return state
        if role == Qt.ToolTipRole:
            j, p = self.jurors[index.row()], self.projects[index.column()]
            return self.tr("{juror} · {project}: {state}. Double-click or Enter to open the "
                           "sheet.").format(juror=j.name, project=p.title,
                                            state=state_name(state))
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal:
            p = self.projects[section]
            if role == Qt.DisplayRole:
                return f"{p.order}\n{p.code}"
            if role == Qt.ToolTipRole:
                return p.title
        else:
            j = self.jurors[section]
            if role == Qt.DisplayRole:
                back = sheet_word(self.paper_sheets[j.code].status)
                return f"{j.code}  {j.name}" + (f"  · {back}" if back else "")
        return None
