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

Totals are whole numbers of the competition's unit (`Prepared.scale`, see
`app.scoring.exact`): exact, whatever the weights. `ProjectSheets.totals` shows them
as floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model import Competition, Project

from .exact import FloatView, OffGrid, Scale


@dataclass
class ProjectSheets:
    """What the marks say about one (non-withdrawn) project."""

    project: Project
    # juror code -> raw counted total in whole units of the scale (Σ weight × score
    # × 10^k), in the jurors' listing order
    units: dict[str, int] = field(default_factory=dict)
    # what one unit of `units` is: 10^k of them make 1
    total_unit: int = field(default=1, repr=False)
    # juror code -> {criterion code: score}, for the jurors whose total counts
    sheets: dict[str, dict[str, float]] = field(default_factory=dict)
    recused: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    # (juror, criterion) pairs still to be marked by expected jurors
    missing: list[tuple[str, str]] = field(default_factory=list)

    def scores_on(self, codes) -> list[list[float]]:
        """For each criterion of `codes`: the scores on it of the jurors whose total
        counts, in their order, where marked."""
        sheets = self.counted_sheets().values()
        return [[sheet[c] for sheet in sheets if c in sheet] for c in codes]

    def counted_sheets(self) -> dict[str, dict[str, float]]:
        """`sheets`: juror -> {criterion: score} for every juror whose total counts."""
        return self.sheets

    @property
    def totals(self) -> FloatView:
        """juror -> raw counted total, as floats (for showing and for z-scores)."""
        return FloatView(self.units, self.total_unit)

    @property
    def complete(self) -> bool:
        """Every expected juror has marked every criterion, and at least one total counts."""
        return not self.missing and bool(self.units)


@dataclass
class Prepared:
    """The competition's marks organised for scoring; computed once, scored many ways."""

    competition: Competition
    projects: list[ProjectSheets]            # non-withdrawn, in running order
    withdrawn: list[Project]                 # in running order
    ignored_marks: int = 0
    scale: Scale | None = None               # the units the totals are counted in
    summed: bool = False                     # from sheet totals: tie-break marks only


class _Frame:
    """What every project's sheets are worked out against."""

    def __init__(self, competition: Competition, scale: Scale, floats: bool = True):
        self.scale = scale
        # Each weight in units × 10^d: a mark (a float on the 10^-d grid) times it is,
        # to within float error, the whole number of units the mark adds. While the
        # largest possible sheet keeps that error far below a hundredth of a unit
        # (`floats`), summing those floats and rounding gives the exact whole number,
        # and faster than converting every mark; a sum that does not land on a whole
        # number can only come from a mark off the grid (`OffGrid`: sum exactly).
        self.floats = floats and scale.fits_floats(c.max for c in competition.criteria)
        self.criteria = self._weights(competition)
        self.crit_codes = {code for code, _ in self.criteria}
        self.jurors = [j.code for j in competition.scoring_jurors]
        self.recused = _by_project(competition.recusals)     # project -> recused jurors
        self.absent = _by_project(competition.absences)

    def _weights(self, competition: Competition) -> list[tuple[str, int | float]]:
        """(criterion, weight) in order: in units × 10^d as floats when sheets are
        summed in floats, else in units (whole numbers)."""
        weights = self.scale.weights
        if not self.floats:
            return [(c.code, weights[c.code]) for c in competition.criteria]
        factor = self.scale.mark_unit
        return [(c.code, float(weights[c.code] * factor)) for c in competition.criteria]

    def sheets(self, project: Project, rows) -> tuple[ProjectSheets, int]:
        """One project's sheets from `rows` (juror -> criterion -> score), and how many of
        the scoring jurors' marks name no criterion."""
        crit_codes = self.crit_codes
        ps = ProjectSheets(project=project, total_unit=self.scale.total_unit)
        unknown = 0
        recused = self.recused.get(project.code, _EMPTY)
        absent = self.absent.get(project.code, _EMPTY)
        for j in self.jurors:
            sheet = rows.get(j, _EMPTY)
            unknown += len(sheet.keys() - crit_codes)
            if recused and j in recused:                  # recused wins over absent
                ps.recused.append(j)
            elif absent and j in absent:
                ps.absent.append(j)
            else:
                self._count(ps, j, sheet)
        return ps, unknown

    def _count(self, ps: ProjectSheets, juror: str, sheet: dict[str, float]) -> None:
        """A counted juror's sheet into `ps`: the criteria still to mark, and, once the
        sheet has a mark, Σ weight × score in whole units."""
        criteria = self.criteria
        marked = [(c, w) for c, w in criteria if c in sheet]
        if len(marked) < len(criteria):
            ps.missing.extend((juror, c) for c, _ in criteria if c not in sheet)
        if not marked:
            return
        ps.sheets[juror] = sheet
        if not self.floats:
            ps.units[juror] = self._exact_units(sheet, marked)
            return
        # the common case, in line: it runs for every sheet of 200,000 marks
        f = sum([w * sheet[c] for c, w in marked])
        t = round(f)
        if abs(f - t) > 0.01:
            raise OffGrid(juror)
        ps.units[juror] = t

    def _exact_units(self, sheet: dict[str, float], marked) -> int:
        """Σ weight × score of a sheet's marked criteria, each mark converted to whole
        units (or an exact fraction of them) first: for weights too large for floats."""
        units = self.scale.units
        return sum([w * units[sheet[c]] for c, w in marked])


