"""Step 6, results: the ranking by group with the winners' cut, ties and ties needing a
jury decision, outlier totals, and what other methods would give. Every figure comes from
app.scoring; a decision is recorded through the service with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from app.errors import InputError
from app.model import Decision
from ui import fmt
from ui.ask import Ask
from ui.messages import explain
from ui.models.results_model import (
    C_DECISION,
    C_FLAGS,
    C_STATUS,
    C_TITLE,
    CUT,
    GROUP,
    ComparisonModel,
    ResultsModel,
)
from ui.screens.adjustments_panel import AdjustmentsPanel
from ui.screens.agreement_panel import AgreementPanel
from ui.screens.base import MessageLine, Screen
from ui.dialogs.decision_dialog import DecisionDialog


class ResultsScreen(Screen):
    def __init__(self, session):
        super().__init__(session)
        self.model = ResultsModel(session)
        self.comparison = ComparisonModel(session)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(C_TITLE, QHeaderView.Stretch)
        # columns sized to the rows in sight: a ranking of 1,000 projects is not measured
        # whole after every keyed mark
        header.setResizeContentsPrecision(0)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(lambda _i: self.record_decision())
        # the other methods (six rankings) are worked out again once keying pauses
        self._comparison_timer = QTimer(self)
        self._comparison_timer.setSingleShot(True)
        self._comparison_timer.setInterval(300)
        self._comparison_timer.timeout.connect(self._refresh_comparison)

        self.decide_button = QPushButton()
        self.decide_button.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_D))
        self.decide_button.clicked.connect(self.record_decision)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_decision)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.message = MessageLine()

        self.comparison_view = QTableView()
        self.comparison_view.setModel(self.comparison)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        ch = self.comparison_view.horizontalHeader()
        ch.setSectionResizeMode(QHeaderView.ResizeToContents)
        ch.setStretchLastSection(True)
        self.comparison_box = box = QGroupBox()
        QVBoxLayout(box).addWidget(self.comparison_view)
        # how far the jury agreed: worked out when its tab is opened, not after each mark
        self.agreement = AgreementPanel(self.session)
        self.below = QTabWidget()
        self.below.addTab(box, "")
        self.below.addTab(self.agreement, "")
        self.below.currentChanged.connect(self._on_tab)

        self.adjustments = AdjustmentsPanel(self.session)
        below = QSplitter(Qt.Horizontal)
        below.addWidget(self.below)
        # in a scroll area: its row of fields is wide in Russian and Kazakh, and would
        # otherwise make the window wider than a 1024x768 screen
        adjustments_area = QScrollArea()
        adjustments_area.setWidget(self.adjustments)
        adjustments_area.setWidgetResizable(True)
        adjustments_area.setFrameShape(QFrame.NoFrame)
        below.addWidget(adjustments_area)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        self.splitter = splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Results"), self.tr(
            "The ranking of each group and the winners' cut, as the scoring rules give it."))
        self.decide_button.setText(self.tr("Record jury &decision…  (Ctrl+D)"))
        # a text with & sets Alt+letter as the shortcut: Ctrl+D is the one that counts
        self.decide_button.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_D))
        self.decide_button.setToolTip(self.tr("For a project in a tie at the winners' cut"))
        self.clear_button.setText(self.tr("&Withdraw the decision"))
        self.comparison_box.setTitle(self.tr("Other methods: would the winners change?"))
        self.below.setTabText(0, self.tr("&Other methods"))
        self.below.setTabText(1, self.tr("How far the jury &agreed"))

    def refresh(self) -> None:
        code = self.current_code()
        self.model.refresh()
        self.adjustments.refresh()
        if self.comparison.variants:
            self._comparison_timer.start()
        else:
            self._refresh_comparison()  # the first time the screen is shown
        self.view.clearSpans()
        for row, line in enumerate(self.model.lines):
            if line.kind in (GROUP, CUT):
                self.view.setSpan(row, 0, 1, self.model.columnCount())
        for col in (C_STATUS, C_DECISION, C_FLAGS):
            self.view.resizeColumnToContents(col)
        if code:
            self.select(code)
        self._update_banner()
        self._on_current(self.view.currentIndex(), None)

    def _on_tab(self, index: int) -> None:
        if self.below.widget(index) is self.agreement:
            self.agreement.refresh()
            # the table, the plots and two lines of text: give them half the height
            total = sum(self.splitter.sizes())
            if self.splitter.sizes()[1] < total // 2:
                self.splitter.setSizes([total - total // 2, total // 2])

    def _refresh_comparison(self) -> None:
        if self.isVisible() or not self.comparison.variants:
            self.comparison.refresh()
            if self.below.currentWidget() is self.agreement:
                self.agreement.refresh()
        else:
            self._stale = True  # shown again later: refreshed then

    def current_code(self) -> str | None:
        p = self.model.result_at(self.view.currentIndex().row())
        return p.code if p else None

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def record_decision(self) -> None:
        """The jury's decision on the whole tie the selected project is in, in one dialog
        (who takes the places left, the jury's vote, and why)."""
        p = self.model.result_at(self.view.currentIndex().row())
        results = self.model.results
        tie = results.tie_at_cut(p.code) if p and results else None
        if tie is None:
            self.message.error(self.tr("Select a project in a tie at the winners' cut: only "
                                       "such a tie is decided by the jury."))
            return
        answer = Ask.decision(self, self._decision_dialog(tie))
        if answer is not None:
            self._decide_tie(p.code, tie, *answer)

    def _decision_dialog(self, tie) -> DecisionDialog:
        """The tie said in a sentence, its projects, and the decision already recorded on
        it (who won, why, and the vote) if it still applies; the vote is checked by the
        service's rule before the dialog closes."""
        where = tie.scope if tie.scope is not None else self.tr("the overall list")
        text = self.tr("{codes} are tied at {score} for %n winner place(s) left in "
                       "{where}. The tie-break criteria did not separate them.", "",
                       tie.places).format(codes=", ".join(tie.tied), score=fmt.score(tie.score),
                                          where=where)
        tied = [self.model.results.project(code) for code in tie.tied]
        valid = [r.decision for r in tied if r.decision is not None and not r.decision_stale]
        before = valid[0] if valid else Decision("", False, "")    # none: empty fields
        return DecisionDialog(text, [(r.code, r.title) for r in tied], tie.places,
                              chosen=[d.project for d in valid if d.winner],
                              reason=before.reason, parent=self, votes=before.votes,
                              casting=before.casting, check=self.session.service.check_vote)

    def _decide_tie(self, code: str, tie, winners: list[str], reason: str,
                    votes: tuple[int, int, int] | None = None, casting: bool = False) -> None:
        try:
            self.session.service.decide_tie(code, winners, reason, votes=votes,
                                            casting=casting)
        except InputError as exc:
            self.message.error(self.tr("Not recorded: {reason}").format(reason=explain(exc)))
            return
        self.message.info(self.tr("Decision on the tie {codes} recorded: {winners} take(s) "
                                  "the place(s).").format(codes=", ".join(tie.tied),
                                                         winners=", ".join(winners)))

    def clear_decision(self) -> None:
        code = self.current_code()
        if code is None:
            return
        try:
            self.session.service.clear_decision(code)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Decision on {code} withdrawn (for its whole tie).").format(
            code=code))

    def _update_banner(self) -> None:
        r = self.model.results
        notes = []
        if not r.complete:
            notes.append(self.tr("<b>Provisional:</b> some sheets are still missing "
                                 "(see Progress)."))
        else:
            notes.append(self.tr("All sheets are in."))
        if r.decision_needed:
            notes.append(self.tr("<b>Jury decision needed</b> for {codes}: select one and "
                                 "press Ctrl+D.").format(codes=", ".join(r.decision_needed)))
        for w in r.warnings:
            notes.append(w)
        self.banner.setText("<br>".join(notes))
        colour = "#fff3e0" if (not r.complete or r.decision_needed) else "#e8f5e9"
        self.banner.setStyleSheet(f"background: {colour}; padding: 6px;")

    def _on_current(self, current, previous) -> None:
        p = self.model.result_at(current.row()) if current.isValid() else None
        tie = self.model.results.tie_at_cut(p.code) if p and self.model.results else None
        self.decide_button.setEnabled(tie is not None)
        self.clear_button.setEnabled(bool(p and p.decision))
