"""The history of one mark, from the audit table: every value it had, when, and by what
action (keyed, undone, imported, restored)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTableView, QVBoxLayout)

from ui import fmt


def _local(at: str) -> str:
    try:
        return _dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class HistoryDialog(QDialog):
    def __init__(self, title: str, rows: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of a mark"))
        self.resize(640, 320)
        actions = {"mark": self.tr("keyed"), "undo": self.tr("undone"),
                   "import": self.tr("imported"), "restore": self.tr("restored"),
                   "delete": self.tr("deleted with its project")}
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Before"), self.tr("After")])
        for row in rows:
            old = fmt.mark(row["old"]["score"]) if row["old"] else "—"
            new = fmt.mark(row["new"]["score"]) if row["new"] else "—"
            what = actions.get(row["action"], row["action"])
            self.model.appendRow([QStandardItem(x) for x in (_local(row["at"]), what, old, new)])
        view = QTableView()
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        heading = QLabel(title if rows else self.tr("{what}: no change recorded yet.").format(
            what=title))
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