def _by_project(pairs) -> dict[str, set[str]]:
    """(juror, project) pairs as project -> jurors."""
    out: dict[str, set[str]] = {}
    for j, p in pairs:
        out.setdefault(p, set()).add(j)
    return out


_EMPTY: dict = {}


def prepare(competition: Competition) -> Prepared:
    """Group the marks by project and juror in one pass and work out every counted total."""
    try:
        return _prepare(competition, Scale.of(competition))
    except OffGrid:   # marks stored off the step's grid: a unit as fine as they need
        scale = Scale.of(competition, competition.marks.values())
        try:
            return _prepare(competition, scale)
        except OffGrid:  # finer than MAX_DECIMALS: every sheet summed as fractions
            return _prepare(competition, scale, floats=False)


def _prepare(competition: Competition, scale: Scale, floats: bool = True) -> Prepared:
    frame = _Frame(competition, scale, floats)
    running = competition.running_order
    by_project = _grouped(competition.marks)
    ignored = _unscored_marks(by_project, running, frame)
    out: list[ProjectSheets] = []
    for p in running:
        if p.withdrawn:
            continue
        ps, unknown = frame.sheets(p, by_project.get(p.code, _EMPTY))
        ignored += unknown
        out.append(ps)
    return Prepared(competition=competition, projects=out,
                    withdrawn=[p for p in running if p.withdrawn], ignored_marks=ignored,
                    scale=scale)


def _grouped(marks) -> dict[str, dict[str, dict[str, float]]]:
    """project -> juror -> criterion -> score: nested dicts are the cheapest grouping."""
    by_project: dict[str, dict[str, dict[str, float]]] = {}
    get_project = by_project.get
    for (juror, project, criterion), score in marks.items():
        rows = get_project(project)
        if rows is None:
            rows = by_project[project] = {}
        sheet = rows.get(juror)
        if sheet is None:
            sheet = rows[juror] = {}
        sheet[criterion] = score
    return by_project


def _unscored_marks(by_project: dict, running, frame: _Frame) -> int:
    """How many marks name no project, or no scoring juror of a project that is not
    withdrawn (for a warning; marks naming no criterion are counted by the frame)."""
    known = {p.code for p in running}
    jurors = set(frame.jurors)
    ignored = sum(len(sheet) for code, rows in by_project.items() if code not in known
                  for sheet in rows.values())
    for p in running:
        if not p.withdrawn:
            rows = by_project.get(p.code, _EMPTY)
            ignored += sum(len(rows[j]) for j in rows.keys() - jurors)
    return ignored
