"""Step 5, progress: who has not marked what, at a glance, and which sheets were keyed
twice. Double-click (or Enter) on a cell opens that sheet on the scoring screen.

Check-in of the paper: Space marks the current juror's printed sheet as back (again:
out); Void… and Reissue record a spoiled or replaced sheet (app.paper.desk, audited)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.errors import InputError, StoreError
from ui.ask import Ask
from ui.messages import explain
from ui.models.progress_model import COLOUR, SYMBOL, ProgressModel, state_name, symbol
from ui.qtenum import Qt
from ui.screens.base import Screen


class ProgressScreen(Screen):
    open_sheet = Signal(str, str)       # juror, project
    print_sheets = Signal(object)       # a juror's code (None: every juror)

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
        self.view.installEventFilter(self)
        # two to a row, and the legend four to a row: on one line each, in Russian or
        # Kazakh, they made the window wider than a 1024-pixel screen
        buttons = QGridLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.toggle_received)
        self.void_button = QPushButton()
        self.void_button.clicked.connect(self.void_sheet)
        self.reissue_button = QPushButton()
        self.reissue_button.clicked.connect(self.reissue_sheet)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.print_sheets.emit(self.current_juror()))
        for i, b in enumerate((self.back_button, self.void_button, self.reissue_button,
                               self.print_button)):
            b.setFocusPolicy(Qt.NoFocus)  # the board keeps the keyboard
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        legend = QGridLayout()
        self.legend = {}
        for i, state in enumerate(SYMBOL):
            label = QLabel()
            label.setStyleSheet(f"background: {COLOUR[state]}; color: black; padding: 3px;")
            legend.addWidget(label, i // 4, i % 4)
            self.legend[state] = label
        legend.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.summary)
        layout.addLayout(legend)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Progress"), self.tr(
            "Which sheets are in. Double-click a cell (or press Enter) to key that sheet."))
        for state, label in self.legend.items():
            label.setText(f" {symbol(state)}  {state_name(state)} ")
        self.back_button.setText(self.tr("Sheet back / out (Space)"))
        self.void_button.setText(self.tr("Void sheet…"))
        self.reissue_button.setText(self.tr("Reissue sheet"))
        self.print_button.setText(self.tr("Print this juror's score sheet…"))

    # ----- check-in of the paper sheets --------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == QEvent.KeyPress and \
                event.key() == Qt.Key_Space and not event.modifiers():
            self.toggle_received()
            return True
        return super().eventFilter(obj, event)

    def current_juror(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.jurors[index.row()].code if index.isValid() else None

    def _paper(self, act) -> None:
        juror = self.current_juror()
        if juror is None:
            return
        try:
            act(self.session.service.paper, juror)
        except (InputError, StoreError) as exc:
            Ask.error(self, explain(exc))

    def toggle_received(self) -> None:
        """The current juror's paper sheet came back (or, again, is out after all)."""
        self._paper(lambda desk, j: desk.set_received(
            j, desk.records().sheet(j).status != "received"))

    def void_sheet(self) -> None:
        def act(desk, juror):
            reason = Ask.text(self, self.tr("Void sheet"), self.tr(
                "Why is {juror}'s sheet voided (spoiled, lost…)?").format(juror=juror))
            if reason is not None:
                desk.void(juror, reason)
        self._paper(act)

    def reissue_sheet(self) -> None:
        self._paper(lambda desk, j: desk.reissue(j, "reissued"))

    def update_for(self, change) -> bool:
        # a few keyed marks, recusals or absences: just their sheets' cells
        if change is None or change.changes is None or not change.tables <= {
                "marks", "recusals", "absences", "second_marks", "second_sheets"}:
            return False
        if not self.model.update_sheets({key[:2] for _t, key, _o, _n in change.changes}):
            return False
        self._update_summary()
        return True

    def refresh(self) -> None:
        current = self.view.currentIndex()
        self.model.refresh()
        if current.isValid() and current.row() < self.model.rowCount() and \
                current.column() < self.model.columnCount():  # the cursor stays put
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._update_summary()

    def _update_summary(self) -> None:
        c = self.model.counts()
        todo = c["missing"] + c["partial"]
        total = sum(c.values()) - c["withdrawn"]
        if not self.session.service.competition().has_sheets:
            self.summary.setText(self.tr("<b>Nothing to key yet</b>: a sheet needs a project, "
                                         "a juror who scores and a criterion (step 1, Set "
                                         "up)."))
            return
        if todo:
            text = self.tr("<b>{todo}</b> of {total} sheets still to key ({missing} missing, "
                           "{partial} partly keyed); {keyed} keyed once, {verified} verified, "
                           "{conflict} with keyings that differ, {recused} recused, "
                           "{absent} absent.")
        else:
            text = self.tr("<b>All sheets are in</b>: {keyed} keyed once, {verified} verified, "
                           "{conflict} with keyings that differ, {recused} recused, "
                           "{absent} absent.")
        self.summary.setText(text.format(
            todo=todo, total=total, missing=c["missing"], partial=c["partial"],
            keyed=c["keyed"], verified=c["verified"], conflict=c["conflict"],
            recused=c["recused"], absent=c["absent"]))

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.open_sheet.emit(self.model.jurors[index.row()].code,
                                 self.model.projects[index.column()].code)
