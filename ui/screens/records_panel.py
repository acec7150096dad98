"""A set-up table with its buttons: add, delete, and the line that says why an edit was
refused. Used for jurors, criteria and projects."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from ui.ask import Ask
from ui.messages import explain
from ui.models.records_model import Column, RecordsModel
from ui.screens.base import MessageLine, Retranslating, retranslate_model


def next_code(codes: Sequence[str], fallback: str) -> str:
    """A free code following the last one: KZ-06 -> KZ-07, J6 -> J7."""
    base = codes[-1] if codes else fallback + "0"
    m = re.match(r"(.*?)(\d+)$", base)
    prefix, n, width = (m.group(1), int(m.group(2)), len(m.group(2))) if m else (base, 0, 1)
    while True:
        n += 1
        code = f"{prefix}{n:0{width}d}"
        if code not in codes:
            return code


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for a column with fixed values (a juror's role), named in the
    language of the moment the editor opens."""

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value in self.column.choices:
            combo.addItem(self.column.show(value), value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.EditRole)


class RecordsPanel(Retranslating, QWidget):
    def __init__(self, model: RecordsModel, *, add: Callable[[str], object],
                 delete: Callable[[str], None], delete_warning: Callable[[str], str],
                 code_prefix: str, parent=None):
        super().__init__(parent)
        self.model = model
        self._what = ""
        self._add = add
        self._delete = delete
        self._delete_warning = delete_warning
        self._prefix = code_prefix
        self._setup_ui()
        model.refused.connect(self.message.error)
        model.saved.connect(self.message.info)

    def set_texts(self, what: str, add_label: str, delete_label: str) -> None:
        """What a record is called and the buttons' labels (the owner translates them)."""
        self._what = what
        self.add_button.setText(add_label)
        self.delete_button.setText(delete_label)
        # a text with & sets Alt+letter as the shortcut: Ctrl+Delete is the one that counts
        self.delete_button.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_Delete))

    def retranslate(self) -> None:
        # headers (and numbers in the cells) follow the language
        retranslate_model(self.model)

    def _setup_ui(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.verticalHeader().hide()
        # columns are sized when the table is shown (see showEvent), from its first rows
        # only: a thousand projects stay quick, and a hidden tab costs nothing
        self.view.horizontalHeader().setResizeContentsPrecision(60)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        for i, col in enumerate(self.model.columns):
            if col.choices:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(col, self.view))
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._on_delete)
        self.message = MessageLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.resizeColumnsToContents()

    def current_code(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()).code if index.isValid() else None

    def select_code(self, code: str, column: int = 1) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _on_add(self) -> None:
        codes = [self.model.record(r).code for r in range(self.model.rowCount())]
        code = Ask.text(self, self.tr("New {what}").format(what=self._what),
                        self.tr("Code (one word; it cannot be changed later):"),
                        next_code(codes, self._prefix))
        if code is None:
            return
        try:
            record = self._add(code)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Added {code}: now type its name.").format(code=record.code))
        # the name column comes right after the code (projects: after No. and code)
        name_col = next(i for i, c in enumerate(self.model.columns) if c.editable)
        self.select_code(record.code, name_col)
        self.view.setFocus()
        self.view.edit(self.view.currentIndex())

    def _on_delete(self) -> None:
        code = self.current_code()
        if code is None:
            self.message.error(self.tr("Select a row first."))
            return
        if not Ask.confirm(self, self.tr("Delete {code}?").format(code=code),
                           self._delete_warning(code)):
            return
        try:
            self._delete(code)
        except InputError as exc:
            self.message.error(explain(exc))
            return
        self.message.info(self.tr("Deleted {code}.").format(code=code))
