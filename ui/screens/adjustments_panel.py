"""The Results screen's adjustments: points added to (or taken from) a project's score
after rounding, each with the rule it applies. A list, and one line of fields under it
to add, change or remove one, all from the keyboard: Alt+J reaches the list, Enter in
the reason saves, Delete on the list removes. Nothing is computed here; the service
checks and the store records (audited) each change."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.errors import InputError
from app.model import Adjustment
from ui import fmt
from ui.messages import explain
from ui.screens.base import MessageLine, Retranslating


class AdjustmentsModel(QAbstractTableModel):
    """The competition's adjustments: project, points (signed), reason."""

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.rows: list[Adjustment] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = list(self.session.service.competition().adjustments)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return (a.project, fmt.signed(a.points), a.reason)[index.column()]
        if role == Qt.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return (self.tr("Project"), self.tr("Points"), self.tr("Rule applied"))[section]


class AdjustmentsPanel(Retranslating, QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = AdjustmentsModel(session)
        self._editing: Adjustment | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        QShortcut(QKeySequence(Qt.Key_Delete), self.view, self.remove,
                  context=Qt.WidgetShortcut)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.view)
        self.project = QComboBox()
        self.project.setEditable(True)
        self.project.setInsertPolicy(QComboBox.NoInsert)
        self.points = QLineEdit()
        self.points.setMaximumWidth(90)
        self.reason = QLineEdit()
        self.reason.returnPressed.connect(self.save)
        self.points.returnPressed.connect(self.save)
        self.project_label, self.points_label, self.reason_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.project_label, self.project),
                             (self.points_label, self.points),
                             (self.reason_label, self.reason)):
            label.setBuddy(field)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        # project and points on one line, the rule on its own line: it is the long one
        self.project.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.project.setMinimumContentsLength(16)
        first = QHBoxLayout()
        first.addWidget(self.project_label)
        first.addWidget(self.project, 1)
        first.addWidget(self.points_label)
        first.addWidget(self.points)
        second = QHBoxLayout()
        second.addWidget(self.reason_label)
        second.addWidget(self.reason, 1)
        fields = QVBoxLayout()
        fields.addLayout(first)
        fields.addLayout(second)
        buttons = QHBoxLayout()
        for w in (self.save_button, self.new_button, self.remove_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.message = MessageLine()
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setTabOrder(self.view, self.project)
        self.setTabOrder(self.project, self.points)
        self.setTabOrder(self.points, self.reason)
        self.setTabOrder(self.reason, self.save_button)
        self.retranslate()

    def retranslate(self) -> None:
        # said in a wrapping line, not as the box's title: a title does not wrap, and this
        # one made the Results screen wider than a 1024-pixel screen in Russian and Kazakh
        self.about.setText(self.tr("Adjustments: points added after rounding, each with its rule"))
        self.list_label.setText(self.tr("Ad&justments:"))
        self.project_label.setText(self.tr("&Project:"))
        self.points_label.setText(self.tr("Poin&ts:"))
        self.points.setPlaceholderText(self.tr("+1 or -0.5"))
        self.reason_label.setText(self.tr("R&ule:"))
        self.reason.setPlaceholderText(self.tr("the rule it applies, printed in the protocol"))
        self.save_button.setText(self.tr("Sa&ve adjustment"))
        self.new_button.setText(self.tr("&New"))
        self.remove_button.setText(self.tr("&Remove"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 2)

    def refresh(self) -> None:
        comp = self.session.service.competition()
        typed = self.project.currentText()
        self.project.blockSignals(True)
        self.project.clear()
        for p in comp.running_order:
            if not p.withdrawn:
                self.project.addItem(f"{p.code} — {p.title}", p.code)
        self.project.setEditText(typed)
        self.project.blockSignals(False)
        self.model.refresh()
        self.remove_button.setEnabled(bool(self.model.rows))

    def _project_code(self) -> str:
        i = self.project.currentIndex()
        text = self.project.currentText().strip()
        if i >= 0 and self.project.itemText(i) == text:
            return self.project.itemData(i)
        return text.split(" — ")[0].strip()

    def start_new(self) -> None:
        """Empty fields for a new adjustment (the selected one is left as it is)."""
        self._editing = None
        self.view.clearSelection()
        self.points.clear()
        self.reason.clear()
        self.project.setFocus()

    def save(self) -> None:
        editing = self._editing
        code = self._project_code()
        replaces = editing.reason if editing and editing.project == code else None
        try:
            saved = self.session.service.save_adjustment(code, self.points.text(),
                                                         self.reason.text(), replaces)
            if editing and editing.project != code:   # moved to another project
                self.session.service.remove_adjustment(editing.project, editing.reason)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Adjustment of {points} for {code} saved.").format(
            points=fmt.signed(saved.points), code=saved.project))
        self._editing = saved
        self.select(saved)

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            self.message.error(self.tr("Select the adjustment to remove."))
            return
        a = self.model.rows[row]
        try:
            self.session.service.remove_adjustment(a.project, a.reason)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Adjustment for {code} removed.").format(code=a.project))
        self.start_new()

    def select(self, adjustment: Adjustment) -> None:
        for row, a in enumerate(self.model.rows):
            if (a.project, a.reason) == (adjustment.project, adjustment.reason):
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _on_current(self, current, _previous) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            return
        a = self.model.rows[current.row()]
        self._editing = a
        i = self.project.findData(a.project)
        if i >= 0:
            self.project.setCurrentIndex(i)
        else:
            self.project.setEditText(a.project)
        self.points.setText(fmt.signed(a.points))
        self.reason.setText(a.reason)
