"""The import preview: what a folder or table would change, or every problem in it, shown
before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import InputError, InputProblems
from app.model import Competition

if TYPE_CHECKING:   # the folder readers load when a file is brought in, not at start
    from app.folder.merge import ImportPlan


def problems_of(error: InputError) -> list[InputError]:
    return error.problems if isinstance(error, InputProblems) else [error]


class ImportPreviewDialog(QDialog):
    """Either the plan (with an Import button) or the problems (with nothing to import)."""

    def __init__(self, source: str, base: Competition, plan: ImportPlan | None = None,
                 error: InputError | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview — {source}").format(source=source))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # a read-only list of lines: a QTableWidget is the simplest honest tool here
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if error is not None:
            self._show_problems(problems_of(error))
        else:
            self._show_plan(base, plan)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (what the secretary reads)."""
        return [[self.table.item(r, c).text() if self.table.item(r, c) else ""
                 for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)

    def _show_problems(self, problems: list[InputError]) -> None:
        self.import_button.setEnabled(False)
        files = list(dict.fromkeys(p.file for p in problems))
        problems = sorted(problems, key=lambda p: (files.index(p.file), p.line or 0))
        self.summary.setText(self.tr(
            "<b>Nothing was imported.</b> %n problem(s) to fix in the file(s) first. "
            "Marks are checked against the jurors, projects and criteria once those files "
            "read cleanly.", "", len(problems)))
        self._fill([self.tr("File"), self.tr("Line"), self.tr("Field"), self.tr("Problem")],
                   [[p.file or "", "" if p.line is None else str(p.line), p.field or "",
                     p.message] for p in problems])

    def _records_change(self, old_items, new_items) -> str:
        """How many records the file adds, and how many it changes."""
        old = {x.code: x for x in old_items}
        added = sum(1 for x in new_items if x.code not in old)
        changed = sum(1 for x in new_items if x.code in old and old[x.code] != x)
        return self.tr("{a} new, {c} changed").format(a=added, c=changed)

    def _show_plan(self, base: Competition, plan: ImportPlan) -> None:
        new = plan.result
        rows = [[label, self._records_change(old_items, new_items)]
                for label, old_items, new_items in (
                    (self.tr("Projects"), base.projects, new.projects),
                    (self.tr("Jurors"), base.jurors, new.jurors),
                    (self.tr("Criteria"), base.criteria, new.criteria))]
        if plan.data.settings is not None:
            same = plan.data.settings == base.settings
            rows.append([self.tr("Settings"), self.tr("unchanged") if same
                         else self.tr("replaced by the file's")])
        rows.append([self.tr("Marks"), str(len(plan.marks))])
        rows.append([self.tr("Recusals"), str(len(plan.recusals))])
        rows.append([self.tr("Absences"), str(len(plan.absences))])
        rows.append([self.tr("Decisions"), str(len(plan.decisions))])
        for w in plan.warnings:
            rows.append([self.tr("Warning"), w])
        self._fill([self.tr("What"), self.tr("Change")], rows)
        self.summary.setText(self.tr(
            "The file(s) are valid. Nothing has been written yet: <b>Import</b> writes all "
            "of this at once; Cancel leaves the competition as it is."))
        self.import_button.setDefault(True)
