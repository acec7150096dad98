"""The results workbook for the organisers: `jury-room export DB FILE.xlsx`.

Three sheets: the ranking by group (places, scores, winners, notes), the consolidated
statement (every juror's mark on every criterion) and the jury's decisions with their
reasons. Numbers are written as numbers, headers are frozen and columns sized to their
text. Every text cell is written as text: a title such as `=HYPERLINK(...)` stays a
string and never becomes a formula a spreadsheet would run.
"""

from __future__ import annotations

import io
from typing import Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.model import Competition, named_group_label
from app.reports.texts import ReportTexts
from app.scoring import Results, compute

MAX_WIDTH = 60      # characters: a long title wraps instead of making a column a page wide


def _text(cell, value: str) -> None:
    """A string cell that stays a string, whatever it starts with."""
    cell.value = value
    cell.data_type = "s"


def _put_row(ws, row: int, values: Iterable) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            _text(cell, value)
        else:
            cell.value = value      # int, float or None: a number (or an empty cell)


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list], first: bool) -> None:
    ws = wb.active if first else wb.create_sheet()
    ws.title = title[:31]
    _put_row(ws, 1, header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, start=2):
        _put_row(ws, i, row)
    ws.freeze_panes = "A2"
    for col in range(1, len(header) + 1):
        longest = max([len(str(header[col - 1]))] +
                      [len(_shown(r[col - 1])) for r in rows if col - 1 < len(r)])
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, longest + 2)
        if longest > MAX_WIDTH:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _score(value) -> float | None:
    # the score as computed (exact types become floats for the spreadsheet)
    return None if value is None else float(value)


def _notes(t: ReportTexts, p) -> str:
    notes = []
    if p.withdrawn:
        notes.append(t("wb.withdrawn"))
    elif p.score is None:
        notes.append(t("wb.unscored"))
    if p.tie:
        notes.append(t("wb.tie"))
    if p.decision_needed:
        notes.append(t("wb.decision_needed"))
    elif p.decision is not None and not p.decision_stale:
        notes.append(t("wb.by_decision"))
    if not p.complete and not p.withdrawn:
        notes.append(t("wb.incomplete"))
    return "; ".join(notes)


def build_workbook(competition: Competition, lang: str = "en",
                   results: Results | None = None) -> Workbook:
    results = compute(competition) if results is None else results
    t = ReportTexts(lang)
    group_label = named_group_label(competition.settings.group_label) or t("wb.group")
    criteria = sorted(competition.criteria, key=lambda c: c.order)
    wb = Workbook()
    _sheet(wb, t.first("wb.ranking"),
           [group_label, t("wb.group_place"), t("wb.place"), t("wb.code"), t("wb.title"),
            t("wb.organization"), t("wb.score"), t("wb.winner"), t("wb.notes")],
           _ranking_rows(competition, results, t), first=True)
    _sheet(wb, t.first("wb.statement"),
           [t("wb.code"), t("wb.title"), t("wb.juror"), t("wb.juror_name")]
           + [f"{c.name} (×{c.weight:g}, ≤{c.max:g})" for c in criteria] + [t("wb.total")],
           _statement_rows(competition, criteria, t), first=False)
    _sheet(wb, t.first("wb.decisions"),
           [t("wb.code"), t("wb.title"), t("wb.winner"), t("wb.reason"), t("wb.decided_at")],
           _decision_rows(competition, t), first=False)
    return wb


def _ranking_rows(competition: Competition, results: Results, t) -> list[list]:
    """The ranking, group by group in the groups' order."""
    rows = []
    for group in competition.groups:
        for p in results.projects:
            if p.group != group:
                continue
            project = competition.project(p.code)
            rows.append([group, p.group_rank, p.rank, p.code, p.title,
                         project.organization if project else "", _score(p.score),
                         t("wb.yes") if p.winner else t("wb.no"), _notes(t, p)])
    return rows


def _statement_rows(competition: Competition, criteria, t) -> list[list]:
    """Every juror's marks on every project, in running order: the consolidated
    statement."""
    return [[project.code, project.title, juror.code, juror.name]
            + _statement_cells(competition, criteria, t, juror.code, project.code)
            for project in competition.running_order for juror in competition.scoring_jurors]


def _statement_cells(competition: Competition, criteria, t, juror: str, project: str) -> list:
    """One sheet's marks and total (the total only when every criterion is marked); a
    recusal or absence written in every mark's cell."""
    pair = (juror, project)
    if pair in competition.recusals:
        return [t("wb.recused")] * len(criteria) + [None]
    if pair in competition.absences:
        return [t("wb.absent")] * len(criteria) + [None]
    marks = [competition.marks.get((juror, project, c.code)) for c in criteria]
    total = (sum(float(c.weight) * float(m) for c, m in zip(criteria, marks))
             if all(m is not None for m in marks) else None)
    return [None if m is None else float(m) for m in marks] + [total]


def _decision_rows(competition: Competition, t) -> list[list]:
    """The jury's decisions, in the projects' running order."""
    def order(item):
        project = competition.project(item[0])
        return (project.order if project else 0, item[0])

    rows = []
    for code, d in sorted(competition.decisions.items(), key=order):
        project = competition.project(code)
        rows.append([code, project.title if project else "",
                     t("wb.yes") if d.winner else t("wb.no"), d.reason, d.decided_at])
    return rows


def workbook_bytes(competition: Competition, lang: str = "en") -> bytes:
    out = io.BytesIO()
    build_workbook(competition, lang).save(out)
    return out.getvalue()
