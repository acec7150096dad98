"""One project's score worked out step by step, for the protocol's worked example.

`explain(competition, code)` redoes, for one project, exactly what `evaluate` does (the
same functions of `app.scoring.arithmetic` and `app.scoring.exact`), keeping each
intermediate value, so that a reader can check the printed score with a pencil. Values
are exact (Fractions); the protocol prints them. Z-score normalisation is not spelt
out (a worked example says the totals were normalised and gives the result).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from .arithmetic import Way, adjustment_totals, panel_parts
from .compute import rounding_of
from .exact import aggregate_units, as_fraction, round_units, round_value
from .totals import prepare


@dataclass(frozen=True)
class JurorLine:
    juror: str
    terms: tuple[tuple[Fraction, Fraction], ...]   # (weight, mark) per marked criterion
    total: Fraction
    rounded: Fraction                              # after `weighted` (= total if none)


@dataclass(frozen=True)
class CriterionLine:
    criterion: str
    weight: Fraction
    marks: tuple[Fraction, ...]                    # the counted jurors' marks on it
    panel: Fraction                                # the method over them
    rounded: Fraction                              # after `criterion`
    weighted: Fraction                             # weight × rounded, after `weighted`


@dataclass(frozen=True)
class Explanation:
    project: str
    aggregate: str
    method: str
    trim: int
    values: tuple[Fraction, ...]            # what the method was taken over
    kept: tuple[Fraction, ...]              # what it kept (trimmed mean; median's middle)
    jurors: tuple[JurorLine, ...] = ()
    criteria: tuple[CriterionLine, ...] = ()
    unrounded: Fraction = Fraction(0)       # before the `score` rounding
    rounded: Fraction = Fraction(0)         # after it
    adjustments: tuple[tuple[Fraction, str], ...] = ()
    score: Fraction = Fraction(0)           # the final score
    notes: tuple[str, ...] = field(default=())


def pick(competition, results) -> str | None:
    """The project to explain: the first winner, else the best scored project; only
    complete projects with two or more counted jurors are picked when there is one."""
    scored = [p for p in results.projects if p.score is not None]
    good = [p for p in scored if p.complete and len(p.juror_totals) >= 2] or scored
    return _first(p for p in good if p.winner) or _first(good)


def _first(projects) -> str | None:
    return next((p.code for p in projects), None)


def explain(competition, code: str) -> Explanation | None:
    """The steps of `code`'s score, or None when it has none (unscored, withdrawn) or is
    normalised by z-scores."""
    s = competition.settings
    if s.normalize == "zscore":
        return None
    ps, scale = _sheets_alone(competition, code)
    if ps is None or not ps.units:
        return None
    way = Way(s.method, s.trim, s.aggregate, rounding_of(s), scale)
    weights = {c.code: as_fraction(c.weight) for c in competition.criteria}
    by = _by_juror if s.aggregate == "juror" else _by_criterion
    steps = by(competition, ps, way, weights)
    rounded_score = round_value(steps.unrounded, way.rounding.score, way.rounding.mode)
    score = rounded_score + adjustment_totals(competition).get(code, Fraction(0))
    return Explanation(project=code, aggregate=s.aggregate, method=s.method, trim=s.trim,
                       values=tuple(steps.values), kept=steps.kept, jurors=steps.jurors,
                       criteria=steps.criteria, unrounded=steps.unrounded,
                       rounded=rounded_score, adjustments=_adjustments(competition, code),
                       score=score)


def _sheets_alone(competition, code: str):
    """`code`'s sheets (None when it is not scored) and the scale, prepared from that
    project and its marks alone: a worked example of a 200,000-mark competition does not
    group every mark, nor go through every project, again (the scale comes from the
    criteria and the settings: the whole competition's)."""
    marks = {k: v for k, v in competition.marks.items() if k[1] == code}
    projects = tuple(p for p in competition.projects if p.code == code)
    prepared = prepare(replace(competition, marks=marks, projects=projects))
    ps = next((x for x in prepared.projects if x.project.code == code), None)
    return ps, prepared.scale


def _adjustments(competition, code: str) -> tuple[tuple[Fraction, str], ...]:
    """(points, reason) of each adjustment of `code`, in order."""
    return tuple((as_fraction(a.points), a.reason) for a in competition.adjustments
                 if a.project == code)


@dataclass(frozen=True)
class _Steps:
    """The lines of one aggregation, what the method was taken over, what it kept,
    and its result before the `score` rounding."""

    values: list[Fraction]
    kept: tuple[Fraction, ...]
    unrounded: Fraction
    jurors: tuple[JurorLine, ...] = ()
    criteria: tuple[CriterionLine, ...] = ()


def _by_juror(competition, ps, way: Way, weights: dict[str, Fraction]) -> _Steps:
    """`aggregate = "juror"`: each counted juror's weighted sum, rounded to `weighted`
    decimals; the method over those."""
    scale, rounding = way.scale, way.rounding
    sheets = ps.counted_sheets()
    jurors: list[JurorLine] = []
    for j, units in ps.units.items():
        sheet = sheets[j]
        terms = tuple((weights[c.code], as_fraction(sheet[c.code]))
                      for c in competition.criteria if c.code in sheet)
        rounded = round_units(units, scale.k, rounding.weighted, rounding.mode)
        jurors.append(JurorLine(j, terms, Fraction(units, scale.total_unit),
                                Fraction(rounded, scale.total_unit)))
    values = [line.rounded for line in jurors]
    unrounded = aggregate_units([round_units(u, scale.k, rounding.weighted, rounding.mode)
                                 for u in ps.units.values()], way.method, way.trim,
                                scale.total_unit)
    return _Steps(values, _kept(values, way.method, way.trim), unrounded,
                  jurors=tuple(jurors))


def _by_criterion(competition, ps, way: Way, weights: dict[str, Fraction]) -> _Steps:
    """`aggregate = "criterion"`: each criterion's panel score, rounded, times its
    weight, rounded; their sum."""
    sheets = ps.counted_sheets()
    codes = [(c.code, way.scale.weights[c.code]) for c in competition.criteria]
    criteria: list[CriterionLine] = []
    for code_c, panel, rounded, part in panel_parts(sheets.values(), codes, way):
        marks = tuple(as_fraction(sheet[code_c]) for sheet in sheets.values()
                      if code_c in sheet)
        criteria.append(CriterionLine(code_c, weights[code_c], marks, panel, rounded, part))
    values = [line.weighted for line in criteria]
    return _Steps(values, tuple(values), sum(values, Fraction(0)), criteria=tuple(criteria))


def _kept(values: list[Fraction], method: str, trim: int) -> tuple[Fraction, ...]:
    """The values the method averages: all (mean), the middle ones (trimmed mean), the
    one or two in the middle (median)."""
    vals = sorted(values)
    n = len(vals)
    if method == "mean":
        return tuple(values)
    if method == "trimmed_mean":
        t = max(int(trim), 0)
        return tuple(vals[t:n - t]) if t and n >= 2 * t + 1 else tuple(values)
    mid = n // 2
    return (vals[mid],) if n % 2 else (vals[mid - 1], vals[mid])
