"""The progress board: jurors down, projects across; each cell one sheet's state, in
colour and with a symbol, so it reads without colour too."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex
from PySide6.QtGui import QBrush, QColor

from ui.qtenum import Qt  # members looked up once: views ask for many cells
from ui.session import Session

COMPLETE, PARTIAL, MISSING, RECUSED, ABSENT, WITHDRAWN = (
    "complete", "partial", "missing", "recused", "absent", "withdrawn")
SYMBOL = {COMPLETE: "✔", PARTIAL: "◐", MISSING: "○", RECUSED: "R", ABSENT: "A", WITHDRAWN: "—"}
COLOUR = {COMPLETE: "#a5d6a7", PARTIAL: "#ffe082", MISSING: "#ef9a9a", RECUSED: "#cfd8dc",
          ABSENT: "#bbdefb", WITHDRAWN: "#eeeeee"}
StateRole = Qt.UserRole + 1


def state_name(state: str) -> str:
    names = {COMPLETE: QCoreApplication.translate("Progress", "complete"),
             PARTIAL: QCoreApplication.translate("Progress", "partly keyed"),
             MISSING: QCoreApplication.translate("Progress", "missing"),
             RECUSED: QCoreApplication.translate("Progress", "recused"),
             ABSENT: QCoreApplication.translate("Progress", "absent"),
             WITHDRAWN: QCoreApplication.translate("Progress", "project withdrawn")}
    return names[state]


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
        self.criteria_count = 0

    def refresh(self) -> None:
        comp = self.session.service.competition()
        self.beginResetModel()
        self.jurors = comp.scoring_jurors
        self.projects = comp.running_order
        self.criteria_count = n = len(comp.criteria)
        self._row_of = {j.code: r for r, j in enumerate(self.jurors)}
        self._column_of = {p.code: c for c, p in enumerate(self.projects)}
        keyed: dict[tuple[str, str], int] = {}
        for (j, p, _c) in comp.marks:
            keyed[(j, p)] = keyed.get((j, p), 0) + 1
        self._cells = {}
        for r, j in enumerate(self.jurors):
            for c, p in enumerate(self.projects):
                k = keyed.get((j.code, p.code), 0)
                self._cells[(r, c)] = (self._state(comp, j.code, p, k, n), k)
        self.endResetModel()

    @staticmethod
    def _state(comp, juror: str, p, keyed: int, n: int) -> str:
        if p.withdrawn:
            return WITHDRAWN
        if (juror, p.code) in comp.recusals:
            return RECUSED
        if (juror, p.code) in comp.absences:
            return ABSENT
        if n and keyed >= n:
            return COMPLETE
        return PARTIAL if keyed else MISSING

    def update_sheets(self, pairs) -> bool:
        """Work out again the cells of these (juror, project) sheets only; False when one
        is not on the board (a full refresh is needed)."""
        comp = self.session.service.competition()
        n = self.criteria_count
        codes = [c.code for c in comp.criteria]
        marks = comp.marks
        for juror, project in pairs:
            r, c = self._row_of.get(juror), self._column_of.get(project)
            if r is None or c is None:
                return False
            k = sum(1 for code in codes if (juror, project, code) in marks)
            self._cells[(r, c)] = (self._state(comp, juror, self.projects[c], k, n), k)
            index = self.index(r, c)
            self.dataChanged.emit(index, index)
        return True

    def state(self, row: int, column: int) -> str:
        return self._cells[(row, column)][0]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SYMBOL}
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
                return f"{j.code}  {j.name}"
        return None
