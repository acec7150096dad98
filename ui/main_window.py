"""The main window. A first, read-only view of the competition; the full window grows here."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

from app.service import JuryService


class ProjectsModel(QAbstractTableModel):
    COLUMNS = ("order", "code", "title", "organization", "group")

    def __init__(self, service: JuryService):
        super().__init__()
        self._service = service
        self._rows = service.competition().running_order

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return str(getattr(self._rows[index.row()], self.COLUMNS[index.column()]))
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.COLUMNS[section].capitalize())
        return None


class MainWindow(QMainWindow):
    def __init__(self, service: JuryService):
        super().__init__()
        self.service = service
        comp = service.competition()
        self.setWindowTitle(f"{comp.settings.title or self.tr('New competition')} — "
                            f"{service.store.path} — Jury Room")
        table = QTableView()
        table.setModel(ProjectsModel(service))
        table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(table)
        self.resize(1200, 700)
