"""The scoring sheet's table: the keys a mark is typed with, kept in the cell until it is
saved (Enter, Tab, an arrow) or dropped (Esc); the Scoring screen saves it through the
service and says when it is refused (ui/screens/scoring.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ui.keys import is_recusal_key
from ui.models.sheet_model import SheetModel

_TYPED = set("0123456789.,")
_ENTER = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab)
_MOVES = (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right, Qt.Key_Home, Qt.Key_End)


class SheetView(QTableView):
    """The table keys are typed into. It keeps what is typed and asks the screen to save."""

    commit = Signal(int, int, str)      # row, column, text: the screen saves or refuses
    recuse = Signal(int)                # row: R pressed
    moved_past_end = Signal()

    def __init__(self, model: SheetModel):
        super().__init__()
        self.sheet = model
        self.setModel(model)
        # no selection fill: the cursor is a frame drawn over the cell (paintEvent), so
        # that the yellow of a typed mark and the red of a refused one stay visible
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setTabKeyNavigation(False)     # Tab saves and moves on, like Enter
        self.setWordWrap(False)
        self.accepted = True                # whether the last commit was saved

    def paintEvent(self, event) -> None:
        # the cursor is a frame drawn on top, so the cell's own colour shows through it
        super().paintEvent(event)
        index = self.currentIndex()
        if index.isValid():
            painter = QPainter(self.viewport())
            painter.setPen(QPen(QColor("#1565c0"), 3))
            painter.drawRect(self.visualRect(index).adjusted(1, 1, -2, -2))
            painter.end()

    def typed(self) -> str:
        """What has been typed into the current cell and not saved yet."""
        p, cur = self.sheet.pending, self.currentIndex()
        return p[2] if p and p[:2] == (cur.row(), cur.column()) else ""

    def drop_typing(self) -> None:
        p = self.sheet.pending
        if p:
            self.sheet.set_pending(p[0], p[1], "")

    def currentChanged(self, current, previous) -> None:
        # every way out of a cell saves what was typed first (commit_typed); this only
        # tidies up after a move that could not (the sheet was rebuilt under the cursor)
        p = self.sheet.pending
        if p and p[:2] != (current.row(), current.column()):
            self.sheet.set_pending(p[0], p[1], "")
        self.sheet.refused_cell = None
        super().currentChanged(current, previous)

    def event(self, event) -> bool:
        # Tab would move the focus out of the table before keyPressEvent sees it
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Tab and \
                not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self.keyPressEvent(event)
            return True
        # Ctrl+Z while a mark is being typed takes back the typing (nothing was saved
        # yet), not the last saved change: the window's Undo waits for the next Ctrl+Z
        if event.type() == QEvent.ShortcutOverride and self.typed() and \
                event.matches(QKeySequence.Undo):
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        # a click on another cell leaves this one: what was typed is saved first, and a
        # mark that is refused or cannot be saved keeps the cursor
        index = self.indexAt(event.position().toPoint())
        if index != self.currentIndex() and not self.commit_typed():
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Undo) and self.typed():
            self.drop_typing()
            return
        index = self.currentIndex()
        mods = event.modifiers() & ~Qt.KeypadModifier
        if index.isValid() and mods in (Qt.NoModifier, Qt.ShiftModifier) and \
                self._cell_key(event, index):
            return
        super().keyPressEvent(event)

    def _cell_key(self, event, index) -> bool:
        """A key on a cell of the sheet, tried in this order: the comment cell's own keys,
        typing a mark, editing it, moving on. True when handled here; False: the table's
        own (an arrow moves the cursor, say)."""
        if self.sheet.is_comment_cell(index) and \
                self._comment_key(event, index.row(), index.column()):
            return True
        return self._mark_key(event, index) or self._edit_key(event.key(), index) or \
            self._move_key(event.key())

    def _mark_key(self, event, index) -> bool:
        """A digit (or the decimal point) types the mark; R recuses the juror."""
        row, col = index.row(), index.column()
        # a refused mark stays in its cell, in red, until the next key: a digit starts
        # the mark again ("11" refused, then 7 is 7, not 117), R recuses
        refused = self.sheet.refused_cell == (row, col)
        text = event.text()
        if text and text in _TYPED and self.sheet.is_mark_cell(index):
            self.sheet.set_pending(row, col, ("" if refused else self.typed()) + text)
        elif is_recusal_key(event) and (refused or not self.typed()):
            self.drop_typing()
            self.recuse.emit(row)
        else:
            return False
        return True

    def _edit_key(self, key, index) -> bool:
        """Backspace and Esc edit what is typed; Delete (or Backspace with nothing typed)
        clears the saved mark."""
        row, col = index.row(), index.column()
        typed = self.typed()
        if typed and key in (Qt.Key_Backspace, Qt.Key_Escape):
            self.sheet.set_pending(row, col, typed[:-1] if key == Qt.Key_Backspace else "")
        elif key in (Qt.Key_Delete, Qt.Key_Backspace) and self.sheet.is_mark_cell(index):
            self.commit.emit(row, col, "")
        else:
            return False
        return True

    def _move_key(self, key) -> bool:
        """Enter saves what is typed and goes on to the next cell; an arrow, Tab or a page
        key saves it, then the table moves, as a spreadsheet does. A mark refused keeps
        the cursor where it is (handled: True)."""
        if key in _ENTER:
            if self.commit_typed():
                self.advance()
            return True
        return key in _MOVES and not self.commit_typed()

    def _comment_key(self, event, row: int, col: int) -> bool:
        """A key in the comment cell: any text is typed into the comment (R and digits
        too), F2 starts from the saved comment, Delete clears it. True when handled."""
        text = event.text()
        if text and text.isprintable():
            self.sheet.set_pending(row, col, self.typed() + text)
        elif event.key() == Qt.Key_F2 and not self.typed():
            self.sheet.set_pending(row, col, self.sheet.comment(self.sheet.rows[row]))
        elif event.key() == Qt.Key_Delete and not self.typed():
            self.commit.emit(row, col, "")
        else:
            return False
        return True

    def commit_typed(self) -> bool:
        """Save what is typed in the current cell, if anything: True when nothing is left
        unsaved, False when it was refused or could not be written (the cell is then red,
        the reason is shown and the cursor stays)."""
        if not self.typed():
            return True
        index = self.currentIndex()
        self.commit.emit(index.row(), index.column(), self.typed())
        return self.accepted

    def advance(self) -> None:
        """To the next criterion; after the last, the first open cell of the next row."""
        index = self.currentIndex()
        row, col = index.row(), index.column() + 1
        comment = self.sheet.comment_column
        if col < len(self.sheet.criteria) and self.sheet.rows[row].keyable:
            self.setCurrentIndex(self.sheet.index(row, col))
        elif col == len(self.sheet.criteria) and comment is not None and \
                self.sheet.rows[row].keyable:
            # after the last criterion, the juror's comment on the project
            self.setCurrentIndex(self.sheet.index(row, comment))
        else:
            self.to_next_row(row)

    def to_next_row(self, row: int) -> None:
        """To the first cell of the next row that takes marks (where Enter on the last
        criterion of `row` goes); at the end of the sheets, say so."""
        for r in range(row + 1, len(self.sheet.rows)):
            if self.sheet.rows[r].keyable:
                self.setCurrentIndex(self.sheet.index(r, 0))
                return
        self.moved_past_end.emit()
