"""Step 5, progress: who has not marked what, at a glance. Double-click (or Enter) on a
cell opens that sheet on the scoring screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ui.models.progress_model import COLOUR, SYMBOL, ProgressModel, state_name, symbol
from ui.screens.base import Screen


class ProgressScreen(Screen):
    open_sheet = Signal(str, str)       # juror, project

    def __init__(self, session):
        super().__init__(session)
        self.model = ProgressModel(session)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(48)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        legend = QHBoxLayout()
        self.legend = {}
        for state in SYMBOL:
            label = QLabel()
            label.setStyleSheet(f"background: {COLOUR[state]}; color: black; padding: 3px;")
            legend.addWidget(label)
            self.legend[state] = label
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.summary)
        layout.addLayout(legend)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Progress"), self.tr(
            "Which sheets are in. Double-click a cell (or press Enter) to key that sheet."))
        for state, label in self.legend.items():
            label.setText(f" {symbol(state)}  {state_name(state)} ")

    def update_for(self, change) -> bool:
        # a few keyed marks, recusals or absences: just their sheets' cells
        if change is None or change.changes is None or \
                not change.tables <= {"marks", "recusals", "absences"}:
            return False
        if not self.model.update_sheets({key[:2] for _t, key, _o, _n in change.changes}):
            return False
        self._update_summary()
        return True

    def refresh(self) -> None:
        self.model.refresh()
        self._update_summary()

    def _update_summary(self) -> None:
        c = self.model.counts()
        todo = c["missing"] + c["partial"]
        total = sum(c.values()) - c["withdrawn"]
        if todo:
            text = self.tr("<b>{todo}</b> of {total} sheets still to key ({missing} missing, "
                           "{partial} partly keyed); {done} complete, {recused} recused, "
                           "{absent} absent.")
        else:
            text = self.tr("<b>All sheets are in</b>: {done} complete, {recused} recused, "
                           "{absent} absent.")
        self.summary.setText(text.format(todo=todo, total=total, missing=c["missing"],
                                         partial=c["partial"], done=c["complete"],
                                         recused=c["recused"], absent=c["absent"]))

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.open_sheet.emit(self.model.jurors[index.row()].code,
                                 self.model.projects[index.column()].code)
