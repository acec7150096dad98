"""The scoring sheet: rows are (juror, project) pairs, columns the criteria, then the
juror's weighted total and the row's state, then (when the competition keeps juror
comments) the juror's written comment on the project. Keyed by juror, the rows are that juror's
projects in running order; keyed by project, they are the jurors who score it."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtGui import QBrush, QColor

from ui import fmt
from ui.qtenum import Qt  # members looked up once: views ask for many cells
from ui.session import Session

BY_JUROR, BY_PROJECT = "juror", "project"
PENDING_BG = QColor("#fff9c4")
REFUSED_BG = QColor("#ef9a9a")
REFUSED_FG = QColor("#b00020")
DONE_BG = QColor("#e8f5e9")
OFF_BG = QColor("#eeeeee")
ABSENT_BG = QColor("#e3f2fd")
_OFF_MARK = {"recused": "R", "absent": "—", "withdrawn": "—"}   # no mark is keyed there


@dataclass(frozen=True)
class Row:
    juror: str
    project: str
    state: str          # "open", "recused", "absent", "withdrawn"

    @property
    def keyable(self) -> bool:
        return self.state == "open"


class SheetModel(QAbstractTableModel):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.mode = BY_JUROR
        self.key: str | None = None
        self.rows: list[Row] = []
        self.criteria = ()
        self._labels: list[str] = []
        self.comments = "none"          # the competition's comments setting
        # the cell being typed into and what has been typed, not yet saved
        self.pending: tuple[int, int, str] | None = None
        self.refused_cell: tuple[int, int] | None = None
        self._roles = {Qt.DisplayRole: self._text, Qt.TextAlignmentRole: self._alignment,
                       Qt.BackgroundRole: self._background, Qt.FontRole: self._font,
                       Qt.ForegroundRole: self._foreground, Qt.ToolTipRole: self._tooltip}

    # ----- what the sheet shows -----
    def show(self, mode: str, key: str | None) -> None:
        self.mode, self.key = mode, key
        self.refresh()

    def refresh(self) -> None:
        comp = self.session.service.competition()
        criteria, comments = comp.criteria, comp.settings.comments
        rows, labels = self._sheet(comp)
        shape = [(r.juror, r.project) for r in rows]
        if shape != [(r.juror, r.project) for r in self.rows] or \
                (criteria, labels, comments) != (self.criteria, self._labels, self.comments):
            self.beginResetModel()
            self.rows, self.criteria, self._labels = rows, criteria, labels
            self.comments = comments
            self.pending = self.refused_cell = None
            self.endResetModel()
        elif self.rows:
            # same sheets (a recusal or a withdrawal only changes a row's state): repaint
            # the values only, so the cursor and what is typed stay where they are
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def _sheet(self, comp) -> tuple[list[Row], list[str]]:
        """The rows shown and their labels; none when the juror or project is not there."""
        if self.mode == BY_JUROR and comp.juror(self.key or ""):
            return self._juror_sheet(comp, self.key)
        if self.mode == BY_PROJECT and comp.project(self.key or ""):
            return self._project_sheet(comp, comp.project(self.key))
        return [], []

    def _juror_sheet(self, comp, juror: str) -> tuple[list[Row], list[str]]:
        """The juror's projects, in running order."""
        order = comp.running_order
        return ([Row(juror, p.code, self._state(comp, juror, p)) for p in order],
                [fmt.project_label(p) for p in order])

    def _project_sheet(self, comp, project) -> tuple[list[Row], list[str]]:
        """The jurors who score the project."""
        jurors = comp.scoring_jurors
        return ([Row(j.code, project.code, self._state(comp, j.code, project)) for j in jurors],
                [fmt.juror_label(j) for j in jurors])

    @staticmethod
    def _state(comp, juror: str, project) -> str:
        if project.withdrawn:
            return "withdrawn"
        if (juror, project.code) in comp.recusals:
            return "recused"
        if (juror, project.code) in comp.absences:
            return "absent"
        return "open"

    def criterion_at(self, column: int):
        return self.criteria[column] if 0 <= column < len(self.criteria) else None

    def is_mark_cell(self, index: QModelIndex) -> bool:
        return index.isValid() and index.column() < len(self.criteria)

    @property
    def comment_column(self) -> int | None:
        """The column of the juror's comment on the project, when comments are kept."""
        return None if self.comments == "none" else len(self.criteria) + 2

    def is_comment_cell(self, index: QModelIndex) -> bool:
        return index.isValid() and index.column() == self.comment_column and \
            self.rows[index.row()].keyable

    def comment(self, row: Row) -> str:
        """The juror's comment on the whole project ('' when none)."""
        return self.session.service.competition().comments.get((row.juror, row.project, ""), "")

    def uncommented(self, row: Row) -> bool:
        """Comments are required and this sheet has none (on the project or a criterion)."""
        if self.comments != "required" or not row.keyable:
            return False
        return not any(j == row.juror and p == row.project and text.strip()
                       for (j, p, _c), text in
                       self.session.service.competition().comments.items())

    def row_label(self, row: int) -> str:
        return self._labels[row]

    def row_of(self, juror: str, project: str) -> int:
        return next((i for i, r in enumerate(self.rows)
                     if r.juror == juror and r.project == project), -1)

    def first_missing(self, row: int) -> int:
        """The first criterion column of the row without a mark (0 when all are in)."""
        marks = self.session.service.competition().marks
        r = self.rows[row]
        return next((i for i, c in enumerate(self.criteria)
                     if (r.juror, r.project, c.code) not in marks), 0)

    def set_pending(self, row: int, column: int, text: str) -> None:
        old = self.pending
        self.pending = (row, column, text) if text else None
        self.refused_cell = None
        for cell in {(row, column), old[:2] if old else (row, column)}:
            self.dataChanged.emit(self.index(*cell), self.index(*cell))

    def set_refused(self, row: int, column: int) -> None:
        self.refused_cell = (row, column)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def complete(self, row: Row) -> bool:
        marks = self.session.service.competition().marks
        return all((row.juror, row.project, c.code) in marks for c in self.criteria)

    def state_text(self, row: Row) -> str:
        comp = self.session.service.competition()
        if row.state == "withdrawn":
            return self.tr("project withdrawn")
        if row.state == "recused":
            return self.tr("R — recused")
        if row.state == "absent":
            return self.tr("absent (not recused)")
        if self.complete(row):
            if self.uncommented(row):
                return self.tr("marks in, comment missing")
            return self.tr("✔ complete")
        done = sum(1 for c in self.criteria if (row.juror, row.project, c.code) in comp.marks)
        return self.tr("{done} of {n}").format(done=done, n=len(self.criteria))

    # ----- Qt -----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else \
            len(self.criteria) + 2 + (self.comment_column is not None)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        show = self._roles.get(role)
        return None if show is None else show(index.row(), index.column())

    def _is_pending(self, row: int, col: int) -> bool:
        return bool(self.pending) and self.pending[:2] == (row, col)

    # what each role shows in a cell: the columns are the criteria (n of them), then
    # the total (n), the sheet's state (n + 1) and the comment (n + 2)
    def _text(self, row: int, col: int) -> str:
        r, n = self.rows[row], len(self.criteria)
        if self._is_pending(row, col):
            return self.pending[2] + "▏"
        if col < n:
            return self._mark_text(r, col)
        if col == n:
            return self._total(r)
        if col == n + 2:
            return self.comment(r) if r.keyable else ""
        return self.state_text(r)

    def _mark_text(self, r: Row, col: int) -> str:
        off = _OFF_MARK.get(r.state)
        if off is not None:
            return off
        marks = self.session.service.competition().marks
        return fmt.mark(marks.get((r.juror, r.project, self.criteria[col].code)))

    def _alignment(self, _row: int, col: int):
        return int(Qt.AlignCenter) if col <= len(self.criteria) else None

    def _background(self, row: int, col: int):
        if self.refused_cell == (row, col):
            return QBrush(REFUSED_BG)
        if self._is_pending(row, col):
            return QBrush(PENDING_BG)
        r = self.rows[row]
        if r.state != "open":
            return QBrush(ABSENT_BG if r.state == "absent" else OFF_BG)
        if col == len(self.criteria) + 1 and self.complete(r) and not self.uncommented(r):
            return QBrush(DONE_BG)
        return None

    def _font(self, row: int, col: int):
        bold = col == len(self.criteria) or self.refused_cell == (row, col)
        return fmt.font(bold=True) if bold else None

    def _foreground(self, row: int, col: int):
        # typed, not saved: never the look of a mark
        return QBrush(REFUSED_FG) if self.refused_cell == (row, col) else None

    def _tooltip(self, row: int, col: int):
        n = len(self.criteria)
        if col == n + 2:
            return self._comments_tip(self.rows[row])
        if col < n:
            c = self.criteria[col]
            step = self.session.service.competition().settings.score_step
            return self.tr("{name}: 0 to {max}, step {step}").format(
                name=c.name, max=fmt.mark(c.max), step=fmt.mark(step))
        return None

    def _comments_tip(self, r: Row) -> str:
        """Every comment of the sheet, each under its criterion's name."""
        texts = [(c, t) for (j, p, c), t in self.session.service.competition().comments.items()
                 if j == r.juror and p == r.project]
        names = {c.code: c.name for c in self.criteria}
        return "\n".join(f"{names.get(c, c)}: {t}" if c else t for c, t in sorted(texts)) \
            or self.tr("Type the juror's comment; F2 edits the saved one")

    def _total(self, r: Row) -> str:
        """The juror's weighted total as app.scoring counts it (complete sheets only)."""
        if r.state != "open":
            return ""
        # the sheets alone: ranking all projects again for each keyed mark is not needed
        total = self.session.service.juror_totals(r.project).get(r.juror)
        return "" if total is None else fmt.mark(round(total, 6))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole:
            if orientation == Qt.Vertical:
                return self._labels[section]
            return self.criteria[section].name if section < len(self.criteria) else None
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return self._labels[section]
        n = len(self.criteria)
        if section < n:
            c = self.criteria[section]
            return self.tr("{name}\nmax {max} × {weight}").format(
                name=textwrap.fill(c.name, 15), max=fmt.mark(c.max), weight=fmt.mark(c.weight))
        if section == n + 2:
            return self.tr("Comment")
        return self.tr("Total") if section == n else self.tr("Sheet")

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable
