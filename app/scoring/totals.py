"""Juror totals: the marks grouped by project once, sheet by sheet.

A *sheet* is one juror's marks for one project. As the contract says, a juror's total for
a project is Σ weight × score over the criteria, and the project's score is taken over the
totals of "the jurors who scored it": every juror who has given it at least one mark and

- scores (role is not secretary);
- is neither recused from nor absent for the project (recused wins if both).

A partial sheet counts with the marks given so far (a criterion not yet marked adds
nothing); it makes the project incomplete, and its missing (juror, criterion) pairs are
listed, so the ranking says "provisional" until every sheet is in. Marks of
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
    # from sheet totals (prepare_totals): each counted juror's scores on the tie-break
    # criteria `tie_codes`, made into `sheets` only if a tie-break needs them
    tie_scores: list[tuple[str, tuple]] | None = field(default=None, repr=False)
    tie_codes: tuple[str, ...] = field(default=(), repr=False)

    def scores_on(self, codes) -> list[list[float]]:
        """For each criterion of `codes`: the scores on it of the jurors whose total
        counts, in their order, where marked."""
        if self.tie_scores is not None and list(codes) == list(self.tie_codes):
            return [[tail[i] for _j, tail in self.tie_scores if tail[i] is not None]
                    for i in range(len(codes))]
        sheets = self.counted_sheets().values()
        return [[sheet[c] for sheet in sheets if c in sheet] for c in codes]

    def counted_sheets(self) -> dict[str, dict[str, float]]:
        """`sheets`: juror -> {criterion: score} for every juror whose total counts (from
        sheet totals, the tie-break criteria only: all that a tie-break reads)."""
        if self.tie_scores is not None:
            codes = self.tie_codes
            self.sheets = {j: dict(zip(codes, tail)) if None not in tail else
                           {c: v for c, v in zip(codes, tail) if v is not None}
                           for j, tail in self.tie_scores}
            self.tie_scores = None
        return self.sheets

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


class _Frame:
    """What every project's sheets are worked out against."""

    def __init__(self, competition: Competition):
        self.criteria = [(c.code, c.weight) for c in competition.criteria]
        self.crit_codes = {code for code, _ in self.criteria}
        self.jurors = [j.code for j in competition.scoring_jurors]
        self.recused: dict[str, set[str]] = {}     # project -> recused jurors
        self.absent: dict[str, set[str]] = {}
        for j, p in competition.recusals:
            self.recused.setdefault(p, set()).add(j)
        for j, p in competition.absences:
            self.absent.setdefault(p, set()).add(j)

    def sheets(self, project: Project, rows) -> tuple[ProjectSheets, int]:
        """One project's sheets from `rows` (juror -> criterion -> score), and how many of
        the scoring jurors' marks name no criterion."""
        criteria, crit_codes = self.criteria, self.crit_codes
        ps = ProjectSheets(project=project)
        unknown = 0
        recused = self.recused.get(project.code, _EMPTY)
        absent = self.absent.get(project.code, _EMPTY)
        for j in self.jurors:
            sheet = rows.get(j, _EMPTY)
            if recused and j in recused:                  # recused wins over absent
                ps.recused.append(j)
                unknown += len(sheet.keys() - crit_codes)
                continue
            if absent and j in absent:
                ps.absent.append(j)
                unknown += len(sheet.keys() - crit_codes)
                continue
            marked = [(c, w) for c, w in criteria if c in sheet]
            if len(marked) < len(criteria):
                ps.missing.extend((j, c) for c, _ in criteria if c not in sheet)
            if marked:
                ps.sheets[j] = sheet
                ps.totals[j] = math.fsum([w * sheet[c] for c, w in marked])
            unknown += len(sheet.keys() - crit_codes)
        return ps, unknown


_EMPTY: dict = {}


def prepare(competition: Competition) -> Prepared:
    """Group the marks by project and juror in one pass and work out every counted total."""
    frame = _Frame(competition)
    running = competition.running_order

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

    # marks that name no scoring juror, no project or no criterion (for a warning)
    known = {p.code for p in running}
    juror_set = set(frame.jurors)
    ignored = sum(len(sheet) for code, rows in by_project.items() if code not in known
                  for sheet in rows.values())
    out: list[ProjectSheets] = []
    for p in running:
        if p.withdrawn:
            continue
        rows = by_project.get(p.code, _EMPTY)
        ignored += sum(len(rows[j]) for j in rows.keys() - juror_set)
        ps, unknown = frame.sheets(p, rows)
        ignored += unknown
        out.append(ps)
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored)


def prepare_totals(competition: Competition, sheets, marked_criteria) -> Prepared:
    """`prepare` from each sheet's total instead of every mark, with the same results.

    `competition` needs no marks. `sheets` are rows (project, juror, marks, Σ weight ×
    score, then the score on each known tie-break criterion or None), one per juror and
    project with marks, every mark naming a criterion; the totals must be what
    `math.fsum` of the weighted marks gives (the store sums only when any order gives
    exactly that). A ProjectSheets' `sheets` then hold the tie-break criteria only: all
    that `evaluate` reads of them. `marked_criteria(pairs)` gives the marked criteria
    of the (juror, project) sheets that are partial."""
    frame = _Frame(competition)
    criteria = [c for c, _ in frame.criteria]
    n = len(criteria)
    running = competition.running_order
    known = {p.code for p in running}
    juror_set = set(frame.jurors)
    withdrawn = {p.code for p in running if p.withdrawn}
    ties = [c for c in competition.settings.tie_break if c in frame.crit_codes]
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
    marked = marked_criteria(partial) if partial else {}
    unfinished = {p for _j, p in partial}
    out: list[ProjectSheets] = []
    jurors = frame.jurors
    tie_codes = tuple(ties)
    for p in running:
        if p.withdrawn:
            continue
        code = p.code
        rows = by_project.get(code, _EMPTY)
        recused = frame.recused.get(code, _EMPTY)
        absent = frame.absent.get(code, _EMPTY)
        if not recused and not absent and code not in unfinished and \
                len(rows) == len(jurors):
            # every juror's sheet complete, nobody away: the common case, in one sweep
            out.append(ProjectSheets(
                project=p, totals={j: rows[j][3] for j in jurors},
                tie_scores=[(j, rows[j][4:]) for j in jurors], tie_codes=tie_codes))
            continue
        ps = ProjectSheets(project=p, tie_scores=[], tie_codes=tie_codes)
        totals, tie_scores, missing = ps.totals, ps.tie_scores, ps.missing
        for j in jurors:
            if recused and j in recused:                  # recused wins over absent
                ps.recused.append(j)
                continue
            if absent and j in absent:
                ps.absent.append(j)
                continue
            row = rows.get(j)
            if row is None or row[2] < n:
                have = marked.get((j, code), ())
                missing.extend((j, c) for c in criteria if c not in have)
                if row is None:
                    continue
            totals[j] = row[3]
            tie_scores.append((j, row[4:]))
        out.append(ps)
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored)


def refresh(prepared: Prepared, competition: Competition, changed) -> Prepared:
    """`prepare(competition)` again, reusing `prepared` for every project not in `changed`.

    For a window that rescores after each keyed mark: only the changed projects' sheets
    are looked up again (jurors × criteria look-ups each), so a refresh costs little more
    than `evaluate`. `competition` must differ from `prepared.competition` only in the
    marks, recusals and absences of the `changed` projects, and in settings or decisions;
    when its projects, jurors or criteria differ, this falls back to a full `prepare`.
    The count of ignored marks (a warning) is carried over from `prepared`.
    """
    old = prepared.competition
    if (competition.projects != old.projects or competition.jurors != old.jurors
            or competition.criteria != old.criteria):
        return prepare(competition)
    changed = set(changed)
    frame = _Frame(competition)
    marks = competition.marks
    out: list[ProjectSheets] = []
    for ps in prepared.projects:
        p = ps.project
        if p.code not in changed:
            out.append(ps)
            continue
        rows: dict[str, dict[str, float]] = {}
        for j in frame.jurors:
            sheet = {}
            for c, _ in frame.criteria:
                v = marks.get((j, p.code, c))
                if v is not None:
                    sheet[c] = v
            if sheet:
                rows[j] = sheet
        out.append(frame.sheets(p, rows)[0])
    return Prepared(competition=competition, projects=out, withdrawn=prepared.withdrawn,
                    ignored_marks=prepared.ignored_marks)
