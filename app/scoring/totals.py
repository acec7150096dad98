"""Juror totals: the marks grouped by project once, sheet by sheet.

A *sheet* is one juror's marks for one project. A juror's total for a project is
Σ weight × score over the criteria, and it **counts** only when the sheet is complete:

- the juror scores (role is not secretary);
- the juror is neither recused from nor absent for the project (recused wins if both);
- the juror has marked every criterion (and there is at least one criterion).

A partial sheet does not count at all (missing criteria are not taken as zero); it makes
the project incomplete and its missing (juror, criterion) pairs are listed. Marks of
recused or absent jurors, of secretaries, and marks naming an unknown juror, project or
criterion are ignored. Withdrawn projects are not looked at.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.model import Competition, Project


@dataclass
class ProjectSheets:
    """What the marks say about one (non-withdrawn) project."""

    project: Project
    # juror code -> raw counted total, in the jurors' listing order
    totals: dict[str, float] = field(default_factory=dict)
    # juror code -> {criterion code: score}, for the jurors whose total counts
    sheets: dict[str, dict[str, float]] = field(default_factory=dict)
    recused: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    # (juror, criterion) pairs still to be marked by expected jurors
    missing: list[tuple[str, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every expected juror has marked every criterion, and at least one total counts."""
        return not self.missing and bool(self.totals)


@dataclass
class Prepared:
    """The competition's marks organised for scoring; computed once, scored many ways."""

    competition: Competition
    projects: list[ProjectSheets]            # non-withdrawn, in running order
    withdrawn: list[Project]                 # in running order
    ignored_marks: int = 0


def prepare(competition: Competition) -> Prepared:
    """Group the marks by project and juror in one pass and work out every counted total."""
    criteria = [(c.code, c.weight) for c in competition.criteria]
    crit_codes = {code for code, _ in criteria}
    jurors = [j.code for j in competition.scoring_jurors]
    running = competition.running_order
    active = [p for p in running if not p.withdrawn]
    withdrawn = {p.code for p in running if p.withdrawn}

    # project -> juror -> criterion -> score: nested dicts are the cheapest grouping
    by_project: dict[str, dict[str, dict[str, float]]] = {}
    get_project = by_project.get
    for (juror, project, criterion), score in competition.marks.items():
        rows = get_project(project)
        if rows is None:
            rows = by_project[project] = {}
        sheet = rows.get(juror)
        if sheet is None:
            sheet = rows[juror] = {}
        sheet[criterion] = score

    recusals = competition.recusals
    absences = competition.absences
    used = 0
    empty: dict[str, float] = {}
    out: list[ProjectSheets] = []
    for p in active:
        ps = ProjectSheets(project=p)
        rows = by_project.get(p.code, empty)
        for j in jurors:
            sheet = rows.get(j, empty)
            key = (j, p.code)
            if key in recusals:
                ps.recused.append(j)
                used += len(sheet)
                continue
            if key in absences:
                ps.absent.append(j)
                used += len(sheet)
                continue
            known = len(sheet)
            try:
                total = math.fsum([w * sheet[c] for c, w in criteria])
            except KeyError:
                ps.missing.extend((j, c) for c, _ in criteria if c not in sheet)
                known = len(sheet.keys() & crit_codes)
            else:
                if criteria:
                    ps.sheets[j] = sheet
                    ps.totals[j] = total
                known = len(criteria)
            used += known
        out.append(ps)
    withdrawn_marks = sum(len(sheet) for code in withdrawn
                          for sheet in by_project.get(code, empty).values())
    ignored = len(competition.marks) - used - withdrawn_marks
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored)
