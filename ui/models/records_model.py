"""An editable table over a list of records (jurors, criteria, projects).

Each column names a field; an edit builds the changed record and hands it to a service
method, which checks it. A refused edit changes nothing and `refused` carries the reason
for the screen to show; an accepted one comes back through the session's `changed`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal

from app.errors import InputError
from ui.messages import explain
from ui.qtenum import Qt  # members looked up once: views ask for many cells

CodeRole = Qt.UserRole + 1      # the record's code, whatever the column


@dataclass(frozen=True)
class Column:
    field: str
    title: Callable[[], str]                        # called each time: language, settings
    editable: bool = True
    show: Callable[[Any], str] = str                 # value -> text in the cell
    parse: Callable[[str], Any] = str                # text typed -> value (ValueError: refused)
    choices: Sequence[str] = ()                      # values for a drop-down, shown by `show`


class RecordsModel(QAbstractTableModel):
    refused = Signal(str)       # the reason an edit was not saved
    saved = Signal(str)         # a short note that an edit was saved

    def __init__(self, columns: Sequence[Column], load: Callable[[], Sequence],
                 save: Callable[[Any], None]):
        super().__init__()
        self.columns = list(columns)
        self._load = load
        self._save = save
        self._rows: list = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._load())
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    # ----- Qt -----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        rec, col = self._rows[index.row()], self.columns[index.column()]
        value = getattr(rec, col.field)
        if role == Qt.DisplayRole:
            return col.show(value)
        if role == Qt.EditRole:
            return value if col.choices else col.show(value)
        if role == CodeRole:
            return rec.code
        if role == Qt.ToolTipRole and not col.editable:
            return self.tr("The code is fixed once created: marks refer to it.")
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.title(section)
        return None

    def title(self, column: int) -> str:
        return self.columns[column].title()

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable:
            base |= Qt.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        rec, col = self._rows[index.row()], self.columns[index.column()]
        try:
            parsed = col.parse(value) if isinstance(value, str) else value
        except ValueError:
            self.refused.emit(self.tr("{field}: '{value}' is not a valid value").format(
                field=self.title(index.column()), value=value))
            return False
        if parsed == getattr(rec, col.field):
            return False
        try:
            self._save(replace(rec, **{col.field: parsed}))
        except InputError as exc:
            self.refused.emit(f"{self.title(index.column())}: {explain(exc)}")
            return False
        self.saved.emit(self.tr("Saved {field} of {code}.").format(
            field=self.title(index.column()), code=rec.code))
        return True
