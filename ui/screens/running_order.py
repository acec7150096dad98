"""Step 2, running order: move projects (drag, or Alt+Up/Down), withdraw a project, and
mark a juror absent for a project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError, StoreError
from ui.ask import Ask
from ui.models.order_model import AttendanceModel, RunningOrderModel
from ui.screens.base import MessageLine, Screen


class RunningOrderScreen(Screen):
    def __init__(self, session):
        super().__init__(session)
        self.model = RunningOrderModel(session)
        self.attendance = AttendanceModel(session)
        self._setup_ui()
        self.model.refused.connect(self.message.error)
        self.attendance.refused.connect(self.message.error)

    def _setup_ui(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.view.setWordWrap(False)
        # Tab leaves the table for the absent list (arrows move within it)
        self.view.setTabKeyNavigation(False)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        # Alt+Up/Down move the selected project; the shortcuts live on the view
        for keys, delta in ((Qt.ALT | Qt.Key_Up, -1), (Qt.ALT | Qt.Key_Down, 1)):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, d=delta: self.move_current(d))
            self.view.addAction(action)

        self.up_button = up = QPushButton()
        up.clicked.connect(lambda: self.move_current(-1))
        self.down_button = down = QPushButton()
        down.clicked.connect(lambda: self.move_current(1))
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.toggle_withdrawn)
        buttons = QHBoxLayout()
        for b in (up, down, self.withdraw_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.view, 1)

        self.attendance_view = QListView()
        self.attendance_view.setModel(self.attendance)
        self.attendance_box = QGroupBox()
        box_layout = QVBoxLayout(self.attendance_box)
        self.attendance_hint = QLabel()
        self.attendance_hint.setWordWrap(True)
        box_layout.addWidget(self.attendance_hint)
        box_layout.addWidget(self.attendance_view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.attendance_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 420])     # room for a juror's full name beside the table
        self.message = MessageLine()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Running order"), self.tr(
            "The order projects present in. Withdraw a project, or mark a juror absent for "
            "one."))
        self.hint.setText(self.tr("Drag a row, or select it and press Alt+↑ / Alt+↓, to "
                                  "change the running order."))
        self.up_button.setText(self.tr("Move &up  (Alt+↑)"))
        self.down_button.setText(self.tr("Move do&wn  (Alt+↓)"))
        self.withdraw_button.setText(self.tr("Withdraw / &reinstate"))
        self._attendance_title(self.current_code())
        self.attendance_hint.setText(self.tr(
            "Tick a juror who was not in the room (Space). Absent is not recused: a recusal "
            "is keyed as R on the scoring sheet."))

    def refresh(self) -> None:
        code = self.current_code()
        self.model.refresh()
        if code is None and self.model.rowCount():
            code = self.model.project(0).code
        if code is not None:
            self.select(code)
        self._show_attendance(self.current_code())

    def current_code(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.project(index.row()).code if index.isValid() else None

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(row, column))

    def move_current(self, delta: int) -> None:
        code = self.current_code()
        if code is not None and self.model.move(code, delta):
            self.select(code)     # follow the project to its new place

    def toggle_withdrawn(self) -> None:
        code = self.current_code()
        if code is None:
            return
        p = self.session.service.competition().project(code)
        # a project with marks is not withdrawn by a slip of the key: ask first
        marked = 0 if p.withdrawn else len(self.session.service.juror_totals(code))
        if marked and not Ask.confirm(self, self.tr("Withdraw {code}").format(code=code), self.tr(
                "{code} already has marks from {n} juror(s). Withdrawn, it is not scored or "
                "ranked; its marks are kept, and reinstating it brings them back. Withdraw "
                "it?").format(code=code, n=marked)):
            return
        try:
            self.session.service.set_withdrawn(code, not p.withdrawn)
        except (InputError, StoreError) as exc:
            self.message.error(str(exc))
            return
        self.message.info((self.tr("{code} is withdrawn: it is not scored or ranked.")
                           if not p.withdrawn else self.tr("{code} is back in the competition."))
                          .format(code=code))

    def _on_current(self, current, previous) -> None:
        if current.isValid():
            self._show_attendance(self.model.project(current.row()).code)

    def _show_attendance(self, code: str | None) -> None:
        self.attendance.set_project(code)
        self._attendance_title(code)

    def _attendance_title(self, code: str | None) -> None:
        # the title's Alt+letter takes the keyboard to the list, where Space ticks
        self.attendance_box.setTitle(self.tr("&Absent for {code}").format(code=code) if code
                                     else self.tr("&Absent for this project"))
