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
    """Group the marks by sheet in one pass and work out every counted total."""
    criteria = competition.criteria
    crit_codes = {c.code for c in criteria}
    jurors = [j.code for j in competition.scoring_jurors]
    juror_set = set(jurors)
    running = competition.running_order
    active = [p for p in running if not p.withdrawn]
    project_set = {p.code for p in active}
    withdrawn_set = {p.code for p in running if p.withdrawn}

    by_sheet: dict[tuple[str, str], dict[str, float]] = {}
    ignored = 0
    for (juror, project, criterion), score in competition.marks.items():
        if juror in juror_set and project in project_set and criterion in crit_codes:
            sheet = by_sheet.get((juror, project))
            if sheet is None:
                sheet = by_sheet[(juror, project)] = {}
            sheet[criterion] = score
        elif project not in withdrawn_set:
            ignored += 1

    recusals = competition.recusals
    absences = competition.absences
    out: list[ProjectSheets] = []
    for p in active:
        ps = ProjectSheets(project=p)
        for j in jurors:
            key = (j, p.code)
            if key in recusals:
                ps.recused.append(j)
                continue
            if key in absences:
                ps.absent.append(j)
                continue
            sheet = by_sheet.get(key, {})
            if criteria and len(sheet) == len(criteria):
                ps.sheets[j] = sheet
                ps.totals[j] = math.fsum(c.weight * sheet[c.code] for c in criteria)
            else:
                ps.missing.extend((j, c.code) for c in criteria if c.code not in sheet)
        out.append(ps)
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored)
