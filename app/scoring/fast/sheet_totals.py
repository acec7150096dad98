"""Fast: `results` ranks from each juror's sheet total summed by the store, without 200,000 marks in Python; plain twin: app.scoring.totals.prepare over every mark; agreement: tests/test_fast_sheet_totals.py::test_results_from_sheet_totals_equal_results_from_every_mark.

The command chooses it (app.cli.results) when `Store.sheet_totals()` gives totals, which it
does only when they are exactly the whole numbers of units that the plain path's integers
give (app.scoring.exact), and when the score is made per juror (`aggregate = "criterion"`
needs every mark).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model import Competition, Project
from app.scoring.exact import Scale
from app.scoring.totals import _EMPTY, Prepared, ProjectSheets, _Frame


@dataclass
class SummedSheets(ProjectSheets):
    """A project's sheets from sheet totals: the totals, and each counted juror's scores on
    the tie-break criteria `tie_codes`, made into `sheets` only if a tie-break needs them."""

    tie_scores: list[tuple[str, tuple]] | None = field(default=None, repr=False)
    tie_codes: tuple[str, ...] = field(default=(), repr=False)

    def scores_on(self, codes) -> list[list[float]]:
        if self.tie_scores is not None and list(codes) == list(self.tie_codes):
            return [[tail[i] for _j, tail in self.tie_scores if tail[i] is not None]
                    for i in range(len(codes))]
        return super().scores_on(codes)

    def counted_sheets(self) -> dict[str, dict[str, float]]:
        """`sheets` (from sheet totals, the tie-break criteria only: all that a tie-break
        reads)."""
        if self.tie_scores is not None:
            codes = self.tie_codes
            self.sheets = {j: dict(zip(codes, tail)) if None not in tail else
                           {c: v for c, v in zip(codes, tail) if v is not None}
                           for j, tail in self.tie_scores}
            self.tie_scores = None
        return self.sheets


def prepare_totals(competition: Competition, sheets, marked_criteria) -> Prepared:
    """`prepare` from each sheet's total instead of every mark, with the same results.

    `competition` needs no marks. `sheets` are rows (project, juror, marks, Σ weight ×
    score in whole units of the competition's `Scale`, then the score on each known
    tie-break criterion or None), one per juror and project with marks, every mark
    naming a criterion (the store sums only when its sums are exact, see
    `Store.sheet_totals`). A ProjectSheets' `sheets` then hold the tie-break criteria
    only: all that `evaluate` reads of them. `marked_criteria(pairs)` gives the marked
    criteria of the (juror, project) sheets that are partial."""
    scale = Scale.of(competition)
    frame = _Frame(competition, scale)
    criteria = [c for c, _ in frame.criteria]
    running = competition.running_order
    by_project, partial, ignored = _grouped(sheets, running, frame, len(criteria))
    marked = marked_criteria(partial) if partial else {}
    unfinished = {p for _j, p in partial}
    tie_codes = tuple(c for c in competition.settings.tie_break if c in frame.crit_codes)
    out = [_project_sheets(p, by_project.get(p.code, _EMPTY), frame, criteria, marked,
                           unfinished, tie_codes)
           for p in running if not p.withdrawn]
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored,
                    scale=scale, summed=True)


def _grouped(sheets, running, frame: _Frame, n: int):
    """project -> juror -> row, the (juror, project) sheets with fewer than `n` marks, and
    how many marks name no project or no scoring juror."""
    known = {p.code for p in running}
    juror_set = set(frame.jurors)
    withdrawn = {p.code for p in running if p.withdrawn}
    by_project: dict[str, dict[str, tuple]] = {}
    ignored = 0
    partial = []
    for row in sheets:
        project, juror, marks = row[0], row[1], row[2]
        rows = by_project.get(project)
        if rows is None:
            if project not in known:
                ignored += marks
                continue
            if project in withdrawn:
                continue
            rows = by_project[project] = {}
        if juror not in juror_set:
            ignored += marks
            continue
        rows[juror] = row
        if marks < n:
            partial.append((juror, project))
    return by_project, partial, ignored


def _project_sheets(p: Project, rows: dict, frame: _Frame, criteria: list[str],
                    marked: dict, unfinished: set, tie_codes: tuple) -> SummedSheets:
    """One project's sheets from its rows (juror -> sheet total row)."""
    code = p.code
    jurors = frame.jurors
    if (code not in frame.recused and code not in frame.absent and code not in unfinished
            and len(rows) == len(jurors)):
        # every juror's sheet complete, nobody away: the common case, in one sweep
        return SummedSheets(project=p, units={j: rows[j][3] for j in jurors},
                            total_unit=frame.scale.total_unit,
                            tie_scores=[(j, rows[j][4:]) for j in jurors], tie_codes=tie_codes)
    return _some_sheets_short(p, rows, frame, criteria, marked, tie_codes)


def _some_sheets_short(p: Project, rows: dict, frame: _Frame, criteria: list[str],
                       marked: dict, tie_codes: tuple) -> SummedSheets:
    """A project some juror is away from, or has not marked whole: juror by juror, as
    the plain path does."""
    code = p.code
    recused = frame.recused.get(code, _EMPTY)
    absent = frame.absent.get(code, _EMPTY)
    ps = SummedSheets(project=p, total_unit=frame.scale.total_unit, tie_scores=[],
                      tie_codes=tie_codes)
    for j in frame.jurors:
        if j in recused:                  # recused wins over absent
            ps.recused.append(j)
        elif j in absent:
            ps.absent.append(j)
        else:
            _count(ps, j, rows.get(j), marked, criteria)
    return ps


def _count(ps: SummedSheets, juror: str, row: tuple | None, marked: dict,
           criteria: list[str]) -> None:
    """A counted juror's sheet total into `ps`; a sheet with fewer marks than criteria
    (or none) lists the criteria still to mark, read from `marked` (the store's
    `marked_criteria` of the partial sheets)."""
    if row is None or row[2] < len(criteria):
        have = marked.get((juror, ps.project.code), ())
        ps.missing.extend((juror, c) for c in criteria if c not in have)
    if row is not None:
        ps.units[juror] = row[3]
        ps.tie_scores.append((juror, row[4:]))
