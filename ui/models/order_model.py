"""The running order (drag a row to move it) and who is in the room for one project."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.errors import InputError
from ui import fmt
from ui.qtenum import Qt  # members looked up once: views ask for many cells
from ui.session import Session

_MIME = "application/x-jury-room-project"
WITHDRAWN_BG = QColor("#e0e0e0")
ABSENT_BG = QColor("#e3f2fd")
RECUSED_BG = QColor("#eeeeee")


class RunningOrderModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._rows = ()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.session.service.competition().running_order
        self.endResetModel()

    def project(self, row: int):
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.code == code), -1)

    def _headers(self):
        label = fmt.group_label(self.session.service.competition())
        return (self.tr("No."), self.tr("Code"), self.tr("Title"), self.tr("Organisation"),
                label, self.tr("Status"))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.DisplayRole:
            status = self.tr("withdrawn") if p.withdrawn else ""
            return (str(p.order), p.code, p.title, p.organization, p.group, status)[index.column()]
        if role == Qt.BackgroundRole and p.withdrawn:
            return QBrush(WITHDRAWN_BG)
        if role == Qt.FontRole and p.withdrawn and index.column() == 2:
            return fmt.font(strike=True)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self._headers()[section]
        return None

    # ----- drag and drop: a row dropped on another takes its place -----
    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled
        return base | Qt.ItemIsDropEnabled if index.isValid() else Qt.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [_MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(_MIME, ",".join(self._rows[r].code for r in rows).encode())
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(_MIME):
            return False
        code = bytes(data.data(_MIME)).decode().split(",")[0]
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows) - 1)
        self.move(code, min(target, len(self._rows) - 1) - self.row_of(code))
        return False    # the store's change refreshes the rows; the view removes nothing

    def move(self, code: str, delta: int) -> bool:
        try:
            self.session.service.move_project(code, delta)
        except InputError as exc:
            self.refused.emit(str(exc))
            return False
        return True


class AttendanceModel(QAbstractListModel):
    """The scoring jurors for one project; a tick means absent. Recused is shown, not set,
    here: it is the juror's own declaration, keyed as R on the scoring sheet."""

    refused = Signal(str)

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.project: str | None = None
        self._jurors = ()

    def set_project(self, code: str | None) -> None:
        self.project = code
        self.refresh()

    def refresh(self) -> None:
        comp = self.session.service.competition()
        jurors = comp.scoring_jurors if comp.project(self.project or "") else ()
        if jurors and jurors == self._jurors:
            # the same jurors: the cursor stays on the juror just ticked, so Space again
            # takes the tick back
            self.dataChanged.emit(self.index(0), self.index(len(jurors) - 1))
            return
        self.beginResetModel()
        self._jurors = jurors
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._jurors)

    def _state(self, juror: str) -> tuple[bool, bool]:
        comp = self.session.service.competition()
        pair = (juror, self.project)
        return pair in comp.absences, pair in comp.recusals

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ToolTipRole:
            return self.tr("Ticked: not in the room for this project (not a recusal).")
        j = self._jurors[index.row()]
        absent, recused = self._state(j.code)
        if role == Qt.DisplayRole:
            return fmt.juror_label(j) + self._notes(absent, recused)
        if role == Qt.CheckStateRole:
            return Qt.Checked if absent else Qt.Unchecked
        if role == Qt.BackgroundRole and (absent or recused):
            return QBrush(ABSENT_BG if absent else RECUSED_BG)
        return None

    def _notes(self, absent: bool, recused: bool) -> str:
        """What follows the juror's name: absent, recused, both or nothing."""
        notes = [text for on, text in (
            (absent, self.tr("absent")),
            (recused, self.tr("recused (conflict of interest)"))) if on]
        return f"  — {', '.join(notes)}" if notes else ""

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or not index.isValid():
            return False
        on = Qt.CheckState(value) == Qt.Checked
        try:
            self.session.service.set_absent(self._jurors[index.row()].code, self.project, on)
        except InputError as exc:
            self.refused.emit(str(exc))
            return False
        return True
